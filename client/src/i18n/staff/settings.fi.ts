/** Finnish strings of the facilitator's session settings: retention, new secret links, deleting everything. */
export const settingsStaffFi = {
  'info.settings.title': 'Tilaisuuden asetukset',
  'info.settings.retentionTitle': 'Tietojen säilytys',
  'info.settings.retentionLabel': 'Poista tämän tilaisuuden tiedot näin monen päivän kuluttua sen päättymisestä',
  'info.settings.retentionHint': '1–365 päivää. 30 on palvelimen oletus.',
  'info.settings.retentionCurrent': 'Nyt: tiedot poistetaan {days} päivän kuluttua päättymisestä.',
  'info.settings.retentionInvalid': 'Anna kokonaisluku väliltä 1–365.',
  'info.settings.retentionSave': 'Tallenna säilytysaika',
  'info.settings.linksTitle': 'Vaihda salainen linkki',
  'info.settings.linksHint':
    'Jos linkki on päätynyt vääriin käsiin, vaihda se. Vanha linkki lakkaa toimimasta heti, ja sen käyttäjien yhteys katkeaa.',
  'info.settings.rotate.facilitator': 'Vaihda fasilitaattorin linkki',
  'info.settings.rotate.scribe': 'Vaihda kirjurin linkki',
  'info.settings.rotate.screen': 'Vaihda valkokankaan linkki',
  'info.settings.rotating': 'Vaihdetaan…',
  'info.settings.newLink.facilitator': 'Uusi fasilitaattorin linkki',
  'info.settings.newLink.scribe': 'Uusi kirjurin linkki',
  'info.settings.newLink.screen': 'Uusi valkokankaan linkki',
  'info.settings.rotated':
    'Vanha linkki ei enää toimi, ja sitä käyttäneiden yhteys katkaistiin. Jaa uusi linkki vain niille, jotka tarvitsevat sitä.',
  'info.settings.rotatedSelf': 'Tämä näkymä käyttää jo uutta linkkiä. Toisen fasilitaattorin pitää avata uusi linkki.',
  'info.settings.deleteTitle': 'Poista kaikki nyt',
  'info.settings.deleteBody':
    'Tilaisuus ja kaikki sen tiedot poistetaan heti: osallistujat, ajatukset, muistiinpanot, puheenvuorot ja yhteenveto. Kaikki linkit ja liittymiskoodi lakkaavat toimimasta, ja kaikkien yhteys katkeaa. Tätä ei voi perua. Lataa yhteenveto ensin, jos tarvitset sitä.',
  'info.settings.deleteLabel': 'Vahvista kirjoittamalla liittymiskoodi {code}',
  'info.settings.deleteMismatch': 'Koodi ei vastaa tämän tilaisuuden liittymiskoodia.',
  'info.settings.deleteButton': 'Poista tilaisuus ja kaikki sen tiedot',
  'info.settings.deleting': 'Poistetaan…',
} as const;
