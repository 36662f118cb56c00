import type { summaryStaffFi } from './summary.fi';

/** Swedish strings of the summary editor, drafts and publishing (issue #4); same keys as `summaryStaffFi`. */
export const summaryStaffSv = {
  'summary.background': 'Bakgrund till sammanfattningen',
  'summary.backgroundHint': 'Du kan skriva bakgrunden redan före tillfället. Den kommer först i sammanfattningen.',
  'summary.goals': 'Projektplanens mål i området',
  'summary.developmentThemes': 'Utvecklingsteman på landskapsnivå',
  'summary.activities': 'Genomförda åtgärder per mål',

  'summary.save.saved': 'Sparat',
  'summary.save.saving': 'Sparar…',
  'summary.save.pending': 'Inte sparat ännu',
  'summary.save.failed': 'Det gick inte att spara. Redigera texten för att försöka igen.',

  'summary.editor': 'Sammanfattning',
  'summary.editorIntro':
    'Sammanställ resultaten av diskussionen. Ändringarna sparas automatiskt. Deltagarna ser sammanfattningen först när du publicerar den.',
  'summary.question': 'Fråga {n}',
  'summary.consolidatedQuestion': 'Sammanställd text för hela frågan',
  'summary.theme': 'Tema: {name}',
  'summary.consolidatedTheme': 'Sammanställd text för temat {name}',
  'summary.otherPoints': 'Andra saker som kom fram',
  'summary.notes': 'Anteckningar',
  'summary.thoughts': 'Deltagarnas tankar',
  'summary.noItems': 'Inga anteckningar eller tankar.',
  'summary.leaveOut': 'Utelämna',
  'summary.include': 'Ta med',
  'summary.leftOut': 'Utelämnad',
  'summary.leaveOutLabel': 'Utelämna ur sammanfattningen: {text}',
  'summary.includeLabel': 'Ta med i sammanfattningen: {text}',
  'summary.up': 'Upp',
  'summary.down': 'Ned',
  'summary.upLabel': 'Flytta upp: {text}',
  'summary.downLabel': 'Flytta ned: {text}',
  'summary.goodPractices': 'Goda praxis att dela och hur de delas',
  'summary.closingView': 'Handledarens avslutande synpunkter',
  'summary.preview': 'Förhandsvisning',

  'summary.downloadDraft': 'Ladda ner utkastet',
  'summary.format.html': 'Webbsida (HTML)',
  'summary.format.pdf': 'PDF',
  'summary.format.docx': 'Word (DOCX)',
  'summary.format.md': 'Markdown',
  'summary.downloading': 'Laddar ner…',
  'summary.downloadFailed': 'Nedladdningen misslyckades. Försök igen.',
  'summary.publishWaiting': 'Publiceras så snart ändringarna har sparats…',
  'summary.publish': 'Publicera sammanfattningen',
  'summary.publishNew': 'Publicera en ny version',
  'summary.publishHint':
    'Efter publiceringen kan deltagarna ladda ner sammanfattningen på sina telefoner med samma kod.',
  'summary.published': 'Publicerad version {n}',
  'summary.publishedFiles': 'Filer för den publicerade versionen',
  'summary.notPublished': 'Sammanfattningen har inte publicerats ännu.',

  'summary.scan': 'Ladda ner sammanfattningen: skanna koden med telefonen',
  'summary.qrAlt': 'QR-kod för att ladda ner sammanfattningen, kod {code}',
} satisfies Record<keyof typeof summaryStaffFi, string>;
