import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type {
  ProjectPublishResponse,
  ProjectReportDraft,
  ProjectReportInfo,
  ProjectView,
  SummaryInfo,
} from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helper.js';
import { FUNDING_SVG } from './kit/osmoDocument.js';
import { countOccurrences, extractText, htmlText } from './kit/renderedText.js';
import {
  createProject,
  endAndPublish,
  ownerFetch,
  phonesIn,
  projectSession,
  rateGoals,
  writeNotes,
} from './kit/projectRun.js';

let server: TestServer;
afterEach(async () => server?.close());

const ok = { ok: true };

/** Downloads one published format and reads it as a reader would (Markdown rendered, DOCX and PDF read back). */
const download = async (path: string, format: 'md' | 'html' | 'docx' | 'pdf') => {
  const res = await fetch(`${server.url}${path}.${format}`);
  expect(res.status, `${path}.${format}`).toBe(200);
  const body = Buffer.from(await res.arrayBuffer());
  const text = await extractText(format, body);
  if (format !== 'docx') return text;
  // A Word file's footer is a part of its own, on every page: read it too.
  const file = join(mkdtempSync(join(tmpdir(), 'aquarium-report-')), 'report.docx');
  writeFileSync(file, body);
  const footer = execFileSync('unzip', ['-p', file, 'word/footer1.xml']).toString('utf8');
  rmSync(dirname(file), { recursive: true, force: true });
  return `${text}\n${htmlText(footer)}`;
};

describe('a project of three regional sessions', () => {
  it('combines what each session published into one report, every theme and note once, in all four formats', async () => {
    server = await startServer();
    const fundingMark = {
      type: 'svg' as const,
      data: Buffer.from(FUNDING_SVG).toString('base64'),
      alt: 'Vipuvoimaa EU:lta',
    };
    const { projectId, ownerToken } = await createProject(server, { fundingMark });
    const owner = <T>(method: string, path: string, body?: unknown) =>
      ownerFetch<T>(server, method, `/api/projects/${projectId}${path}`, ownerToken, body);

    // Two aquariums and one small-group session, each from the project's set-up.
    const a = await projectSession(server, projectId, ownerToken, { region: 'Etelä-Pohjanmaa', method: 'aquarium' });
    const b = await projectSession(server, projectId, ownerToken, { region: 'Pohjanmaa', method: 'aquarium' });
    const c = await projectSession(server, projectId, ownerToken, { region: 'Keski-Pohjanmaa', method: 'smallGroups' });

    // Session A: themes and notes, a thought, the goal rating by six phones.
    const fa = await server.connect(a.tokens.facilitator);
    expect(fa.state!.setup).toMatchObject({ project: 'OSMO', region: 'Etelä-Pohjanmaa', title: 'Loppuarviointi' });
    expect(fa.state!.summary.texts.footer).toBe('OSMO-hanke · Etelä-Pohjanmaan liitto');
    const sa = await server.connect(a.tokens.scribe);
    const phonesA = await phonesIn(server, a.joinCode, ['g1', 'g1', 'g1', 'g2', 'g2', 'g2']);
    expect(await fa.send('session:start')).toMatchObject(ok);
    const themesA = await writeNotes(sa, 'a', [
      ['q1', 'Yhteistyö', 'A1 verkosto kokoontui kuukausittain'],
      ['q1', 'Osallisuus', 'A2 kokemusasiantuntijat mukana'],
      ['q2', null, 'A3 aikataulu oli tiukka'],
    ]);
    expect(
      await phonesA[0]!.send('thought:submit', {
        thoughtId: 'ta1',
        text: 'A-ajatus: yhteistyö kantoi',
        questionId: 'q1',
        showName: false,
      }),
    ).toMatchObject(ok);
    await fa.until((s) => s.thoughts.ta1 !== undefined);
    expect(await fa.send('thought:moderate', { thoughtId: 'ta1', status: 'approved' })).toMatchObject(ok);
    const yhteistyoA = themesA.get('q1/Yhteistyö')!;
    expect(await fa.send('item:theme', { kind: 'thought', itemId: 'ta1', themeId: yhteistyoA })).toMatchObject(ok);
    await rateGoals(fa, phonesA, [4, 3]);
    await endAndPublish(fa, 'A:n loppunäkemys: jatketaan verkostoa');

    // Session B: the same theme inflected ("yhteistyötä"), one of its own, the goal rating.
    const fb = await server.connect(b.tokens.facilitator);
    const sb = await server.connect(b.tokens.scribe);
    const phonesB = await phonesIn(server, b.joinCode, ['g1', 'g1', 'g1', 'g3']);
    expect(await fb.send('session:start')).toMatchObject(ok);
    await writeNotes(sb, 'b', [
      ['q1', 'yhteistyötä', 'B1 kunnat tekivät yhteistyötä'],
      ['q1', 'Työllisyys', 'B2 työkokeilut onnistuivat'],
      ['q3', null, 'B3 rahoitus jatkuu'],
    ]);
    await rateGoals(fb, phonesB, [2]);
    await endAndPublish(fb, 'B:n loppunäkemys');

    // Session C, small groups: two groups by stakeholder group, each chair returns its points and record.
    const fc = await server.connect(c.tokens.facilitator);
    expect(fc.state!.setup.method).toBe('smallGroups');
    expect(fc.state!.setup.questions).toEqual(fa.state!.setup.questions);
    const sc = await server.connect(c.tokens.scribe);
    const phonesC = await phonesIn(server, c.joinCode, ['g1', 'g1', 'g2', 'g2']);
    await fc.until((s) => s.participantOrder.length === 4);
    expect(await fc.send('groups:form', { by: 'stakeholder' })).toMatchObject(ok);
    await fc.until((s) => s.groups.order.length === 2);
    const chairs = [phonesC[0]!, phonesC[2]!];
    for (const chair of chairs) expect(await chair.send('group:claimChair')).toMatchObject(ok);
    expect(await fc.send('session:start')).toMatchObject(ok);
    for (const index of [0, 1]) expect(await fc.send('phase:next', { expectedIndex: index })).toMatchObject(ok);
    const point = (chair: number, pointId: string, text: string) =>
      chairs[chair]!.send('point:add', { pointId, questionId: 'q1', text, soloThoughtIds: [] });
    expect(await point(0, 'pc1', 'C-piste: yhteistyö kuntien kanssa')).toMatchObject(ok);
    expect(await point(1, 'pc2', 'C-piste: selkokieliset palvelukuvaukset')).toMatchObject(ok);
    expect(await fc.send('phase:next', { expectedIndex: 2 })).toMatchObject(ok);
    const record = { questionId: 'q1', text: 'C-ryhmän yhteenveto: yhteistyö toimi' };
    for (const chair of chairs) expect(await chair.send('group:return', record)).toMatchObject(ok);
    await writeNotes(sc, 'c', [['q1', 'Yhteistyö', 'C1 yhteinen asiakasprosessi']]);
    await endAndPublish(fc, 'C:n loppunäkemys');

    // The project page lists the three sessions as published, with their participants.
    const view = await owner<ProjectView>('GET', '');
    expect(view.status).toBe(200);
    expect(view.body.sessions.map((s) => [s.region, s.method, s.state, s.participants.total])).toEqual([
      ['Etelä-Pohjanmaa', 'aquarium', 'published', 6],
      ['Pohjanmaa', 'aquarium', 'published', 4],
      ['Keski-Pohjanmaa', 'smallGroups', 'published', 4],
    ]);

    // The draft suggests one match for the three "Yhteistyö" themes of question 1; the owner confirms it renamed.
    const draft = await owner<ProjectReportDraft>('GET', '/report');
    expect(draft.status).toBe(200);
    const suggested = draft.body.suggestedMatches;
    expect(suggested).toHaveLength(1);
    expect(suggested[0]).toMatchObject({ question: 1, name: 'Yhteistyö' });
    expect(suggested[0]!.themes.map((t) => t.name).sort()).toEqual(['Yhteistyö', 'Yhteistyö', 'yhteistyötä']);
    const matches = [{ ...suggested[0]!, name: 'Yhteistyö alueilla' }];
    expect((await owner('PUT', '/report/matches', { matches })).status).toBe(200);
    expect(
      (await owner('PUT', '/report/text', { text: 'Hankkeen **loppupäätelmä**: toimintamalli jää.' })).status,
    ).toBe(200);
    const published = await owner<ProjectPublishResponse>('POST', '/report/publish', {});
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(1);
    const code = published.body.reportCode;

    // Public: the report's versions, and each session's summary answer points to it.
    const info = await server.get<ProjectReportInfo>(`/api/project-report/${code}`);
    expect(info.body).toMatchObject({ title: 'OSMO', latest: 1 });
    const summary = await server.get<SummaryInfo>(`/api/summary/${c.joinCode}`);
    expect(summary.body.projectReport).toEqual({ code, latest: 1, title: 'OSMO' });

    const once = [
      'A1 verkosto kokoontui kuukausittain',
      'A2 kokemusasiantuntijat mukana',
      'A3 aikataulu oli tiukka',
      'A-ajatus: yhteistyö kantoi',
      'B1 kunnat tekivät yhteistyötä',
      'B2 työkokeilut onnistuivat',
      'B3 rahoitus jatkuu',
      'C1 yhteinen asiakasprosessi',
      'C-piste: yhteistyö kuntien kanssa',
      'C-piste: selkokieliset palvelukuvaukset',
      'Yhteistyö alueilla',
      'Osallisuus',
      'Työllisyys',
      'A:n loppunäkemys: jatketaan verkostoa',
      'B:n loppunäkemys',
      'C:n loppunäkemys',
      'Asiakkaiden osallisuus vahvistuu',
    ];
    for (const format of ['md', 'html', 'docx', 'pdf'] as const) {
      const text = await download(`/api/project-report/${code}/v1`, format);
      for (const phrase of once) expect(countOccurrences(text, phrase), `${format}: ${phrase}`).toBe(1);
      // Both chairs returned the same record: once under each group.
      expect(countOccurrences(text, 'C-ryhmän yhteenveto: yhteistyö toimi'), format).toBe(2);
      expect(text.replace(/\s+/g, ' '), format).toContain('Hankkeen loppupäätelmä: toimintamalli jää.');
      expect(text, format).toContain('OSMO-hanke · Etelä-Pohjanmaan liitto');
      if (format === 'md' || format === 'html') expect(text, format).toContain('Vipuvoimaa EU:lta');
      // The matched themes side by side, each under its region and its own name.
      for (const theme of ['Etelä-Pohjanmaa · Yhteistyö', 'Pohjanmaa · yhteistyötä', 'Keski-Pohjanmaa · Yhteistyö']) {
        expect(countOccurrences(text, theme), `${format}: ${theme}`).toBe(1);
      }
      // Participation: 6 + 4 + 4 people; g1 had 3 + 3 + 2.
      expect(text).toMatch(/Osallistujia yhteensä: 14/);
      for (const breakdown of [
        'Etelä-Pohjanmaa: 6 (Asiakas tai kokemusasiantuntija 3, Työntekijä 3)',
        'Pohjanmaa: 4 (Asiakas tai kokemusasiantuntija 3, Esihenkilö tai johto 1)',
        'Keski-Pohjanmaa: 4 (Asiakas tai kokemusasiantuntija 2, Työntekijä 2)',
        'Asiakas tai kokemusasiantuntija 8',
      ]) {
        expect(countOccurrences(text, breakdown), `${format}: ${breakdown}`).toBe(1);
      }
    }
    // Ratings by region and by group: region A's six phones (3 + 3 rows), B's three in g1 and one alone withheld.
    const md = await download(`/api/project-report/${code}/v1`, 'md');
    expect(md).toContain('Pienten ryhmien arvioita (1) ei näytetä');
    expect(md).toMatch(/Arviot sidosryhmittäin, kaikki alueet/);
  });
});
