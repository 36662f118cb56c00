import type { PlainKey } from './keys';

/**
 * Lättläst svenska: the participant's Swedish strings written to the plain-language guidelines (short sentences,
 * common words, one thing at a time, no abbreviations). Only the strings that read differently in plain language: the
 * others are plain as they stand in `core.sv.ts`, which stays loaded beneath these (`sameAsStandard.ts` lists them,
 * reviewed). The aquarium phone's are in `nowCard.sv.ts`, the small-group phone's in `groups.sv.ts`, the join-closed
 * page's in `joinClosed.sv.ts`. A lazy chunk, fetched while plain language is on.
 */
export const plainSv = {
  'app.viewFailed': 'Sidan öppnades inte. Kontrol\u00ADlera att internet fungerar. Ladda sedan om sidan.',

  'common.loading': 'Vänta lite…',
  'common.notFound.title': 'Sidan finns inte',

  'circle.inner': 'Inre cirkeln',
  'circle.outer': 'Yttre cirkeln',

  'phase.indicator': 'Fas {n} av {total}',
  'phase.notStarted': 'Inte börjat än',
  'phase.ended': 'Slut',
  'phase.focus': 'Nu talar vi om det här',
  'phase.paused': 'Klockan står still',
  'phase.overtime': 'Tiden gick över',

  'conn.connected': 'Anslut\u00ADningen fungerar',
  'conn.reconnecting': 'Anslut\u00ADningen bröts. Vi försöker igen…',
  'conn.invalidLink': 'Länken fungerar inte. Be hand\u00ADledaren om en ny länk.',
  'conn.oldVersion': 'Sidan har ändrats. Ladda om sidan.',
  'conn.noToken': 'Öppna sidan från länken du fick. Länken fungerar bara i samma fönster.',

  'phone.rate.title': 'Hur gick det med målen?',
  'phone.rate.intro': 'Välj ett svar för varje mål. Ingen ser vad du svarade.',
  'phone.rate.v4': 'Bra',
  'phone.rate.v3': 'Ganska bra',
  'phone.rate.cantSay': 'Vet inte',
  'phone.rate.progress': 'Svarat {done}/{total}',
  'phone.rate.thanks': 'Tack! Du kan ändra ditt svar.',

  'error.INVALID_PAYLOAD': 'Något blev fel. Kontrol\u00ADlera och försök igen.',
  'error.UNAUTHORIZED': 'Länken fungerar inte.',
  'error.FORBIDDEN': 'Du kan inte göra det här.',
  'error.NOT_FOUND': 'Tillfället finns inte.',
  'error.INVALID_STATE': 'Du kan inte göra det här just nu.',
  'error.STALE': 'Någon ändrade just läget. Sidan visar nu det nya läget.',
  'error.JOIN_CODE_UNKNOWN': 'Koden är fel. Kontrol\u00ADlera koden.',
  'error.JOINING_CLOSED': 'Du kan inte komma med i tillfället nu.',
  'error.RATE_LIMITED': 'Du försökte många gånger. Vänta lite. Försök sedan igen.',
  'error.PROTOCOL_MISMATCH': 'Sidan har ändrats. Ladda om sidan.',
  'error.LISTENING_CIRCLE': 'Din cirkel lyssnar nu. Du kan inte be om ordet nu. Du kan skriva en tanke.',
  'error.GOAL_RATING_CLOSED': 'Du kan inte bedöma målen nu.',
  'error.INTERNAL': 'Något gick sönder. Försök igen.',
  'error.network': 'Internet fungerar inte. Kontrol\u00ADlera och försök igen.',
  'error.pending': 'Medde\u00ADlandet har inte kommit fram än. Det skickas när internet fungerar.',

  'home.title': 'Kom med i tillfället',
  'home.intro': 'Skriv koden. Koden syns på väggen. Du kan också fråga hand\u00ADledaren.',
  'home.codeHint': 'Koden har 8 tecken. Till exempel KQ7F-M2XD.',
  'home.codeInvalid': 'Koden är fel. Koden har 8 bokstäver och siffror.',
  'home.join': 'Kom med',

  'phone.joinTitle': 'Kom med: {title}',
  'phone.checking': 'Vi söker tillfället…',
  'phone.nameLabel': 'Ditt namn. Du kan lämna det tomt.',
  'phone.nameHint': 'Om du inte skriver ett namn ser ingen ditt namn.',
  'phone.groupLegend': 'Vem är du här?',
  'phone.groupRequired': 'Välj en.',
  'phone.developmentThemeLegend': 'Vilket ämne tycker du är mest intressant?',
  'phone.developmentThemeHint': 'Du behöver inte välja. Hand\u00ADledaren kan göra grupper efter ämnen.',
  'phone.join': 'Kom med',
  'phone.joining': 'Vänta lite…',
  'phone.retryTitle': 'Prova en annan kod',
  'phone.joinAgain': 'Kom med igen',
  'phone.waiting': 'Vi väntar på att det börjar',
  'phone.ended': 'Tillfället är slut. Tack!',
  'phone.questions': 'Nu talar vi om det här',

  'turns.title': 'Tala',
  'turns.speakingNow': 'Nu talar',
  'turns.groupMember': 'Någon från gruppen {group}',

  'summary.readyIntro': 'Du kan läsa samman\u00ADfattningen. Version {n}.',
  'summary.link.html': 'Läs samman\u00ADfattningen',
  'summary.link.pdf': 'Ladda ner filen (PDF)',
  'summary.link.docx': 'Ladda ner filen (Word)',
  'summary.link.md': 'Ladda ner textfilen',
  'summary.newTab': '(öppnas i ett nytt fönster)',
  'summary.sessionEnded': 'Tillfället är slut. Tack!',
  'summary.pending':
    'Samman\u00ADfattningen kommer hit senare. Du kan låta sidan vara öppen. Du kan också komma tillbaka med samma kod.',

  'info.sessionDeleted.title': 'Tillfället är borttaget.',
  'info.sessionDeleted.body': 'Hand\u00ADledaren tog bort tillfället och alla uppgifter. Du kan stänga sidan.',

  'capture.vote.title': 'Röstning',
  'capture.vote.left': 'Poäng kvar {left}/{total}',
  'capture.vote.add': 'Lägg till poäng: {name}',
  'capture.vote.remove': 'Ta bort poäng: {name}',
  'capture.vote.results': 'Resultatet av röst\u00ADningen',

  'phone.alert.offline': 'Internet bröts. Vi försöker igen. Du kan skriva. Texten skickas när internet fungerar.',
  'phone.alert.unsent': 'Tankar som inte är skickade: {n}. De skickas när internet fungerar. Stäng inte sidan.',
  'phone.settings': 'In\u00ADställ\u00ADningar',
  'phone.plainLanguage': 'Lättläst',
  'phone.vibrate': 'Telefonen vibrerar när något ändras',

  'conn.storageLost': 'Servern har ett fel. Det du skrivit försvinner inte. Det sparas när felet är borta.',
  'conn.storageFull': 'Serverns minne är fullt. Det du skrivit försvinner inte. Säg till arran\u00ADgören.',
  'conn.delayed': 'Det kan ta en stund innan nya saker syns.',
  'error.UNKNOWN_COMMAND': 'Appen har ändrats. Ladda om sidan.',
  'error.STORAGE_UNAVAILABLE': 'Servern har ett fel. Det här sparades inte. Försök igen om en stund.',
  'error.STORAGE_FULL': 'Serverns minne är fullt. Det här sparades inte. Säg till arran\u00ADgören.',
  'error.SHUTTING_DOWN': 'Servern startar om. Vänta en stund. Inget försvinner.',
} satisfies Partial<Record<PlainKey, string>>;
