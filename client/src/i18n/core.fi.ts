import { captureFi } from './capture.fi';
import { nowFi } from './now.fi';
import { infoFi } from './info.fi';
import { summaryFi } from './summary.fi';
import { turnsFi } from './turns.fi';

/**
 * Finnish UI strings of the entry chunk: the phone, the front page and the app's frame. Plain language on
 * participant screens. Finnish is the default, so these ship with the entry; the strings of the staff views
 * and of the privacy/accessibility pages live in `staff/` and `pages/`, registered by the lazy chunks that use
 * them (all of them together: `fi.ts`).
 */
export const coreFi = {
  'app.name': 'Arviointiakvaario',
  'app.skipToContent': 'Siirry sisältöön',
  'app.viewFailed': 'Tätä näkymää ei saatu ladattua. Tarkista verkkoyhteys ja lataa sivu uudelleen.',
  'app.reload': 'Lataa sivu uudelleen',
  'lang.label': 'Kieli',
  'lang.fi': 'Suomeksi',
  'lang.en': 'In English',
  'lang.sv': 'På svenska',

  'common.loading': 'Ladataan…',
  'common.dismiss': 'Sulje ilmoitus',
  'common.cancel': 'Peruuta',
  'common.notFound.title': 'Sivua ei löytynyt',
  'common.notFound.body': 'Tarkista osoite.',
  'common.backHome': 'Etusivulle',

  'circle.inner': 'Sisäkehä',
  'circle.outer': 'Ulkokehä',

  'phase.indicator': 'Vaihe {n}/{total}',
  'phase.notStarted': 'Ei aloitettu',
  'phase.ended': 'Päättynyt',
  'phase.speaks': 'Puhuu: {circle}',
  'phase.speaksEveryone': 'Kaikki puhuvat',
  'phase.listens': 'Kuuntelee: {circle}',
  'phase.focus': 'Kysymykset nyt',
  'phase.timeLeft': 'Aikaa jäljellä',
  'phase.paused': 'Aika pysäytetty',
  'phase.overtime': 'Aika ylittyi',

  'conn.connecting': 'Yhdistetään…',
  'conn.connected': 'Yhteys kunnossa',
  'conn.reconnecting': 'Yhteys katkesi. Yhdistetään uudelleen…',
  'conn.storageLost':
    'Yhteys palvelimen tallennukseen katkesi. Kirjoittamasi tiedot säilyvät ja tallentuvat, kun yhteys palaa.',
  'conn.storageFull':
    'Palvelimen levy on täynnä, eikä uutta voi nyt tallentaa. Kirjoittamasi tiedot säilyvät. Kerro järjestäjälle.',
  'conn.delayed': 'Päivitykset voivat tulla muutaman sekunnin viiveellä.',
  'conn.invalidLink': 'Tämä linkki ei ole voimassa. Pyydä uusi linkki fasilitaattorilta.',
  'conn.oldVersion': 'Sovellus on päivittynyt. Lataa sivu uudelleen.',
  'conn.reload': 'Lataa sivu uudelleen',
  'conn.noToken': 'Avaa sivu saamasi linkin kautta. Tällä selaimella sivua ei ole avattu aiemmin.',

  'phone.rate.title': 'Kuinka hyvin tavoitteet saavutettiin?',
  'phone.rate.intro': 'Valitse jokaiselle tavoitteelle yksi vaihtoehto. Vastauksesi on nimetön.',
  'phone.rate.goal': 'Tavoite {n}: {name}',
  'phone.rate.v4': 'Hyvin',
  'phone.rate.v3': 'Melko hyvin',
  'phone.rate.v2': 'Vähän',
  'phone.rate.v1': 'Ei lainkaan',
  'phone.rate.cantSay': 'En osaa sanoa',
  'phone.rate.progress': 'Arvioitu {done}/{total}',
  'phone.rate.thanks': 'Kiitos! Voit vielä muuttaa vastauksiasi.',

  'error.INVALID_PAYLOAD': 'Tiedoissa on virhe. Tarkista ja yritä uudelleen.',
  'error.UNAUTHORIZED': 'Tämä linkki ei ole voimassa.',
  'error.FORBIDDEN': 'Sinulla ei ole oikeutta tähän toimintoon.',
  'error.NOT_FOUND': 'Tilaisuutta ei löytynyt.',
  'error.INVALID_STATE': 'Toiminto ei ole mahdollinen juuri nyt.',
  'error.STALE': 'Joku muu ehti jo vaihtaa vaiheen. Näkymä on päivitetty.',
  'error.JOIN_CODE_UNKNOWN': 'Tällä koodilla ei löydy tilaisuutta. Tarkista koodi.',
  'error.JOINING_CLOSED': 'Tähän tilaisuuteen ei voi enää liittyä.',
  'error.RATE_LIMITED': 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
  'error.SESSION_FULL': 'Tilaisuus on täynnä. Kysy fasilitaattorilta.',
  'error.UNKNOWN_COMMAND': 'Sovellus on päivitetty. Lataa sivu uudelleen.',
  'error.PROTOCOL_MISMATCH': 'Sovellus on päivittynyt. Lataa sivu uudelleen.',
  'error.LISTENING_CIRCLE':
    'Sinun kehäsi kuuntelee nyt. Puheenvuoroa pyytää puhuva kehä. Voit kirjoittaa ajatuksen seuraavaan vaiheeseen.',
  'error.GOAL_RATING_CLOSED': 'Arviointi tavoitteista ei ole nyt auki.',
  'error.INTERNAL': 'Palvelimella tapahtui virhe. Yritä uudelleen.',
  'error.STORAGE_UNAVAILABLE':
    'Yhteys palvelimen tallennukseen katkesi, eikä tätä tallennettu. Yritä hetken päästä uudelleen.',
  'error.STORAGE_FULL': 'Palvelimen levy on täynnä, eikä tätä tallennettu. Kerro järjestäjälle.',
  'error.SHUTTING_DOWN': 'Palvelin käynnistyy uudelleen. Yhdistetään uudelleen, eikä mitään lähettämääsi katoa.',
  'error.network': 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
  'error.pending': 'Toimintoa ei ole vielä vahvistettu. Yritetään uudelleen, kun yhteys palaa.',

  'home.title': 'Liity tilaisuuteen',
  'home.intro': 'Kirjoita koodi, jonka näet valkokankaalla tai sait fasilitaattorilta.',
  'home.codeLabel': 'Koodi',
  'home.codeHint': 'Koodissa on 8 kirjainta ja numeroa, esimerkiksi KQ7F-M2XD.',
  'home.codeInvalid': 'Koodi ei ole oikean muotoinen. Siinä on 8 kirjainta ja numeroa.',
  'home.join': 'Liity',
  'home.staffTitle': 'Fasilitaattorille',
  'home.create': 'Luo uusi tilaisuus',
  'home.createProject': 'Uusi hanke',

  'phone.joinTitle': 'Liity: {title}',
  'phone.checking': 'Haetaan tilaisuutta…',
  'phone.nameLabel': 'Nimesi (vapaaehtoinen)',
  'phone.nameHint': 'Voit jättää tyhjäksi. Silloin olet nimetön.',
  'phone.groupLegend': 'Kuka olet tässä tilaisuudessa?',
  'phone.groupRequired': 'Valitse yksi vaihtoehto.',
  'phone.developmentThemeLegend': 'Mikä kehittämisteema kiinnostaa sinua eniten?',
  'phone.developmentThemeHint': 'Vapaaehtoinen. Fasilitaattori voi koota ryhmät teemojen mukaan.',
  'phone.developmentThemeNone': 'Ei väliä',
  'phone.join': 'Liity',
  'phone.joining': 'Liitytään…',
  'phone.retryTitle': 'Kokeile toista koodia',
  'phone.tryAgain': 'Yritä uudelleen',
  'phone.joinAgain': 'Liity uudelleen',
  'phone.inner': 'Olet sisäkehässä',
  'phone.outer': 'Olet ulkokehässä',
  'phone.unseated': 'Fasilitaattori kertoo pian, kumpaan kehään kuulut.',
  'phone.speaks': 'Sinun kehäsi puhuu nyt',
  'phone.listens': 'Sinun kehäsi kuuntelee nyt',
  'phone.everyone': 'Kaikki puhuvat nyt',
  'phone.waiting': 'Odotetaan, että tilaisuus alkaa',
  'phone.ended': 'Tilaisuus on päättynyt. Kiitos!',
  'phone.questions': 'Mietitään nyt',
  'phone.timeLeft': 'Aikaa jäljellä',
  ...turnsFi,
  ...summaryFi,
  ...infoFi,
  ...captureFi,
  ...nowFi,
} as const;

/** Keys of the strings in the entry chunk (Finnish built in, English in a lazy chunk). */
export type CoreKey = keyof typeof coreFi;
