import type { summaryFi } from './summary.fi';

/** Swedish strings of the published summary on the phone; same keys as `summaryFi`. */
export const summarySv = {
  'summary.ready': 'Samman\u00ADfattningen är klar',
  'summary.readyIntro': 'Du kan öppna eller ladda ner samman\u00ADfattningen. Version {n}.',
  'summary.link.html': 'Öppna som webbsida',
  'summary.link.pdf': 'Ladda ner PDF-filen',
  'summary.link.docx': 'Ladda ner Word-filen',
  'summary.link.md': 'Ladda ner textfilen (Mark\u00ADdown)',
  'summary.newTab': '(öppnas i en ny flik)',
  'summary.sessionEnded': 'Tillfället har avslutats. Tack!',
  'summary.pending':
    'Samman\u00ADfattningen visas här när handle\u00ADdaren publicerar den. Du kan låta sidan vara öppen eller komma tillbaka senare med samma kod.',
} satisfies Record<keyof typeof summaryFi, string>;
