import type { SummaryInfo } from '@aquarium/shared';
import { Suspense, useEffect, useState } from 'react';
import { projectReportCatalog } from '../../i18n/projectReportCatalog';
import { lazyView } from '../../routing/lazyView';

// Its words load only once there is a report to point to.
const ProjectReportNotice = lazyView(() => import('./ProjectReportNotice'), projectReportCatalog);

/** The session's published summary: its versions, and the project report once its project published one. */
const summaryInfo = async (code: string): Promise<SummaryInfo> => {
  const res = await fetch(`/api/summary/${encodeURIComponent(code)}`, {
    cache: 'no-store',
    headers: { accept: 'application/json' },
  });
  if (!res.ok) throw new Error(String(res.status));
  return (await res.json()) as SummaryInfo;
};

/** How often a published summary asks whether its project's report is out (a rare event: seldom is enough). */
const RETRY_MS = 60_000;

/**
 * A session of a project: once the project's combined report is published, its participants find it beside their
 * own summary. Nothing shows until then; the page asks again now and then.
 */
export const ProjectReportLink = ({ code }: { code: string }) => {
  const [report, setReport] = useState<SummaryInfo['projectReport'] | null>(null);
  useEffect(() => {
    if (report) return;
    let current = true;
    const check = () =>
      summaryInfo(code).then(
        (info) => {
          if (current && info.projectReport) setReport(info.projectReport);
        },
        () => undefined,
      );
    void check();
    const timer = window.setInterval(() => void check(), RETRY_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [code, report]);
  // The live region is there from the start, so that the report's arrival is announced.
  return (
    <div className="summary-project" role="status">
      {report ? (
        <Suspense fallback={null}>
          <ProjectReportNotice code={report.code} title={report.title} />
        </Suspense>
      ) : null}
    </div>
  );
};
