import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultAquariumSetup, type SessionEvent } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../src/storage/sqlite.js';
import type { Storage } from '../src/storage/storage.js';
import { recordFigures } from './figures.js';
import { tempDataDir } from './helper.js';

let dataDir: string;
let storage: Storage | undefined;
afterEach(async () => {
  await storage?.close();
  storage = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);
const created = (id: string, joinCode: string, title: string) => ({
  id,
  joinCode,
  createdAt: T0,
  tokens: [{ hash: `${id}-fac`, sessionId: id, role: 'facilitator' as const, participantId: null }],
  events: [
    { seq: 1, at: T0, type: 'session.created', data: { setup: { ...defaultAquariumSetup('fi'), title }, joinCode } },
  ] as SessionEvent[],
});
const note = (seq: number, text: string) =>
  ({
    seq,
    at: T0 + seq,
    type: 'note.added',
    data: { note: { id: `n${seq}`, text, questionId: 'q1', themeId: null, order: seq, createdAt: T0 } },
  }) as SessionEvent;

/** Every byte SQLite keeps: the database file, its write-ahead log and the WAL index. */
const fileBytes = () =>
  ['aquarium.sqlite', 'aquarium.sqlite-wal', 'aquarium.sqlite-shm']
    .map((f) => join(dataDir, f))
    .filter(existsSync)
    .map((f) => readFileSync(f).toString('latin1'))
    .join('');

describe('deleting a session on SQLite', () => {
  it('rewrites the file off the event loop: timers run and others read meanwhile, their writes wait, and the content is gone', async () => {
    dataDir = tempDataDir();
    storage = openSqliteStorage(join(dataDir, 'aquarium.sqlite'));
    // A large file, so that rewriting it takes a while (a long day's sessions): 2,000 notes of 8 kB.
    await storage.createSession(created('big', 'BBBBBBBB', 'Pitkä päivä'));
    const filler = 'x'.repeat(8000);
    for (let from = 2; from < 2002; from += 200) {
      const events = Array.from({ length: 200 }, (_, i) => note(from + i, `${from + i} ${filler}`));
      await storage.append('big', { events });
    }
    await storage.createSession(created('gone', 'GGGGGGGG', 'POISTETTAVA-ISTUNTO'));
    await storage.append('gone', { events: [note(2, 'POISTETTAVA-MUISTIINPANO')] });
    await storage.createSession(created('other', 'OOOOOOOO', 'Toinen'));
    expect(fileBytes()).toContain('POISTETTAVA-MUISTIINPANO');

    // A timer that should fire every 5 ms: how many times, and the longest gap, while the delete runs.
    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
    }, 5);
    const started = performance.now();
    const deleting = storage.deleteSession('gone');
    let deleted = false;
    void deleting.then(() => (deleted = true));
    // Another session's command arrives meanwhile: its write waits for the rewrite and then lands.
    const writing = storage.append('other', { events: [note(2, 'kirjoitettu poiston aikana')] });
    // Reads do not wait.
    const read = await storage.loadEvents('big', 1990);
    const readBeforeDeleted = !deleted;
    await Promise.all([deleting, writing]);
    const deleteMs = performance.now() - started;
    clearInterval(timer);

    expect(read.map((e) => e.seq)).toEqual([1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001]);
    expect(readBeforeDeleted).toBe(true);
    expect(ticks).toBeGreaterThan(0);
    const bytes = fileBytes();
    expect(bytes).not.toContain('POISTETTAVA');
    expect(await storage.loadEvents('gone')).toEqual([]);
    expect((await storage.loadEvents('other')).map((e) => e.seq)).toEqual([1, 2]);
    recordFigures('deleteOffLoop', {
      fileMb: Math.round(statSync(join(dataDir, 'aquarium.sqlite')).size / 2 ** 20),
      deleteMs: Math.round(deleteMs),
      timerTicksDuringDelete: ticks,
      longestTimerGapMs: Math.round(longestGap),
    });
  }, 60_000);

  it('erases deletes that arrive together, every one of them', async () => {
    dataDir = tempDataDir();
    storage = openSqliteStorage(join(dataDir, 'aquarium.sqlite'));
    for (let i = 0; i < 5; i++) {
      await storage.createSession(created(`s${i}`, `CODE000${i}`, `POISTETTAVA-${i}`));
    }
    await Promise.all([0, 1, 2, 3, 4].map((i) => storage!.deleteSession(`s${i}`)));
    expect(fileBytes()).not.toContain('POISTETTAVA');
    for (let i = 0; i < 5; i++) expect(await storage.sessionIdByJoinCode(`CODE000${i}`)).toBeNull();
  });
});
