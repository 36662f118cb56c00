import type {
  ProjectOwnerLink,
  ProjectPublishResponse,
  ProjectReportDraft,
  ProjectView,
  SummaryInfo,
} from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type ManualClock, type TestServer } from './helper.js';
import { FUNDING_SVG } from './kit/osmoDocument.js';
import {
  createProject,
  endAndPublish,
  ownerFetch,
  projectSession,
  projectSettings,
  writeNotes,
} from './kit/projectRun.js';

let server: TestServer;
afterEach(async () => server?.close());

const unauthorized = { error: { code: 'UNAUTHORIZED' } };
const DAY = 86_400_000;

/** A session of the project run briefly: one themed note on question 1, then published. */
const publishedSession = async (projectId: string, token: string, region: string, note: string) => {
  const session = await projectSession(server, projectId, token, { region, method: 'aquarium' });
  const facilitator = await server.connect(session.tokens.facilitator);
  const scribe = await server.connect(session.tokens.scribe);
  await facilitator.send('session:start');
  await writeNotes(scribe, region.slice(0, 3), [['q1', 'Yhteistyö', note]]);
  await endAndPublish(facilitator, `${region}: loppunäkemys`);
  return session;
};

describe('the project owner link', () => {
  it('refuses a missing, wrong or replaced token, and a project that does not exist, alike', async () => {
    server = await startServer();
    const { projectId, ownerToken, link } = await createProject(server);
    expect(link).toBe(`http://aquarium.test/project/${projectId}#owner=${ownerToken}`);
    const get = (id: string, token: string | null) =>
      ownerFetch<ProjectView>(server, 'GET', `/api/projects/${id}`, token);
    expect(await get(projectId, ownerToken)).toMatchObject({ status: 200, body: { name: 'OSMO', sessions: [] } });
    // Answers that hold the token or the project are never kept by a browser or proxy.
    const page = await fetch(`${server.url}/api/projects/${projectId}`, {
      headers: { authorization: `Bearer ${ownerToken}` },
    });
    expect(page.headers.get('cache-control')).toBe('no-store');
    for (const [id, token] of [
      [projectId, null],
      [projectId, 'wrong-token'],
      [projectId, `${ownerToken}x`],
      ['no-such-project', ownerToken],
    ] as const) {
      expect(await get(id, token), `${id} ${token}`).toMatchObject({ status: 401, body: unauthorized });
    }
    // Every owner route is closed to a wrong token.
    for (const [method, path, body] of [
      ['PUT', '', projectSettings()],
      ['DELETE', '', undefined],
      ['POST', '/sessions', { region: 'X', method: 'aquarium' }],
      ['POST', '/owner-token', {}],
      ['GET', '/report', undefined],
      ['PUT', '/report/text', { text: 'x' }],
      ['PUT', '/report/matches', { matches: null }],
      ['POST', '/report/publish', {}],
      ['POST', '/report/draft.md', {}],
    ] as const) {
      const res = await ownerFetch(server, method, `/api/projects/${projectId}${path}`, 'wrong', body);
      expect(res, `${method} ${path}`).toMatchObject({ status: 401, body: unauthorized });
    }

    // Rotation: the new token works at once, the old one never again.
    const rotated = await ownerFetch<ProjectOwnerLink>(
      server,
      'POST',
      `/api/projects/${projectId}/owner-token`,
      ownerToken,
      {},
    );
    expect(rotated.status).toBe(200);
    expect(rotated.body.ownerToken).not.toBe(ownerToken);
    expect((await get(projectId, ownerToken)).status).toBe(401);
    expect((await get(projectId, rotated.body.ownerToken)).status).toBe(200);
  });

  it('starts later sessions from the edited set-up, keeps the funding mark unless told, refuses a bad set-up', async () => {
    server = await startServer();
    const fundingMark = {
      type: 'svg' as const,
      data: Buffer.from(FUNDING_SVG).toString('base64'),
      alt: 'Vipuvoimaa EU:lta',
    };
    const { projectId, ownerToken } = await createProject(server, { fundingMark });
    const settings = projectSettings();
    const questions = [{ id: 'q1', text: 'Mikä muuttui alueella?' }];
    const phases = settings.setup.phases.map((p) => ({ ...p, questionIds: ['q1'] }));
    const edited = { ...settings, setup: { ...settings.setup, questions, phases }, footer: 'Uusi alatunniste' };
    const put = await ownerFetch<ProjectView>(server, 'PUT', `/api/projects/${projectId}`, ownerToken, edited);
    expect(put.status).toBe(200);
    expect(put.body.setup.questions).toEqual(questions);
    // The mark was stored as a PNG, and a PUT without one keeps it.
    expect(put.body.fundingMark).toMatchObject({ width: 800, alt: 'Vipuvoimaa EU:lta' });
    const session = await projectSession(server, projectId, ownerToken, {
      region: 'Pohjanmaa',
      method: 'smallGroups',
      place: 'Vaasa',
      date: '2025-05-14',
    });
    const facilitator = await server.connect(session.tokens.facilitator);
    expect(facilitator.state!.setup).toMatchObject({
      region: 'Pohjanmaa',
      place: 'Vaasa',
      date: '2025-05-14',
      questions,
    });
    // Small groups from an aquarium set-up: four steps on the one question.
    expect(facilitator.state!.setup.phases.map((p) => p.step)).toEqual(['write', 'present', 'choose', 'record']);
    expect(facilitator.state!.summary.texts.footer).toBe('Uusi alatunniste');
    expect(facilitator.state!.summary.fundingMark).toEqual(put.body.fundingMark);
    const removed = await ownerFetch<ProjectView>(server, 'PUT', `/api/projects/${projectId}`, ownerToken, {
      ...edited,
      fundingMark: null,
    });
    expect(removed.body.fundingMark).toBeNull();

    const bad = { ...settings, setup: { ...settings.setup, questions: [] } };
    const refused = await ownerFetch(server, 'PUT', `/api/projects/${projectId}`, ownerToken, bad);
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'INVALID_PAYLOAD' } } });
    const badSession = await ownerFetch(server, 'POST', `/api/projects/${projectId}/sessions`, ownerToken, {
      region: '',
      method: 'aquarium',
    });
    expect(badSession).toMatchObject({ status: 400, body: { error: { code: 'INVALID_PAYLOAD' } } });
  });
});

describe('deleting sessions and projects', () => {
  it('removes a deleted session from the project, its draft and every report version built from it', async () => {
    server = await startServer();
    const { projectId, ownerToken } = await createProject(server);
    const owner = <T>(method: string, path: string, body?: unknown) =>
      ownerFetch<T>(server, method, `/api/projects/${projectId}${path}`, ownerToken, body);
    expect(await owner('POST', '/report/publish', {})).toMatchObject({
      status: 409,
      body: { error: { code: 'INVALID_STATE' } },
    });
    const a = await publishedSession(projectId, ownerToken, 'Etelä-Pohjanmaa', 'A-muistiinpano');
    const b = await publishedSession(projectId, ownerToken, 'Pohjanmaa', 'B-muistiinpano');
    // A match must name published themes, each in one match only.
    const draft = (await owner<ProjectReportDraft>('GET', '/report')).body;
    const [match] = draft.suggestedMatches;
    expect(match!.themes).toHaveLength(2);
    const twice = { matches: [match, { ...match, name: 'Toinen' }] };
    expect(await owner('PUT', '/report/matches', twice)).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_PAYLOAD' } },
    });
    const unknown = { matches: [{ ...match, themes: [{ ...match!.themes[0]!, name: 'Ei ole' }, match!.themes[1]] }] };
    expect(await owner('PUT', '/report/matches', unknown)).toMatchObject({ status: 400 });

    // The owner's draft downloads as any format, named as a draft.
    const draftPdf = await fetch(`${server.url}/api/projects/${projectId}/report/draft.pdf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ownerToken}` },
    });
    expect(draftPdf.status).toBe(200);
    expect(draftPdf.headers.get('content-disposition')).toContain(encodeURIComponent('OSMO v1 luonnos.pdf'));
    expect(draftPdf.headers.get('cache-control')).toBe('private, no-store');
    expect((await draftPdf.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    const { reportCode } = (await owner<ProjectPublishResponse>('POST', '/report/publish', {})).body;
    expect((await fetch(`${server.url}/api/project-report/${reportCode}/v1.md`)).status).toBe(200);

    // The owner deletes B: it leaves the list, the draft, and version 1 (which held its text) is gone.
    expect((await owner('DELETE', `/sessions/${b.sessionId}`)).status).toBe(204);
    expect((await owner<ProjectView>('GET', '')).body.sessions.map((s) => s.region)).toEqual(['Etelä-Pohjanmaa']);
    const after = (await owner<ProjectReportDraft>('GET', '/report')).body;
    expect(JSON.stringify(after.document)).not.toContain('B-muistiinpano');
    expect(after.document.regions.map((r) => r.region)).toEqual(['Etelä-Pohjanmaa']);
    expect(after.published.versions).toEqual([]);
    expect((await fetch(`${server.url}/api/project-report/${reportCode}/v1.md`)).status).toBe(404);
    expect((await server.get(`/api/summary/${b.joinCode}`)).status).toBe(404);
    // Another session's id is not the owner's to delete.
    expect((await owner('DELETE', `/sessions/${b.sessionId}`)).status).toBe(404);

    // Published again without B: the same code, version 1 again (the versions built from B are gone).
    const again = (await owner<ProjectPublishResponse>('POST', '/report/publish', {})).body;
    expect(again.reportCode).toBe(reportCode);
    const md = await (await fetch(`${server.url}/api/project-report/${reportCode}/v${again.version}.md`)).text();
    expect(md).toContain('A-muistiinpano');
    expect(md).not.toContain('B-muistiinpano');
    expect((await server.get<SummaryInfo>(`/api/summary/${a.joinCode}`)).body.projectReport?.code).toBe(reportCode);

    // Deleting the project deletes its sessions with it.
    expect((await owner('DELETE', '')).status).toBe(204);
    expect((await server.get(`/api/join/${a.joinCode}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/project-report/${reportCode}`)).status).toBe(404);
    expect((await owner('GET', '')).status).toBe(401);
  });

  it('lets the retention sweep delete a project left without sessions, never one that has a session', async () => {
    server = await startServer();
    const clock = server.clock as ManualClock;
    const empty = await createProject(server);
    const used = await createProject(server);
    await projectSession(server, used.projectId, used.ownerToken, { region: 'Pohjanmaa', method: 'aquarium' });
    clock.advance(29 * DAY);
    await server.sweep();
    expect((await ownerFetch(server, 'GET', `/api/projects/${empty.projectId}`, empty.ownerToken)).status).toBe(200);
    clock.advance(2 * DAY);
    await server.sweep();
    expect((await ownerFetch(server, 'GET', `/api/projects/${empty.projectId}`, empty.ownerToken)).status).toBe(401);
    const kept = await ownerFetch<ProjectView>(server, 'GET', `/api/projects/${used.projectId}`, used.ownerToken);
    expect(kept.body.sessions).toHaveLength(1);
  });

  it('builds the report only from what each session published', async () => {
    server = await startServer();
    const { projectId, ownerToken } = await createProject(server);
    const owner = <T>(method: string, path: string, body?: unknown) =>
      ownerFetch<T>(server, method, `/api/projects/${projectId}${path}`, ownerToken, body);
    const a = await projectSession(server, projectId, ownerToken, { region: 'Etelä-Pohjanmaa', method: 'aquarium' });
    const fa = await server.connect(a.tokens.facilitator);
    const sa = await server.connect(a.tokens.scribe);
    const phone = await server.connect((await server.join(a.joinCode)).token);
    await fa.send('session:start');
    await writeNotes(sa, 'a', [['q1', null, 'A-published']]);
    for (const [thoughtId, text] of [
      ['t1', 'A-hidden thought'],
      ['t2', 'A-pending thought'],
    ]) {
      await phone.send('thought:submit', { thoughtId, text, questionId: 'q1', showName: false });
    }
    await fa.until((s) => s.thoughts.t2 !== undefined);
    await fa.send('thought:moderate', { thoughtId: 't1', status: 'hidden' });
    await endAndPublish(fa, 'A closing');
    // After publishing: a draft edit that is not published again.
    await fa.send('summary:setText', { key: 'closingView', text: 'A-draft-only' });
    // B ran but never published.
    const b = await projectSession(server, projectId, ownerToken, { region: 'Pohjanmaa', method: 'aquarium' });
    const fb = await server.connect(b.tokens.facilitator);
    const sb = await server.connect(b.tokens.scribe);
    await fb.send('session:start');
    await writeNotes(sb, 'b', [['q1', null, 'B-never-published']]);

    const draft = (await owner<ProjectReportDraft>('GET', '/report')).body;
    const document = JSON.stringify(draft.document);
    expect(document).toContain('A-published');
    expect(document).toContain('A closing');
    for (const absent of ['A-hidden', 'A-pending', 'A-draft-only', 'B-never-published']) {
      expect(document, absent).not.toContain(absent);
    }
    expect(draft.unpublished).toEqual([{ sessionId: b.sessionId, region: 'Pohjanmaa', title: 'Loppuarviointi' }]);
  });
});
