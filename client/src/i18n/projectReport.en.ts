import type { publicReportFi } from './projectReport.fi';

/** English strings of the published project report's page. */
export const publicReportEn = {
  'publicReport.kind': 'Project report',
  'publicReport.intro': 'The report brings together the evaluation sessions of all the project’s regions.',
  'publicReport.version': 'Version {n}, published {date}',
  'publicReport.open': 'Open the report as a web page',
  'publicReport.older': 'Earlier versions',
  'publicReport.notFound': 'Report not found',
  'publicReport.notFoundBody': 'Check the link. The report may also have been deleted.',
  'publicReport.fromSummary': 'The whole project’s report',
  'publicReport.fromSummaryIntro':
    'This session is part of the project {title}. The joint report of all its regions is ready.',
  'publicReport.fromSummaryOpen': 'Open the project report',
} satisfies Record<keyof typeof publicReportFi, string>;
