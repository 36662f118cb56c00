import type { publicReportFi } from '../projectReport.fi';

/** The published project report's page in plain Finnish (selkokieli): participants open it from their summary. */
export const plainPublicReportFi = {
  'publicReport.kind': 'Hankkeen raportti',
  'publicReport.intro': 'Raportissa on kaikkien alueiden tilaisuudet.',
  'publicReport.version': 'Versio {n}. Julkaistu {date}.',
  'publicReport.open': 'Lue raportti',
  'publicReport.older': 'Vanhemmat versiot',
  'publicReport.notFound': 'Raporttia ei löydy',
  'publicReport.notFoundBody': 'Katso, onko linkki oikein. Raportti voi myös olla poistettu.',
  'publicReport.fromSummary': 'Koko hankkeen raportti',
  'publicReport.fromSummaryIntro': 'Tämä tilaisuus on osa hanketta {title}. Hankkeen yhteinen raportti on valmis.',
  'publicReport.fromSummaryOpen': 'Lue hankkeen raportti',
} satisfies Record<keyof typeof publicReportFi, string>;
