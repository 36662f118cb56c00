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

/**
 * At most this often a summary asks again whether its project's report is out. A project's report comes days after
 * its sessions, so the page asks when it is opened and when the person comes back to it, not on a timer: a room of
 * phones behind one address polling would use up the address's download allowance (`DOWNLOADS_PER_MINUTE`).
 */
const MIN_GAP_MS = 5 * 60_000;

/**
 * A session of a project: once the project's combined report is published, its participants find it beside their
 * own summary. Nothing shows until then.
 */
export const ProjectReportLink = ({ code }: { code: string }) => {
  const [report, setReport] = useState<SummaryInfo['projectReport'] | null>(null);
  useEffect(() => {
    if (report) return;
    let current = true;
    let last = 0;
    const check = () => {
      if (document.visibilityState !== 'visible' || Date.now() - last < MIN_GAP_MS) return;
      last = Date.now();
      summaryInfo(code).then(
        (info) => {
          if (current && info.projectReport) setReport(info.projectReport);
        },
        () => undefined,
      );
    };
    check();
    document.addEventListener('visibilitychange', check);
    return () => {
      current = false;
      document.removeEventListener('visibilitychange', check);
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
