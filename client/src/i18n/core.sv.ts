import { captureSv } from './capture.sv';
import { nowSv } from './now.sv';
import type { CoreKey } from './core.fi';
import { infoSv } from './info.sv';
import { summarySv } from './summary.sv';
import { turnsSv } from './turns.sv';

/**
 * Swedish strings of the entry chunk's views. A lazy chunk (see `load.ts`): fetched when Swedish is chosen
 * or a session is in Swedish. `satisfies` keeps the keys exactly those of the Finnish catalog.
 */
export const coreSv = {
  'app.name': 'Utvärderings\u00ADakvarium',
  'app.skipToContent': 'Gå till innehållet',
  'app.viewFailed': 'Vyn kunde inte laddas. Kontrol\u00ADlera nät\u00ADför\u00ADbindelsen och ladda om sidan.',
  'app.reload': 'Ladda om sidan',
  'lang.label': 'Språk',
  'lang.fi': 'Suomeksi',
  'lang.en': 'In English',
  'lang.sv': 'På svenska',

  'common.loading': 'Laddar…',
  'common.dismiss': 'Stäng medde\u00ADlandet',
  'common.cancel': 'Avbryt',
  'common.notFound.title': 'Sidan hittades inte',
  'common.notFound.body': 'Kontrol\u00ADlera adressen.',
  'common.backHome': 'Till startsidan',

  'circle.inner': 'Inner\u00ADcirkeln',
  'circle.outer': 'Ytter\u00ADcirkeln',

  'phase.indicator': 'Fas {n}/{total}',
  'phase.notStarted': 'Inte påbörjad',
  'phase.ended': 'Avslutad',
  'phase.speaks': 'Talar: {circle}',
  'phase.speaksEveryone': 'Alla talar',
  'phase.listens': 'Lyssnar: {circle}',
  'phase.focus': 'Frågor nu',
  'phase.timeLeft': 'Tid kvar',
  'phase.paused': 'Tiden är pausad',
  'phase.overtime': 'Tiden har gått ut',

  'conn.connecting': 'Ansluter…',
  'conn.connected': 'För\u00ADbindelsen fungerar',
  'conn.reconnecting': 'För\u00ADbindelsen bröts. Ansluter igen…',
  'conn.storageLost':
    'För\u00ADbindelsen till serverns lagring bröts. Det du har skrivit finns kvar och sparas när för\u00ADbindelsen fungerar igen.',
  'conn.storageFull':
    'Serverns disk är full och inget nytt kan sparas just nu. Det du har skrivit finns kvar. Säg till arran\u00ADgören.',
  'conn.delayed': 'Uppdate\u00ADringar kan komma några sekunder senare.',
  'conn.invalidLink': 'Den här länken gäller inte. Be hand\u00ADledaren om en ny länk.',
  'conn.oldVersion': 'Appen har uppdate\u00ADrats. Ladda om sidan.',
  'conn.reload': 'Ladda om sidan',
  'conn.noToken': 'Öppna sidan via länken som du har fått. Den här webb\u00ADläsaren har inte öppnat sidan tidigare.',

  'phone.rate.title': 'Hur väl nåddes målen?',
  'phone.rate.intro': 'Välj ett alternativ för varje mål. Ditt svar är anonymt.',
  'phone.rate.goal': 'Mål {n}: {name}',
  'phone.rate.v4': 'Väl',
  'phone.rate.v3': 'Ganska väl',
  'phone.rate.v2': 'Lite',
  'phone.rate.v1': 'Inte alls',
  'phone.rate.cantSay': 'Kan inte säga',
  'phone.rate.progress': 'Bedömt {done}/{total}',
  'phone.rate.thanks': 'Tack! Du kan fort\u00ADfarande ändra dina svar.',

  'error.INVALID_PAYLOAD': 'Något i upp\u00ADgifterna är fel. Kontrol\u00ADlera och försök igen.',
  'error.UNAUTHORIZED': 'Den här länken gäller inte.',
  'error.FORBIDDEN': 'Du har inte rätt att göra det här.',
  'error.NOT_FOUND': 'Tillfället hittades inte.',
  'error.INVALID_STATE': 'Det går inte att göra det här just nu.',
  'error.STALE': 'Någon annan hann redan byta fas. Vyn har uppdate\u00ADrats.',
  'error.JOIN_CODE_UNKNOWN': 'Det finns inget tillfälle med den här koden. Kontrol\u00ADlera koden.',
  'error.JOINING_CLOSED': 'Det går inte längre att gå med i det här tillfället.',
  'error.RATE_LIMITED': 'För många försök. Vänta en stund och försök igen.',
  'error.SESSION_FULL': 'Tillfället är fullt. Fråga hand\u00ADledaren.',
  'error.UNKNOWN_COMMAND': 'Appen har uppdate\u00ADrats. Ladda om sidan.',
  'error.PROTOCOL_MISMATCH': 'Appen har uppdate\u00ADrats. Ladda om sidan.',
  'error.LISTENING_CIRCLE':
    'Din cirkel lyssnar nu. Det är den talande cirkeln som ber om ordet. Du kan skriva en tanke för nästa fas.',
  'error.GOAL_RATING_CLOSED': 'Bedöm\u00ADningen av målen är inte öppen nu.',
  'error.INTERNAL': 'Ett fel inträffade på servern. Försök igen.',
  'error.STORAGE_UNAVAILABLE':
    'För\u00ADbindelsen till serverns lagring bröts och detta sparades inte. Försök igen om en stund.',
  'error.STORAGE_FULL': 'Serverns disk är full och detta sparades inte. Säg till arran\u00ADgören.',
  'error.SHUTTING_DOWN': 'Servern startar om. Vi ansluter igen, och inget du skickat går förlorat.',
  'error.network':
    'Det gick inte att få kontakt med servern. Kontrol\u00ADlera nät\u00ADför\u00ADbindelsen och försök igen.',
  'error.pending': 'Åtgärden är inte bekräftad än. Den görs på nytt när för\u00ADbindelsen fungerar igen.',

  'home.title': 'Gå med i ett tillfälle',
  'home.intro': 'Skriv koden som du ser på storbilden eller har fått av hand\u00ADledaren.',
  'home.codeLabel': 'Kod',
  'home.codeHint': 'Koden har 8 bokstäver och siffror, till exempel KQ7F-M2XD.',
  'home.codeInvalid': 'Koden har inte rätt form. Den har 8 bokstäver och siffror.',
  'home.join': 'Gå med',
  'home.staffTitle': 'För hand\u00ADledare',
  'home.create': 'Skapa ett nytt tillfälle',
  'home.createProject': 'Nytt projekt',

  'phone.joinTitle': 'Gå med: {title}',
  'phone.checking': 'Söker tillfället…',
  'phone.nameLabel': 'Ditt namn (frivilligt)',
  'phone.nameHint': 'Du kan lämna fältet tomt. Då är du anonym.',
  'phone.groupLegend': 'I vilken roll deltar du i det här tillfället?',
  'phone.groupRequired': 'Välj ett alternativ.',
  'phone.developmentThemeLegend': 'Vilket utveck\u00ADlings\u00ADtema intres\u00ADserar dig mest?',
  'phone.developmentThemeHint': 'Frivilligt. Hand\u00ADledaren kan bilda grupperna enligt tema.',
  'phone.developmentThemeNone': 'Spelar ingen roll',
  'phone.join': 'Gå med',
  'phone.joining': 'Går med…',
  'phone.retryTitle': 'Försök med en annan kod',
  'phone.tryAgain': 'Försök igen',
  'phone.joinAgain': 'Gå med igen',
  'phone.waiting': 'Väntar på att tillfället ska börja',
  'phone.ended': 'Tillfället har avslutats. Tack!',
  'phone.questions': 'Nu funderar vi på',
  'phone.timeLeft': 'Tid kvar',
  ...turnsSv,
  ...summarySv,
  ...infoSv,
  ...captureSv,
  ...nowSv,
} satisfies Record<CoreKey, string>;
