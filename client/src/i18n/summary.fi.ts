/** Finnish strings of the published summary on the phone; spread into `fi.ts`. */
export const summaryFi = {
  'summary.ready': 'Yhteenveto on valmis',
  'summary.readyIntro': 'Voit avata tai ladata yhteenvedon. Versio {n}.',
  'summary.link.html': 'Avaa verkkosivuna',
  'summary.link.pdf': 'Lataa PDF-tiedosto',
  'summary.link.docx': 'Lataa Word-tiedosto',
  'summary.link.md': 'Lataa tekstitiedosto (Markdown)',
  'summary.newTab': '(avautuu uuteen välilehteen)',
  'summary.sessionEnded': 'Tilaisuus on päättynyt. Kiitos!',
} as const;
