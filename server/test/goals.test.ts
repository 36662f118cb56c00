import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summaryPlanLabels } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { extractText, markdownToHtml, pdfStructure } from './kit/renderedText.js';
import { osmoPlan } from './goalsFixture.js';
import { startServer, type TestClient, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

const squash = (text: string) => text.replace(/\s+/g, ' ');
const count = (haystack: string, needle: string) => squash(haystack).split(squash(needle)).length - 1;
const labels = summaryPlanLabels.fi;

/** The DOCX's main part, read straight from the zip. */
const docxXml = (docx: Buffer): string => {
  const dir = mkdtempSync(join(tmpdir(), 'aquarium-docx-'));
  try {
    writeFileSync(join(dir, 's.docx'), docx);
    return execFileSync('unzip', ['-p', join(dir, 's.docx'), 'word/document.xml']).toString('utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** A regional session run by real clients: 9 phones in four stakeholder groups (3, 3, 1 and 2 people). */
const runSession = async () => {
  server = await startServer();
  const created = await server.createSession({ ...osmoPlan, title: 'OSMO Järvi-Pohjanmaa' });
  const facilitator = await server.connect(created.tokens.facilitator);
  const scribe = await server.connect(created.tokens.scribe);
  const screen = await server.connect(created.tokens.screen);
  const groups = ['g1', 'g1', 'g1', 'g2', 'g2', 'g2', 'g3', 'g4', 'g4'];
  const phones: TestClient[] = [];
  for (const g of groups) phones.push(await server.connect((await server.join(created.joinCode, g)).token));
  await facilitator.send('session:start');

  // 45 notes, 15 per question; three in four tagged to a goal, every fourth to none.
  for (let i = 0; i < 45; i++) {
    const q = `q${(i % 3) + 1}`;
    expect(
      await scribe.send('note:add', { noteId: `n${i}`, text: `Muistiinpano ${i} kysymyksestä ${q}`, questionId: q }),
    ).toMatchObject({ ok: true });
    if (i % 4 !== 3) {
      const ack = await scribe.send('goal:tag', { kind: 'note', itemId: `n${i}`, goalId: `goal${(i % 4) + 1}` });
      expect(ack).toMatchObject({ ok: true });
    }
  }
  // A theme tagged to goal 2 brings its thought along; a thought of the one-person group stays "other".
  await scribe.send('theme:create', { themeId: 'th1', questionId: 'q1', name: 'Ryhmätoiminta' });
  await facilitator.send('goal:tag', { kind: 'theme', itemId: 'th1', goalId: 'goal2' });
  await phones[6]!.send('thought:submit', {
    thoughtId: 't1',
    text: 'Ryhmä madalsi kynnystä YKSIN',
    questionId: 'q1',
    showName: false,
  });
  await phones[0]!.send('thought:submit', {
    thoughtId: 't2',
    text: 'Koulutus antoi rohkeutta',
    questionId: 'q2',
    showName: false,
  });
  await facilitator.send('thought:moderate', { thoughtId: 't1', status: 'approved' });
  await facilitator.send('thought:moderate', { thoughtId: 't2', status: 'approved' });
  await facilitator.send('item:theme', { kind: 'thought', itemId: 't1', themeId: 'th1' });
  await facilitator.send('goal:tag', { kind: 'thought', itemId: 't2', goalId: 'goal1' });

  // Goal 1 rated: group 1 → 4, 4, 3; group 2 → 3, 2, can't say; the one-person group 3 → 1; group 4 → 2, 2.
  const values = [4, 4, 3, 3, 2, 'cantSay', 1, 2, 2] as const;
  expect(await phones[0]!.send('goal:rate', { goalId: 'goal1', value: 4 })).toMatchObject({
    ok: false,
    error: { code: 'GOAL_RATING_CLOSED' },
  });
  expect(await scribe.send('goalRating:open')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await facilitator.send('goalRating:open')).toMatchObject({ ok: true });
  await phones[8]!.until((s) => s.goalRating.open);
  for (const [i, phone] of phones.entries()) {
    expect(await phone.send('goal:rate', { goalId: 'goal1', value: values[i] })).toMatchObject({ ok: true });
    expect(await phone.send('goal:rate', { goalId: 'goal2', value: 3 })).toMatchObject({ ok: true });
  }
  // A change of mind replaces the earlier rating; a goal that does not exist is refused.
  await phones[1]!.send('goal:rate', { goalId: 'goal1', value: 1 });
  await phones[1]!.send('goal:rate', { goalId: 'goal1', value: 4 });
  expect(await phones[1]!.send('goal:rate', { goalId: 'nope', value: 4 })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  await facilitator.until((s) => s.goalRating.raters === 9);
  expect(await facilitator.send('goalRating:close')).toMatchObject({ ok: true });
  await facilitator.send('session:end');
  expect(await facilitator.send('summary:publish')).toMatchObject({ ok: true });
  await phones[0]!.until((s) => s.summary.versions.length === 1);
  return { created, facilitator, scribe, screen, phones };
};

describe('the plan in the room', () => {
  it('keeps each rating on its own phone: staff, the projector and other phones get only counts and aggregates', async () => {
    const { facilitator, scribe, screen, phones } = await runSession();
    for (const staff of [facilitator, scribe, screen]) {
      expect(staff.received.filter((e) => e.type === 'goal.rated')).toEqual([]);
      expect(JSON.stringify(staff.frames)).not.toContain('"goal.rated"');
    }
    const mine = phones[3]!.received.filter((e) => e.type === 'goal.rated');
    expect(mine.length).toBeGreaterThan(0);
    expect(
      mine.every((e) => e.type === 'goal.rated' && e.data.participantId === phones[3]!.state!.participantOrder[0]),
    ).toBe(true);
    expect(phones[3]!.state!.goalRating.byParticipant).toEqual({
      [phones[3]!.state!.participantOrder[0]!]: { goal1: 3, goal2: 3 },
    });
    // The aggregate everyone sees: groups 1 and 2 by name, the one-person group merged with group 4 as "other".
    const goal1 = facilitator.state!.goalRating.results!.find((r) => r.goalId === 'goal1')!;
    expect(goal1.rows).toEqual([
      { group: 'g1', counts: [2, 1, 0, 0, 0] },
      { group: 'g2', counts: [0, 1, 1, 0, 1] },
      { group: 'other', counts: [0, 0, 2, 1, 0] },
      { group: 'all', counts: [2, 2, 3, 1, 1] },
    ]);
    expect(phones[6]!.state!.goalRating.results).toEqual(facilitator.state!.goalRating.results);
  });

  it('reads goal by goal in all four formats: expected results, nested activities, ratings by group, tagged items', async () => {
    const { created } = await runSession();
    const base = `${server.url}/api/summary/${created.joinCode}/v1`;
    const files = Object.fromEntries(
      await Promise.all(
        (['md', 'html', 'docx', 'pdf'] as const).map(async (f) => {
          const res = await fetch(`${base}.${f}`);
          expect(res.status, f).toBe(200);
          return [f, Buffer.from(await res.arrayBuffer())] as const;
        }),
      ),
    ) as Record<'md' | 'html' | 'docx' | 'pdf', Buffer>;

    for (const format of ['md', 'html', 'docx', 'pdf'] as const) {
      const text = await extractText(
        format,
        format === 'md' || format === 'html' ? files[format].toString('utf8') : files[format],
      );
      for (const once of [
        labels.goalsHeading,
        'Tavoite 1: Asiakkaiden osallisuus vahvistuu',
        'Tavoite 3: Työllisyyspalvelujen yhteistyö tiivistyy',
        'Kokemusasiantuntijat ovat mukana palvelujen kehittämisessä koko maakunnassa.',
        'Kolme koulutuspäivää Seinäjoella',
        'Kuukausittaiset tapaamiset',
        '(syksy 2024)',
        'Palvelukuvaukset',
        labels.unforeseen,
      ]) {
        expect(count(text, once), `${format}: ${once}`).toBe(1);
      }
      // A tagged note is under its goal and under its question; an untagged one under its question and "not foreseen".
      expect(count(text, 'Muistiinpano 0 kysymyksestä q1'), format).toBe(2);
      expect(count(text, 'Muistiinpano 3 kysymyksestä q1'), format).toBe(2);
      // The themed thought reaches goal 2 through its theme; its one-person group is named "other".
      expect(count(text, 'Ryhmä madalsi kynnystä YKSIN'), format).toBe(2);
      expect(count(text, 'Ryhmä madalsi kynnystä YKSIN (Muut)'), format).toBe(2);
      expect(count(text, `${labels.ratings}`), format).toBeGreaterThanOrEqual(3);
    }

    // Ratings rows as each format lays out its table.
    const md = files.md.toString('utf8');
    expect(md).toContain('| Asiakas tai kokemusasiantuntija | 2 | 1 | 0 | 0 | 0 |');
    expect(md).toContain('| Muut | 0 | 0 | 2 | 1 | 0 |');
    expect(md).toContain('| Kaikki yhteensä | 2 | 2 | 3 | 1 | 1 |');
    const html = files.html.toString('utf8');
    expect(html).toMatch(
      /<th scope="row">Muut<\/th><td class="num">0<\/td><td class="num">0<\/td><td class="num">2<\/td>/,
    );
    expect(squash(await extractText('docx', files.docx))).toContain('Muut 0 0 2 1 0');
    expect(squash(await extractText('pdf', files.pdf))).toContain('Muut 0 0 2 1 0');

    // Real nesting: a CommonMark list inside a list item, Word list level 1 and 2, PDF list items.
    expect(markdownToHtml(md)).toMatch(
      /Kokemusasiantuntijakoulutus <em>\(syksy 2024\)<\/em>\s*<ul>\s*<li>Kolme koulutuspäivää/,
    );
    expect(html).toMatch(/Kokemusasiantuntijakoulutus <span class="meta">\(syksy 2024\)<\/span>\s*<ul>\s*<li>Kolme/);
    const xml = docxXml(files.docx);
    const paragraphOf = (text: string) => xml.split('</w:p>').find((p) => p.includes(text)) ?? '';
    expect(paragraphOf('Kolme koulutuspäivää')).toContain('<w:ilvl w:val="1"/>');
    expect(paragraphOf('Kuukausittaiset tapaamiset')).toContain('<w:ilvl w:val="2"/>');
    expect(paragraphOf('Asiakasraadit kunnissa')).toContain('<w:ilvl w:val="0"/>');
    expect(pdfStructure(files.pdf)).toMatch(/LI[\s\S]*Kolme koulutuspäivää/);
  });
});
