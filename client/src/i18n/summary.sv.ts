import type { summaryFi } from './summary.fi';

/** Swedish strings of the published summary on the phone; same keys as `summaryFi`. */
export const summarySv = {
  'summary.ready': 'Sammanfattningen är klar',
  'summary.readyIntro': 'Du kan öppna eller ladda ner sammanfattningen. Version {n}.',
  'summary.link.html': 'Öppna som webbsida',
  'summary.link.pdf': 'Ladda ner PDF-filen',
  'summary.link.docx': 'Ladda ner Word-filen',
  'summary.link.md': 'Ladda ner textfilen (Markdown)',
  'summary.newTab': '(öppnas i en ny flik)',
  'summary.sessionEnded': 'Tillfället har avslutats. Tack!',
} satisfies Record<keyof typeof summaryFi, string>;
