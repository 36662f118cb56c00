import type { publicReportFi } from './projectReport.fi';

/** Swedish strings of the published project report's page. */
export const publicReportSv = {
  'publicReport.kind': 'Projektets rapport',
  'publicReport.intro': 'Rapporten samlar utvärderingstillfällena i projektets alla regioner.',
  'publicReport.version': 'Version {n}, publicerad {date}',
  'publicReport.open': 'Öppna rapporten som webbsida',
  'publicReport.older': 'Tidigare versioner',
  'publicReport.notFound': 'Rapporten hittades inte',
  'publicReport.notFoundBody': 'Kontrollera länken. Rapporten kan också ha raderats.',
  'publicReport.fromSummary': 'Hela projektets rapport',
  'publicReport.fromSummaryIntro':
    'Det här tillfället hör till projektet {title}. Den gemensamma rapporten för projektets alla regioner är klar.',
  'publicReport.fromSummaryOpen': 'Öppna projektets rapport',
} satisfies Record<keyof typeof publicReportFi, string>;
