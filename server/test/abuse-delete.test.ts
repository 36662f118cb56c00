import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultAquariumSetup, defaultSmallGroupSetup, type SessionSetup } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { recordFigures } from './figures.js';
import { ManualClock, startServer, type TestClient, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

/** Every byte SQLite keeps for the app: the database file, its write-ahead log and the WAL index. */
const fileBytes = (dataDir: string) =>
  ['aquarium.sqlite', 'aquarium.sqlite-wal', 'aquarium.sqlite-shm']
    .map((f) => join(dataDir, f))
    .filter(existsSync)
    .map((f) => readFileSync(f).toString('latin1'))
    .join('');

/** A setup whose every text field carries its own marker. */
const markedSetup = (m: (kind: string) => string, method: 'aquarium' | 'smallGroups'): SessionSetup => {
  const base = method === 'aquarium' ? defaultAquariumSetup('fi') : defaultSmallGroupSetup('fi');
  return {
    ...base,
    title: m('title'),
    project: m('project'),
    region: m('region'),
    place: m('place'),
    questions: base.questions.map((q, i) => ({ ...q, text: i === 0 ? m('question') : q.text })),
    stakeholderGroups: base.stakeholderGroups.map((g, i) => ({ ...g, name: i === 0 ? m('stakeholder') : g.name })),
    phases: base.phases.map((p, i) => (i === 0 ? { ...p, name: m('phase'), instructions: m('instructions') } : p)),
    ...(method === 'smallGroups' ? { developmentThemes: [{ id: 'tp1', name: m('developmentTheme') }] } : {}),
  };
};

/** Writes a marker into every kind of text a session of the method holds; returns the markers. */
const fill = async (round: number, method: 'aquarium' | 'smallGroups') => {
  const markers: string[] = [];
  const m = (kind: string) => {
    const marker = `MRK${round}x${kind}Q`;
    markers.push(marker);
    return marker;
  };
  const created = await server.createSession(markedSetup(m, method));
  markers.push(created.joinCode, created.sessionId);
  const f = await server.connect(created.tokens.facilitator);
  const joined = await server.join(created.joinCode, 'g1', m('name'));
  const phone = await server.connect(joined.token);
  const ok = async (c: TestClient, name: Parameters<TestClient['send']>[0], payload: Record<string, unknown>) => {
    const ack = await c.send(name, payload);
    if (!ack.ok) throw new Error(`${name}: ${JSON.stringify(ack)}`);
  };
  await ok(f, 'session:start', {});
  await ok(f, 'note:add', { noteId: 'n1', text: m('note'), questionId: 'q1' });
  await ok(f, 'theme:create', { themeId: 'th1', questionId: 'q1', name: m('theme') });
  await ok(f, 'summary:setText', { key: 'closingView', text: m('closing') });
  await ok(f, 'summary:setText', { key: 'theme:th1', text: m('themeText') });
  await ok(f, 'summary:setBackground', {
    background: { goals: m('goals'), developmentThemes: m('devThemes'), activities: m('activities') },
  });
  if (method === 'aquarium') {
    await ok(phone, 'thought:submit', { thoughtId: 't1', text: m('thought'), questionId: 'q1', showName: true });
  } else {
    await ok(f, 'group:create', { smallGroupId: 'sg1', name: m('group') });
    await ok(f, 'group:assign', { participantId: joined.participantId, smallGroupId: 'sg1' });
    await ok(f, 'group:setChair', { smallGroupId: 'sg1', participantId: joined.participantId });
    await ok(phone, 'soloThought:write', { soloThoughtId: 'i1', questionId: 'q1', text: m('soloThought') });
    await ok(phone, 'point:add', { pointId: 'pt1', questionId: 'q1', text: m('point'), soloThoughtIds: [] });
    await ok(phone, 'group:draftRecord', { questionId: 'q1', text: m('record') });
  }
  await ok(f, 'session:end', {});
  await ok(f, 'summary:publish', {});
  // A download puts the text in the rendered-file cache too.
  expect((await fetch(`${server.url}/api/summary/${created.joinCode}/v1.md`)).status).toBe(200);
  return { created, f, markers };
};

describe('delete means gone', () => {
  it('leaves no byte of a deleted session in the SQLite file or its WAL, 20 times, while others write', async () => {
    const clock = new ManualClock();
    server = await startServer({ clock });
    // Another session keeps writing the whole time.
    const other = await server.createSession({ title: 'Toinen istunto' });
    const scribe = await server.connect(other.tokens.scribe);
    let writing = true;
    let otherWrites = 0;
    const writer = (async () => {
      while (writing) {
        const ack = await scribe.send('note:add', {
          noteId: `o${otherWrites}`,
          text: `muu ${otherWrites}`,
          questionId: 'q1',
        });
        if (ack.ok) otherWrites++;
      }
    })();

    const deleteMs: number[] = [];
    let leftovers = 0;
    let checked = 0;
    const rounds = 20;
    for (let round = 0; round < rounds; round++) {
      const method = round % 2 === 0 ? 'aquarium' : 'smallGroups';
      const { created, f, markers } = await fill(round, method);
      expect(fileBytes(server.dataDir)).toContain(markers[0]);
      if (round % 4 === 3) {
        // Retention: the session ran out of its days and the sweep deleted it.
        await f.send('session:setRetention', { days: 1 });
        clock.advance(2 * 86_400_000);
        expect(await server.sweep()).toBeGreaterThanOrEqual(1);
      } else {
        const t0 = performance.now();
        expect(await f.socket.emitWithAck('session:delete', { joinCode: created.joinCode })).toEqual({ ok: true });
        deleteMs.push(performance.now() - t0);
      }
      const bytes = fileBytes(server.dataDir);
      for (const marker of markers) {
        checked++;
        if (bytes.includes(marker)) {
          leftovers++;
          console.log(`round ${round} (${method}): "${marker}" left in the files`);
        }
      }
      expect((await fetch(`${server.url}/api/summary/${created.joinCode}/v1.md`)).status).toBe(404);
    }
    writing = false;
    await writer;
    expect(otherWrites).toBeGreaterThan(0);
    expect(fileBytes(server.dataDir)).toContain('Toinen istunto');
    const { size } = statSync(join(server.dataDir, 'aquarium.sqlite'));
    recordFigures('deleteGone', {
      rounds,
      markersChecked: checked,
      leftovers,
      otherSessionWrites: otherWrites,
      deleteNowMaxMs: Math.round(Math.max(...deleteMs)),
      fileKb: Math.round(size / 1024),
    });
    expect(leftovers).toBe(0);
  }, 120_000);
});
