import type { publicReportFi } from '../projectReport.fi';

/** The published project report's page in plain Swedish (lättläst). */
export const plainPublicReportSv = {
  'publicReport.kind': 'Projektets rapport',
  'publicReport.intro': 'I rapporten finns tillfällena i alla regioner.',
  'publicReport.version': 'Version {n}. Publicerad {date}.',
  'publicReport.open': 'Läs rapporten',
  'publicReport.older': 'Äldre versioner',
  'publicReport.notFound': 'Rapporten finns inte',
  'publicReport.notFoundBody': 'Se efter om länken är rätt. Rapporten kan också vara raderad.',
  'publicReport.fromSummary': 'Hela projektets rapport',
  'publicReport.fromSummaryIntro':
    'Det här tillfället är en del av projektet {title}. Projektets gemensamma rapport är klar.',
  'publicReport.fromSummaryOpen': 'Läs projektets rapport',
} satisfies Record<keyof typeof publicReportFi, string>;
