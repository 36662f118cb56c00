/** Finnish strings of the published summary on the phone; spread into `fi.ts`. */
export const summaryFi = {
  'summary.ready': 'Yhteen\u00ADveto on valmis',
  'summary.readyIntro': 'Voit avata tai ladata yhteen\u00ADvedon. Versio {n}.',
  'summary.link.html': 'Avaa verkko\u00ADsivuna',
  'summary.link.pdf': 'Lataa PDF-tiedosto',
  'summary.link.docx': 'Lataa Word-tiedosto',
  'summary.link.md': 'Lataa teksti\u00ADtiedosto (Mark\u00ADdown)',
  'summary.newTab': '(avautuu uuteen välileh\u00ADteen)',
  'summary.sessionEnded': 'Tilaisuus on päättynyt. Kiitos!',
  'summary.pending':
    'Yhteen\u00ADveto tulee tähän, kun fasili\u00ADtaattori julkaisee sen. Voit pitää sivun auki tai palata myöhem\u00ADmin samalla koodilla.',
} as const;
