import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareWithFullSync, expectedHeads, outcomes, until } from './cluster.js';
import { recordFigures } from './figures.js';
import { startServer, type TestServer } from './helper.js';
import { LiveClient } from '@aquarium/testkit';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A 6 MB tmpfs for the data directory, so SQLite really meets a full disk; null where mounting is not allowed. */
const smallDisk = () => {
  const dir = mkdtempSync(join(tmpdir(), 'aquarium-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    /** Fills what is left with a file; returns a function that deletes it again. */
    fill() {
      const file = join(dir, 'filler');
      const fd = openSync(file, 'w');
      const chunk = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch {
        // ENOSPC: the disk is full
      }
      try {
        for (;;) writeSync(fd, chunk, 0, 512);
      } catch {
        // to the last block
      }
      closeSync(fd);
      return () => rmSync(file, { force: true });
    },
    unmount() {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

const readyz = async (url: string) => {
  const res = await fetch(`${url}/readyz`);
  return { status: res.status, body: (await res.json()) as { storage: string } };
};

describe('the SQLite disk fills up', () => {
  it('refuses with STORAGE_FULL, says so, keeps running, and completes what was typed once there is room', async () => {
    const disk = smallDisk();
    if (disk) cleanup.push(() => disk.unmount());
    // Where a tmpfs cannot be mounted: a page limit makes SQLite answer SQLITE_FULL the same way.
    const server: TestServer = await startServer(disk ? { dataDir: disk.dir } : { sqlite: { maxPageCount: 120 } });
    cleanup.push(() => server.close(!disk));
    const created = await server.createSession();
    const url = () => [server.url];
    const facilitator = await LiveClient.open(url, created.tokens.facilitator);
    const screen = await LiveClient.open(url, created.tokens.screen);
    const joins = await Promise.all(
      Array.from({ length: 20 }, (_, i) => server.join(created.joinCode, `g${(i % 5) + 1}`)),
    );
    const phones = await Promise.all(joins.map((j) => LiveClient.open(url, j.token)));
    const clients = [facilitator, screen, ...phones];
    cleanup.push(() => clients.forEach((c) => c.close()));
    await facilitator.send('settings:update', { thoughtsNeedApproval: false });
    await facilitator.send('session:start');

    // The disk fills (or the page limit is reached) while phones send thoughts.
    const free = disk?.fill();
    let n = 0;
    const typed = (p: LiveClient, i: number) =>
      p.send(
        'thought:submit',
        { thoughtId: `full-${i}-${++n}`, text: 'x'.repeat(900), questionId: 'q1', showName: false },
        { durable: true },
      );
    const sending = phones.map((p, i) => typed(p, i));
    await until(() => phones.some((p) => p.made.some((m) => m.heldBy.includes('STORAGE_FULL'))), 20_000, 'a full disk');
    if (!disk) {
      // Keep sending until the page limit is met.
      while (!phones.some((p) => p.made.some((m) => m.heldBy.includes('STORAGE_FULL')))) await typed(phones[0]!, 0);
    }
    const click = await facilitator.send('phase:next', { expectedIndex: 0 });
    const during = await readyz(server.url);
    const health = (await fetch(`${server.url}/api/health`)).status;
    await until(() => clients.every((c) => c.statuses.at(-1)?.storage === 'full'), 10_000, 'every screen is told');

    const figures: Record<string, unknown> = {
      disk: disk ? 'tmpfs 6 MB' : 'max_page_count 120',
      clickDuringFull: click.ok ? 'ok' : click.error.code,
      readyzDuringFull: `${during.status} ${during.body.storage}`,
      healthDuringFull: health,
      screensTold: clients.filter((c) => c.statuses.some((s) => s.storage === 'full')).length,
    };
    expect(click.ok ? 'ok' : click.error.code).toBe('STORAGE_FULL');
    expect(during).toMatchObject({ status: 503, body: { storage: 'full' } });
    expect(health).toBe(200);

    if (free) {
      // Room again: what was typed is saved (once), the facilitator presses again, every screen converges.
      free();
      const freedAt = Date.now();
      await Promise.all(sending);
      figures.typedSavedAfterRoomMs = Date.now() - freedAt;
      expect((await facilitator.send('phase:next', { expectedIndex: 0 })).ok).toBe(true);
      await until(() => clients.every((c) => c.state?.currentPhase === 1), 10_000, 'the new phase everywhere');
      await until(() => clients.every((c) => c.statuses.at(-1)?.storage === 'ok'), 10_000, 'the all-clear');
      expect((await readyz(server.url)).status).toBe(200);
      const tokens = [created.tokens.facilitator, created.tokens.screen, ...joins.map((j) => j.token)];
      const heads = await expectedHeads(server.url, tokens);
      await until(() => clients.every((c, i) => c.seq === heads[i]), 10_000, 'every client at its head');
      const compared = await compareWithFullSync(server.url, clients, tokens);
      const events = await server.storage.loadEvents(created.sessionId);
      const ids = events.flatMap((e) => (e.type === 'thought.submitted' ? [e.data.thought.id] : []));
      const done = outcomes(clients);
      Object.assign(figures, compared, {
        answers: done.byCode,
        heldThenCompleted: done.held,
        thoughtsStored: ids.length,
        doubled: ids.length - new Set(ids).size,
        ackedLost: done.acked.filter(
          ({ m }) => m.name === 'thought:submit' && !ids.includes(String(m.payload.thoughtId)),
        ).length,
      });
      expect(compared).toEqual({ neverShown: 0, lateLeft: 0, differing: 0 });
      expect(figures.doubled).toBe(0);
      expect(figures.ackedLost).toBe(0);
      expect(done.unanswered).toBe(0);
    }
    // (With a page limit instead of a tmpfs, the limit cannot be lifted from outside: refusing, telling and
    // staying up is what is checked.)
    recordFigures('diskFull', figures);
  });
});
