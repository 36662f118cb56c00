/**
 * Project report benchmark (issue #18): a project of 20 regional sessions of 200 participants each, every one
 * with a published summary of 200 thoughts and 40 notes under the same themes (so every theme is matched across
 * all 20 regions), goal ratings by stakeholder group and a closing view. The real app on a SQLite file: the
 * sessions are made through the project's route, their published summaries stored as the summary's own events.
 * Measured: the owner's draft (read every summary, match, compose), publishing, then each format downloaded
 * once (a cold render in the render threads, as the first reader gets it), and each format rendered in this
 * thread 3 times after a warm-up (median). Target: under 2 s per format. Run from the repository root:
 *   node scripts/pnpm.mjs run bench:project
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  defaultAquariumSetup,
  summaryPlanLabels,
  type CreateProjectResponse,
  type CreateSessionResponse,
  type ProjectPublishResponse,
  type ProjectReportDraft,
  type SessionEvent,
  DOCUMENT_FORMATS,
} from '@aquarium/shared';
import { startServer } from '../test/helper.js';
import { FUNDING_ALT, FUNDING_SVG, osmoSummary } from '../test/kit/osmoDocument.js';
import { projectBlocks, reportFrame } from '../src/projects/blocks.js';
import { renderBlocks } from '../src/summary/render/index.js';

const SESSIONS = 20;
const PEOPLE = 200;
const NOTES = 40;
const RUNS = 3;
const GROUPS = ['Asukkaat', 'Järjestöt', 'Kunta', 'Hyvinvointialue'];
const GOALS = ['Osallisuus vahvistuu', 'Sosiaalinen kuntoutus vakiintuu', 'Yhteistyö tiivistyy'];

const server = await startServer({ app: { renderWorkers: 2 } });
const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
};
const request = async <T>(method: string, path: string, token: string, body?: unknown) => {
  const res = await fetch(server.url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
};

try {
  const setup = {
    ...defaultAquariumSetup('fi'),
    title: 'Loppuarviointi',
    goals: GOALS.map((name, i) => ({ id: `goal${i + 1}`, name, expectedResult: '' })),
  };
  const project = await server.post<CreateProjectResponse>('/api/projects', {
    name: 'OSMO',
    organisation: 'Etelä-Pohjanmaan liitto',
    years: { from: 2022, to: 2025 },
    language: 'fi',
    setup,
    footer: 'OSMO-hanke · Etelä-Pohjanmaan liitto',
    fundingMark: { type: 'svg', data: Buffer.from(FUNDING_SVG).toString('base64'), alt: FUNDING_ALT },
  });
  const { projectId, ownerToken } = project.body;
  const plan = summaryPlanLabels.fi;
  for (let i = 0; i < SESSIONS; i++) {
    const region = `Alue ${String(i + 1).padStart(2, '0')}`;
    const created = await request<CreateSessionResponse>('POST', `/api/projects/${projectId}/sessions`, ownerToken, {
      region,
      method: 'aquarium',
    });
    // Each session's published summary: one thought per participant, notes, ratings of every goal by group.
    const doc = osmoSummary({ thoughts: PEOPLE, notes: NOTES });
    doc.region = region;
    doc.participants = {
      total: PEOPLE,
      byGroup: GROUPS.map((group) => ({ group, count: PEOPLE / GROUPS.length })),
      named: [],
    };
    doc.plan = {
      labels: plan,
      developmentThemes: [],
      unforeseen: null,
      goals: GOALS.map((name, g) => ({
        number: g + 1,
        name,
        expectedResult: '',
        indicators: [],
        activities: [],
        ratings: [
          ...GROUPS.map((group, k) => ({ group, counts: [10 + k, 20, 10, 5, 5 - g] })),
          { group: plan.all, counts: [46, 80, 40, 20, 20 - 4 * g] },
        ],
        ratingsWithheld: 0,
        items: { notes: [], thoughts: [] },
      })),
    };
    const seq = (await server.storage.loadEvents(created.sessionId)).length;
    const at = server.clock.now();
    await server.storage.append(created.sessionId, {
      events: [
        { seq: seq + 1, at, type: 'session.ended', data: {} },
        { seq: seq + 2, at, type: 'summary.snapshot', data: { version: 1, document: doc } },
        { seq: seq + 3, at, type: 'summary.published', data: { version: 1, publishedAt: at } },
      ] as SessionEvent[],
    });
  }

  const [draft, draftMs] = await timed(() =>
    request<ProjectReportDraft>('GET', `/api/projects/${projectId}/report`, ownerToken),
  );
  const [again, draftWarmMs] = await timed(() =>
    request<ProjectReportDraft>('GET', `/api/projects/${projectId}/report`, ownerToken),
  );
  const [published, publishMs] = await timed(() =>
    request<ProjectPublishResponse>('POST', `/api/projects/${projectId}/report/publish`, ownerToken, {}),
  );
  const themes = draft.themes.reduce((n, q) => n + q.themes.length, 0);
  const items = again.document.questions.reduce(
    (n, q) =>
      n +
      [...q.matches.flatMap((m) => m.regions.flatMap((r) => r.themes)), ...q.regions.flatMap((r) => r.themes)].reduce(
        (k, t) => k + t.items.notes.length + t.items.thoughts.length,
        0,
      ) +
      q.regions.reduce((k, r) => k + r.unthemed.notes.length + r.unthemed.thoughts.length, 0),
    0,
  );

  const rows: Record<string, string>[] = [];
  const blocks = projectBlocks(draft.document);
  for (const format of DOCUMENT_FORMATS) {
    const url = `${server.url}/api/project-report/${published.reportCode}/v1.${format}`;
    const [size, downloadMs] = await timed(async () => (await (await fetch(url)).arrayBuffer()).byteLength);
    const [, cachedMs] = await timed(async () => (await fetch(url)).arrayBuffer());
    await renderBlocks(reportFrame(draft.document), blocks, format); // warm-up
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // CPU time too: on a shared machine the wall clock mostly measures the other processes.
      const used = process.cpuUsage();
      times.push((await timed(() => renderBlocks(reportFrame(draft.document), blocks, format)))[1]);
      const { user, system } = process.cpuUsage(used);
      cpu.push((user + system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    rows.push({
      format,
      'first download (ms)': downloadMs.toFixed(0),
      'cached (ms)': cachedMs.toFixed(0),
      'render median (ms)': times[Math.floor(times.length / 2)]!.toFixed(0),
      'render max (ms)': times[times.length - 1]!.toFixed(0),
      'render CPU median (ms)': cpu[Math.floor(cpu.length / 2)]!.toFixed(0),
      'size (kB)': (size / 1024).toFixed(0),
      'under 2 s (wall)': downloadMs < 2000 ? 'yes' : 'NO',
    });
  }
  console.log(
    `Project report: ${SESSIONS} sessions × ${PEOPLE} participants (${themes} published themes, ${items} notes and thoughts, ` +
      `${draft.suggestedMatches.length} suggested matches); draft ${draftMs.toFixed(0)} ms cold, ` +
      `${draftWarmMs.toFixed(0)} ms warm; publish ${publishMs.toFixed(0)} ms`,
  );
  console.table(rows);
  console.log(
    `load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
} finally {
  await server.close();
}
