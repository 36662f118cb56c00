import type { PlainKey } from './keys';

/**
 * Selkokieli: the participant's Finnish strings written to Selkokeskus's guidelines (short sentences, common words,
 * one thing at a time, no abbreviations). The facilitator is "ohjaaja" here, the common word. Only the strings that
 * read differently in plain language: the others are plain as they stand in `core.fi.ts`, which stays beneath these
 * (`sameAsStandard.ts` lists them, reviewed). The aquarium phone's are in `nowCard.fi.ts`, the small-group phone's in
 * `groups.fi.ts`, the join-closed page's in `joinClosed.fi.ts`. A lazy chunk.
 */
export const plainFi = {
  'app.viewFailed': 'Sivu ei auennut. Tarkista, että netti toimii. Lataa sitten sivu uudelleen.',

  'common.loading': 'Odota hetki…',
  'common.dismiss': 'Sulje viesti',
  'common.notFound.title': 'Sivua ei löydy',

  'phase.indicator': 'Vaihe {n} / {total}',
  'phase.notStarted': 'Ei alkanut vielä',
  'phase.ended': 'Loppui',
  'phase.focus': 'Nyt puhutaan tästä',
  'phase.timeLeft': 'Aikaa on vielä',
  'phase.paused': 'Kello on pysäh\u00ADdyksissä',
  'phase.overtime': 'Aika meni yli',

  'conn.connected': 'Yhteys toimii',
  'conn.reconnecting': 'Yhteys katkesi. Yritämme uudel\u00ADleen…',
  'conn.invalidLink': 'Tämä linkki ei toimi. Pyydä ohjaajalta uusi linkki.',
  'conn.oldVersion': 'Sivu on muut\u00ADtunut. Lataa sivu uudelleen.',
  'conn.noToken': 'Avaa sivu linkistä, jonka sait. Linkki toimii vain samassa ikkunassa.',

  'phone.rate.title': 'Miten tavoitteet onnis\u00ADtuivat?',
  'phone.rate.intro': 'Valitse yksi vastaus joka tavoit\u00ADteeseen. Kukaan ei näe, mitä vastasit.',
  'phone.rate.v1': 'Ei yhtään',
  'phone.rate.cantSay': 'En tiedä',
  'phone.rate.progress': 'Vastattu {done}/{total}',
  'phone.rate.thanks': 'Kiitos! Voit vielä vaihtaa vastausta.',

  'error.INVALID_PAYLOAD': 'Jotain meni väärin. Tarkista tiedot ja yritä uudelleen.',
  'error.UNAUTHORIZED': 'Tämä linkki ei toimi.',
  'error.FORBIDDEN': 'Et voi tehdä tätä.',
  'error.NOT_FOUND': 'Tilai\u00ADsuutta ei löydy.',
  'error.INVALID_STATE': 'Et voi tehdä tätä juuri nyt.',
  'error.STALE': 'Joku muutti tilannetta juuri. Sivu näyttää nyt uuden tilanteen.',
  'error.JOIN_CODE_UNKNOWN': 'Koodi on väärä. Tarkista koodi.',
  'error.JOINING_CLOSED': 'Tilaisuu\u00ADteen ei voi nyt tulla mukaan.',
  'error.RATE_LIMITED': 'Yritit monta kertaa. Odota hetki. Yritä sitten uudelleen.',
  'error.PROTOCOL_MISMATCH': 'Sivu on muut\u00ADtunut. Lataa sivu uudelleen.',
  'error.LISTENING_CIRCLE':
    'Sinun kehäsi kuuntelee nyt. Et voi pyytää puheen\u00ADvuoroa nyt. Voit kirjoittaa ajatuksen.',
  'error.GOAL_RATING_CLOSED': 'Tavoit\u00ADteita ei voi arvioida nyt.',
  'error.INTERNAL': 'Jotain meni rikki. Yritä uudelleen.',
  'error.network': 'Netti ei toimi. Tarkista netti ja yritä uudelleen.',
  'error.pending': 'Viesti ei ole vielä perillä. Se lähtee, kun netti toimii.',

  'home.title': 'Tule mukaan tilaisuu\u00ADteen',
  'home.intro': 'Kirjoita koodi. Koodi näkyy seinällä. Voit myös kysyä koodia ohjaajalta.',
  'home.codeHint': 'Koodissa on 8 merkkiä. Esimer\u00ADkiksi KQ7F-M2XD.',
  'home.codeInvalid': 'Koodi on väärin. Koodissa on 8 kirjainta ja numeroa.',
  'home.join': 'Tule mukaan',

  'phone.joinTitle': 'Tule mukaan: {title}',
  'phone.nameLabel': 'Nimesi. Voit jättää tyhjäksi.',
  'phone.nameHint': 'Jos et kirjoita nimeä, kukaan ei näe nimeäsi.',
  'phone.groupRequired': 'Valitse yksi.',
  'phone.developmentThemeLegend': 'Mikä aihe kiinnostaa sinua eniten?',
  'phone.developmentThemeHint': 'Voit jättää valitse\u00ADmatta. Ohjaaja voi tehdä ryhmät aiheiden mukaan.',
  'phone.join': 'Tule mukaan',
  'phone.joining': 'Odota hetki…',
  'phone.joinAgain': 'Tule mukaan uudelleen',
  'phone.waiting': 'Odote\u00ADtaan alkua',
  'phone.ended': 'Tilaisuus loppui. Kiitos!',
  'phone.questions': 'Nyt puhutaan tästä',
  'phone.timeLeft': 'Aikaa on vielä',

  'turns.speakingNow': 'Nyt puhuu',
  'turns.groupMember': 'Joku ryhmästä {group}',

  'summary.readyIntro': 'Voit lukea yhteen\u00ADvedon. Versio {n}.',
  'summary.link.html': 'Lue yhteen\u00ADveto',
  'summary.link.pdf': 'Lataa tiedosto (PDF)',
  'summary.link.docx': 'Lataa tiedosto (Word)',
  'summary.link.md': 'Lataa teksti\u00ADtiedosto',
  'summary.newTab': '(aukeaa uuteen ikkunaan)',
  'summary.sessionEnded': 'Tilaisuus loppui. Kiitos!',
  'summary.pending':
    'Yhteen\u00ADveto tulee tähän myöhem\u00ADmin. Voit jättää sivun auki. Voit myös tulla takaisin samalla koodilla.',

  'info.sessionDeleted.title': 'Tilaisuus on poistettu.',
  'info.sessionDeleted.body': 'Ohjaaja poisti tilaisuu\u00ADden ja kaikki tiedot. Voit sulkea sivun.',

  'capture.vote.left': 'Pisteitä on vielä {left}/{total}',
  'capture.vote.remove': 'Ota piste pois: {name}',

  'phone.alert.offline': 'Netti katkesi. Yritämme uudelleen. Voit kirjoittaa. Teksti lähtee, kun netti toimii.',
  'phone.alert.unsent': 'Ajatuksia ei lähtenyt vielä: {n}. Ne lähtevät, kun netti toimii. Älä sulje sivua.',
  'phone.settings': 'Asetukset',
  'phone.plainLanguage': 'Selkokieli',
  'phone.vibrate': 'Puhelin värisee, kun jotain muuttuu',

  'conn.storageLost':
    'Palveli\u00ADmessa on vika. Tietosi eivät katoa. Ne tallen\u00ADtuvat, kun vika korjaan\u00ADtuu.',
  'conn.storageFull': 'Palve\u00ADlimen muisti on täynnä. Tietosi eivät katoa. Kerro järjes\u00ADtäjälle.',
  'conn.delayed': 'Tiedot voivat tulla hetken myöhässä.',
  'error.SESSION_FULL': 'Tilaisuus on täynnä. Kysy ohjaajalta.',
  'error.UNKNOWN_COMMAND': 'Sovellus on muut\u00ADtunut. Lataa sivu uudelleen.',
  'error.STORAGE_UNAVAILABLE': 'Palveli\u00ADmessa on vika. Tätä ei tallen\u00ADnettu. Yritä hetken päästä uudelleen.',
  'error.STORAGE_FULL': 'Palve\u00ADlimen muisti on täynnä. Tätä ei tallen\u00ADnettu. Kerro järjes\u00ADtäjälle.',
  'error.SHUTTING_DOWN': 'Palvelin käyn\u00ADnistyy uudelleen. Odota hetki. Mitään ei katoa.',
} satisfies Partial<Record<PlainKey, string>>;
