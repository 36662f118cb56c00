import { captureFi } from './capture.fi';
import { nowFi } from './now.fi';
import { infoFi } from './info.fi';
import { summaryFi } from './summary.fi';
import { turnsFi } from './turns.fi';

/**
 * Finnish UI strings of the entry's views: the phone, the front page and the app's frame. Plain language on
 * participant screens. A lazy chunk like the Swedish and English ones (`load.ts`), which the page preloads beside the
 * entry when it opens in Finnish (the default); the strings of the staff views, of the privacy/accessibility pages and
 * of the phone's method views live in their own parts, registered by the lazy chunks that use them (all of them
 * together: `fi.ts`).
 */
export const coreFi = {
  'app.name': 'Arviointiakvaario',
  'app.skipToContent': 'Siirry sisältöön',
  'app.viewFailed': 'Tätä näkymää ei saatu ladattua. Tarkista verkko\u00ADyhteys ja lataa sivu uudelleen.',
  'app.reload': 'Lataa sivu uudelleen',
  'lang.label': 'Kieli',
  'lang.fi': 'Suomeksi',
  'lang.en': 'In English',
  'lang.sv': 'På svenska',

  'common.loading': 'Lada\u00ADtaan…',
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
  'phase.focus': 'Kysy\u00ADmykset nyt',
  'phase.timeLeft': 'Aikaa jäljellä',
  'phase.paused': 'Aika pysäy\u00ADtetty',
  'phase.overtime': 'Aika ylittyi',

  'conn.connecting': 'Yhdis\u00ADtetään…',
  'conn.connected': 'Yhteys kunnossa',
  'conn.reconnecting': 'Yhteys katkesi. Yhdis\u00ADtetään uudel\u00ADleen…',
  'conn.storageLost':
    'Yhteys palve\u00ADlimen tallen\u00ADnukseen katkesi. Kirjoit\u00ADtamasi tiedot säilyvät ja tallen\u00ADtuvat, kun yhteys palaa.',
  'conn.storageFull':
    'Palve\u00ADlimen levy on täynnä, eikä uutta voi nyt tallentaa. Kirjoit\u00ADtamasi tiedot säilyvät. Kerro järjes\u00ADtäjälle.',
  'conn.delayed': 'Päivi\u00ADtykset voivat tulla muu\u00ADtaman sekunnin viiveellä.',
  'conn.invalidLink': 'Tämä linkki ei ole voimassa. Pyydä uusi linkki fasili\u00ADtaattorilta.',
  'conn.oldVersion': 'Sovellus on päivit\u00ADtynyt. Lataa sivu uudelleen.',
  'conn.reload': 'Lataa sivu uudelleen',
  'conn.noToken': 'Avaa sivu saamasi linkin kautta. Tällä selaimella sivua ei ole avattu aiemmin.',

  'phone.rate.title': 'Kuinka hyvin tavoitteet saavu\u00ADtettiin?',
  'phone.rate.intro': 'Valitse jokaiselle tavoit\u00ADteelle yksi vaihto\u00ADehto. Vastauk\u00ADsesi on nimetön.',
  'phone.rate.goal': 'Tavoite {n}: {name}',
  'phone.rate.v4': 'Hyvin',
  'phone.rate.v3': 'Melko hyvin',
  'phone.rate.v2': 'Vähän',
  'phone.rate.v1': 'Ei lainkaan',
  'phone.rate.cantSay': 'En osaa sanoa',
  'phone.rate.progress': 'Arvioitu {done}/{total}',
  'phone.rate.thanks': 'Kiitos! Voit vielä muuttaa vastauk\u00ADsiasi.',

  'error.INVALID_PAYLOAD': 'Tiedoissa on virhe. Tarkista ja yritä uudelleen.',
  'error.UNAUTHORIZED': 'Tämä linkki ei ole voimassa.',
  'error.FORBIDDEN': 'Sinulla ei ole oikeutta tähän toimin\u00ADtoon.',
  'error.NOT_FOUND': 'Tilai\u00ADsuutta ei löytynyt.',
  'error.INVALID_STATE': 'Toiminto ei ole mahdol\u00ADlinen juuri nyt.',
  'error.STALE': 'Joku muu ehti jo vaihtaa vaiheen. Näkymä on päivitetty.',
  'error.JOIN_CODE_UNKNOWN': 'Tällä koodilla ei löydy tilaisuutta. Tarkista koodi.',
  'error.JOINING_CLOSED': 'Tähän tilaisuu\u00ADteen ei voi enää liittyä.',
  'error.RATE_LIMITED': 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
  'error.SESSION_FULL': 'Tilaisuus on täynnä. Kysy fasili\u00ADtaattorilta.',
  'error.UNKNOWN_COMMAND': 'Sovellus on päivitetty. Lataa sivu uudelleen.',
  'error.PROTOCOL_MISMATCH': 'Sovellus on päivit\u00ADtynyt. Lataa sivu uudelleen.',
  'error.LISTENING_CIRCLE':
    'Sinun kehäsi kuuntelee nyt. Puheen\u00ADvuoroa pyytää puhuva kehä. Voit kirjoittaa ajatuksen seuraa\u00ADvaan vaihee\u00ADseen.',
  'error.GOAL_RATING_CLOSED': 'Arviointi tavoit\u00ADteista ei ole nyt auki.',
  'error.INTERNAL': 'Palveli\u00ADmella tapahtui virhe. Yritä uudelleen.',
  'error.STORAGE_UNAVAILABLE':
    'Yhteys palve\u00ADlimen tallen\u00ADnukseen katkesi, eikä tätä tallen\u00ADnettu. Yritä hetken päästä uudelleen.',
  'error.STORAGE_FULL': 'Palve\u00ADlimen levy on täynnä, eikä tätä tallen\u00ADnettu. Kerro järjes\u00ADtäjälle.',
  'error.SHUTTING_DOWN':
    'Palvelin käyn\u00ADnistyy uudelleen. Yhdis\u00ADtetään uudelleen, eikä mitään lähettä\u00ADmääsi katoa.',
  'error.network': 'Palveli\u00ADmeen ei saatu yhteyttä. Tarkista verkko\u00ADyhteys ja yritä uudelleen.',
  'error.pending': 'Toimintoa ei ole vielä vahvis\u00ADtettu. Yritetään uudelleen, kun yhteys palaa.',

  'home.title': 'Liity tilaisuu\u00ADteen',
  'home.intro': 'Kirjoita koodi, jonka näet valko\u00ADkankaalla tai sait fasili\u00ADtaattorilta.',
  'home.codeLabel': 'Koodi',
  'home.codeHint': 'Koodissa on 8 kirjainta ja numeroa, esimer\u00ADkiksi KQ7F-M2XD.',
  'home.codeInvalid': 'Koodi ei ole oikean muo\u00ADtoinen. Siinä on 8 kirjainta ja numeroa.',
  'home.join': 'Liity',
  'home.staffTitle': 'Fasili\u00ADtaattorille',
  'home.create': 'Luo uusi tilaisuus',
  'home.createProject': 'Uusi hanke',

  'phone.joinTitle': 'Liity: {title}',
  'phone.checking': 'Haetaan tilai\u00ADsuutta…',
  'phone.nameLabel': 'Nimesi (vapaa\u00ADehtoinen)',
  'phone.nameHint': 'Voit jättää tyhjäksi. Silloin olet nimetön.',
  'phone.groupLegend': 'Kuka olet tässä tilai\u00ADsuudessa?',
  'phone.groupRequired': 'Valitse yksi vaihto\u00ADehto.',
  'phone.developmentThemeLegend': 'Mikä kehit\u00ADtämis\u00ADteema kiinnostaa sinua eniten?',
  'phone.developmentThemeHint': 'Vapaa\u00ADehtoinen. Fasili\u00ADtaattori voi koota ryhmät teemojen mukaan.',
  'phone.developmentThemeNone': 'Ei väliä',
  'phone.join': 'Liity',
  'phone.joining': 'Liitytään…',
  'phone.retryTitle': 'Kokeile toista koodia',
  'phone.tryAgain': 'Yritä uudelleen',
  'phone.joinAgain': 'Liity uudelleen',
  'phone.waiting': 'Odote\u00ADtaan, että tilaisuus alkaa',
  'phone.ended': 'Tilaisuus on päättynyt. Kiitos!',
  'phone.questions': 'Mietitään nyt',
  'phone.timeLeft': 'Aikaa jäljellä',
  ...turnsFi,
  ...summaryFi,
  ...infoFi,
  ...captureFi,
  ...nowFi,
} as const;

/** Keys of the entry's strings (each language a lazy chunk). */
export type CoreKey = keyof typeof coreFi;
