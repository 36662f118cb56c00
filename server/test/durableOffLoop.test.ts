import { mkdirSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newEvent, type SessionEvent } from '@aquarium/shared';
import { storageFailure } from '../src/storage/failure.js';
import { openSqliteStorage } from '../src/storage/sqlite.js';
import { WalSync } from '../src/storage/walSync.js';
import type { Storage } from '../src/storage/storage.js';
import { startServer, tempDataDir, type TestServer } from './helper.js';

/** A promise the test settles by hand. */
const deferred = () => {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

/** Whether `p` has settled after the loop has run everything already queued. */
const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((r) => setImmediate(r));
  return done;
};

const joined = (seq: number, id: string): SessionEvent =>
  ({
    ...newEvent('participant.joined', { participant: { id, displayName: null, stakeholderGroupId: 'g1' } }),
    seq,
    at: 0,
  }) as SessionEvent;

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const storageIn = (dir: string, syncs?: () => Promise<void>): Storage => {
  const storage = openSqliteStorage(join(dir, 'aquarium.sqlite'), syncs ? { syncWal: syncs } : {});
  cleanup.push(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return storage;
};

describe('a group commit made durable off the event loop', () => {
  it('resolves only after its WAL is synced, and a failed sync fails the write', async () => {
    const pending: ReturnType<typeof deferred>[] = [];
    const storage = storageIn(tempDataDir(), () => {
      const d = deferred();
      pending.push(d);
      return d.promise;
    });
    await storage.createSession({ id: 's1', joinCode: 'ABC123', createdAt: 0, tokens: [], events: [] });

    const write = storage.appendMany!([{ sessionId: 's1', batch: { events: [joined(1, 'p1')] } }]);
    expect(await settled(write)).toBe(false);
    expect(pending).toHaveLength(1);
    pending[0]!.resolve();
    await write;

    const failing = storage.appendMany!([{ sessionId: 's1', batch: { events: [joined(2, 'p2')] } }]);
    pending[1]!.reject(Object.assign(new Error('EIO'), { code: 'SQLITE_IOERR_FSYNC' }));
    await expect(failing).rejects.toMatchObject({ code: 'SQLITE_IOERR_FSYNC' });
  });

  it('lets the event loop turn while the disk syncs, and the events are stored', async () => {
    const storage = storageIn(tempDataDir());
    await storage.createSession({ id: 's1', joinCode: 'ABC123', createdAt: 0, tokens: [], events: [] });
    let turned = false;
    const write = storage.appendMany!([{ sessionId: 's1', batch: { events: [joined(1, 'p1'), joined(2, 'p2')] } }]);
    setImmediate(() => (turned = true));
    await write;
    // Under FULL, better-sqlite3 returned only after the sync, before the loop could turn.
    expect(turned).toBe(true);
    expect((await storage.loadEvents('s1')).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('syncs the WAL SQLite writes, passes over one that is gone, and reports a failure as SQLite would', async () => {
    const dir = tempDataDir();
    const storage = storageIn(dir);
    await storage.createSession({ id: 's1', joinCode: 'ABC123', createdAt: 0, tokens: [], events: [] });
    const file = join(dir, 'some-wal');
    const openOn = () =>
      readdirSync('/proc/self/fd').flatMap((fd) => {
        try {
          const target = readlinkSync(`/proc/self/fd/${fd}`);
          return target.startsWith(file) ? [target] : [];
        } catch {
          return []; // closed meanwhile
        }
      });
    const wal = new WalSync(file);
    cleanup.push(async () => wal.close());
    await expect(wal.sync()).resolves.toBeUndefined(); // none yet
    writeFileSync(file, 'first');
    await wal.sync();
    expect(openOn()).toEqual([file]);
    // SQLite removed the WAL and made a new one: the new one is synced, the old one let go.
    rmSync(file);
    writeFileSync(file, 'second');
    await wal.sync();
    expect(openOn()).toEqual([file]);

    mkdirSync(join(dir, 'a-directory'));
    const err = await new WalSync(join(dir, 'a-directory')).sync().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'SQLITE_IOERR_FSYNC' });
    expect(storageFailure(err)).toBe('unavailable');
  });
});

describe('a phone joining', () => {
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('is answered only once its join is synced to disk', async () => {
    let hold: ReturnType<typeof deferred> | null = null;
    const held = deferred();
    server = await startServer({
      sqlite: {
        syncWal: () => {
          if (!hold) return Promise.resolve();
          held.resolve();
          return hold.promise;
        },
      },
    });
    const created = await server.createSession();
    hold = deferred();
    const join = server.join(created.joinCode);
    // The join's transaction is committed and its sync started: the phone has no answer until it ends.
    await held.promise;
    expect(await settled(join)).toBe(false);
    hold.resolve();
    const answer = await join;
    expect(answer.token).toBeTruthy();
  });
});
