/** Finnish strings of the published project report's page (`/r/<code>`): a part of its own (`projectReportCatalog`). */
export const publicReportFi = {
  'publicReport.kind': 'Hankkeen raportti',
  'publicReport.intro': 'Raportti kokoaa hankkeen kaikkien alueiden arviointitilaisuudet yhteen.',
  'publicReport.version': 'Versio {n}, julkaistu {date}',
  'publicReport.open': 'Avaa raportti verkkosivuna',
  'publicReport.older': 'Aiemmat versiot',
  'publicReport.notFound': 'Raporttia ei löytynyt',
  'publicReport.notFoundBody': 'Tarkista linkki. Raportti on voitu myös poistaa.',
  'publicReport.fromSummary': 'Koko hankkeen raportti',
  'publicReport.fromSummaryIntro':
    'Tämä tilaisuus kuuluu hankkeeseen {title}. Hankkeen kaikkien alueiden yhteinen raportti on valmis.',
  'publicReport.fromSummaryOpen': 'Avaa hankkeen raportti',
} as const;
