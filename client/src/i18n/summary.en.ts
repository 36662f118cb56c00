import type { summaryFi } from './summary.fi';

/** English strings of the published summary on the phone; same keys as `summaryFi`. */
export const summaryEn = {
  'summary.ready': 'The summary is ready',
  'summary.readyIntro': 'You can open or download the summary. Version {n}.',
  'summary.link.html': 'Open as a web page',
  'summary.link.pdf': 'Download the PDF file',
  'summary.link.docx': 'Download the Word file',
  'summary.link.md': 'Download the text file (Mark\u00ADdown)',
  'summary.newTab': '(opens in a new tab)',
  'summary.sessionEnded': 'The session has ended. Thank you!',
  'summary.pending':
    'The summary will appear here when the facilitator publishes it. You can keep this page open or come back later with the same code.',
} satisfies Record<keyof typeof summaryFi, string>;
