import { defaultAquariumSetup, summaryLabels } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { extractText } from './kit/renderedText.js';
import { startServer, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

const collapse = (text: string) => text.replace(/\s+/g, ' ');
const count = (haystack: string, needle: string) => collapse(haystack).split(collapse(needle)).length - 1;

/** Downloads one format and returns its text as a reader would see it (Markdown rendered, DOCX and PDF read back). */
const download = async (url: string, format: 'md' | 'html' | 'docx' | 'pdf') => {
  const res = await fetch(url);
  expect(res.status, `${format} ${url}`).toBe(200);
  return extractText(format, Buffer.from(await res.arrayBuffer()));
};

describe('the shared summary', () => {
  it('publishes versions that contain every approved thought and note once, and nothing hidden', async () => {
    server = await startServer();
    const created = await server.createSession({ project: 'OSMO', region: 'Etelä-Pohjanmaa', place: 'Seinäjoki' });
    const facilitator = await server.connect(created.tokens.facilitator);
    const scribe = await server.connect(created.tokens.scribe);
    const phones = await Promise.all(
      ['g1', 'g2', 'g3'].map(async (g, i) =>
        server.connect((await server.join(created.joinCode, g, i === 0 ? 'Åsa Öhman' : undefined)).token),
      ),
    );
    await facilitator.send('summary:setBackground', {
      background: { goals: 'Tavoite: yhteistyö', developmentThemes: 'Osallisuus', activities: 'Työpajat' },
    });
    await facilitator.send('session:start');
    await scribe.send('theme:create', { themeId: 'th1', questionId: 'q1', name: 'Sosiaalinen kuntoutus' });
    await scribe.send('note:add', {
      noteId: 'n1',
      text: 'Muistiinpano yksi: verkosto toimi',
      questionId: 'q1',
      themeId: 'th1',
    });
    await scribe.send('note:add', {
      noteId: 'n2',
      text: 'Muistiinpano kaksi: <b>ei lihavoitu</b> **eikä tämä**',
      questionId: 'q2',
    });
    await scribe.send('note:add', { noteId: 'n3', text: 'Poistettu muistiinpano', questionId: 'q2' });
    await scribe.send('note:delete', { noteId: 'n3' });
    const say = (i: number, id: string, text: string, showName = false) =>
      phones[i]!.send('thought:submit', { thoughtId: id, text, questionId: 'q1', showName });
    await say(0, 't1', 'Hyväksytty ajatus ääkkösin: työllistyminen', true);
    await say(1, 't2', 'Ajatus [linkki](http://evil.example) # otsikko =SUM(A1)');
    await say(2, 't3', 'Odottava ajatus PENDING');
    await say(2, 't4', 'Piilotettu ajatus HIDDEN');
    await say(1, 't5', 'Peruttu ajatus WITHDRAWN');
    await say(0, 't6', 'Jätetty pois EXCLUDED');
    await facilitator.send('thought:moderate', { thoughtId: 't1', status: 'approved' });
    await facilitator.send('thought:moderate', { thoughtId: 't2', status: 'approved' });
    await facilitator.send('thought:moderate', { thoughtId: 't4', status: 'hidden' });
    await facilitator.send('thought:moderate', { thoughtId: 't6', status: 'approved' });
    await phones[1]!.send('thought:withdraw', { thoughtId: 't5' });
    await facilitator.send('item:theme', { kind: 'thought', itemId: 't1', themeId: 'th1' });

    expect(await facilitator.send('summary:publish')).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    await facilitator.send('session:end');
    await facilitator.send('summary:exclude', { itemId: 't6', excluded: true });
    await facilitator.send('summary:setText', { key: 'theme:th1', text: 'Koottu teksti teemasta' });
    await facilitator.send('summary:setText', { key: 'closingView', text: 'Loppunäkemys: jatketaan' });
    expect(await facilitator.send('summary:publish')).toMatchObject({ ok: true });
    await phones[2]!.until((s) => s.summary.versions.length === 1);

    const base = `${server.url}/api/summary/${created.joinCode}`;
    expect((await server.get(`/api/summary/${created.joinCode}`)).body).toMatchObject({ latest: 1 });
    const present = [
      'Muistiinpano yksi: verkosto toimi',
      'Muistiinpano kaksi: <b>ei lihavoitu</b> **eikä tämä**',
      'Hyväksytty ajatus ääkkösin: työllistyminen',
      'Ajatus [linkki](http://evil.example) # otsikko =SUM(A1)',
      'Koottu teksti teemasta',
      'Loppunäkemys: jatketaan',
      'Sosiaalinen kuntoutus',
      'Tavoite: yhteistyö',
    ];
    const absent = ['PENDING', 'HIDDEN', 'WITHDRAWN', 'EXCLUDED', 'Poistettu muistiinpano'];
    for (const format of ['md', 'docx', 'pdf'] as const) {
      const text = await download(`${base}/v1.${format}`, format);
      for (const p of present) expect(count(text, p), `${format}: ${p}`).toBe(1);
      // Shown with her thought and among the people who took part by name.
      expect(count(text, 'Åsa Öhman'), format).toBe(2);
      for (const a of absent) expect(text, `${format}: ${a}`).not.toContain(a);
    }
    const raw = await (await fetch(`${base}/v1.html`)).text();
    expect(raw).toContain('&lt;b&gt;ei lihavoitu&lt;/b&gt;');
    expect(raw).not.toContain('<b>ei lihavoitu');
    const html = await download(`${base}/v1.html`, 'html');
    for (const p of present) expect(count(html, p), `html: ${p}`).toBe(1);
    for (const a of absent) expect(html).not.toContain(a);

    // An edit and a second publication make version 2; version 1 says a newer one exists.
    await facilitator.send('summary:setText', { key: 'closingView', text: 'Toinen versio' });
    await facilitator.send('summary:publish');
    await phones[0]!.until((s) => s.summary.versions.length === 2);
    expect(await download(`${base}/v2.md`, 'md')).toContain('Toinen versio');
    expect(await download(`${base}/v1.md`, 'md')).not.toContain('Toinen versio');
    const old = await (await fetch(`${base}/v1.html`)).text();
    expect(old).toMatch(/v2|versio 2|version 2/i);
  });

  it('gives the summary only to someone with the join code or a facilitator token', async () => {
    server = await startServer();
    const created = await server.createSession();
    const facilitator = await server.connect(created.tokens.facilitator);
    await facilitator.send('session:start');
    await facilitator.send('session:end');
    expect((await fetch(`${server.url}/api/summary/${created.joinCode}/v1.pdf`)).status).toBe(404);
    await facilitator.send('summary:publish');
    expect((await fetch(`${server.url}/api/summary/${created.joinCode}/v1.pdf`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/summary/ZZZZZZZZ/v1.pdf`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/summary/${created.sessionId}/v1.pdf`)).status).toBe(404);

    const draft = (token: string) =>
      fetch(`${server.url}/api/summary-draft.docx`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
    expect((await draft(created.tokens.scribe)).status).toBe(403);
    expect((await draft('nope')).status).toBe(403);
    const ok = await draft(created.tokens.facilitator);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('officedocument');
  });

  it("is written in the session's language: a Swedish session gets a Swedish summary in every format", async () => {
    server = await startServer();
    const created = await server.createSession({ ...defaultAquariumSetup('sv'), title: 'Regional utvärdering' });
    const facilitator = await server.connect(created.tokens.facilitator);
    await facilitator.send('session:start');
    await facilitator.send('session:end');
    expect(await facilitator.send('summary:publish')).toMatchObject({ ok: true });
    const base = `${server.url}/api/summary/${created.joinCode}`;
    const swedish = [
      'Regional utvärdering',
      summaryLabels.sv.discussion,
      `${summaryLabels.sv.question} 1: ${defaultAquariumSetup('sv').questions[0]!.text}`,
      summaryLabels.sv.participants,
    ];
    for (const format of ['md', 'html', 'docx', 'pdf'] as const) {
      const text = await download(`${base}/v1.${format}`, format);
      for (const label of swedish) expect(count(text, label), `${format}: ${label}`).toBeGreaterThan(0);
      expect(text, format).not.toContain(summaryLabels.fi.discussion);
    }
    expect(await (await fetch(`${base}/v1.html`)).text()).toContain('<html lang="sv"');
  });
});
