import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SessionSetup } from '@aquarium/shared';
import { createApp, type AppDeps } from '../src/app.js';
import { randomIds, type Clock } from '../src/clock.js';
import type { SocketRate } from '../src/realtime/socket.js';
import { openSqliteStorage } from '../src/storage/sqlite.js';
import type { Storage } from '../src/storage/storage.js';
import { captureEventLogs } from './eventFixtures.js';
import { createSession, getJson, joinSession, postJson, TestClient } from '@aquarium/testkit';

export { TestClient } from '@aquarium/testkit';

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  constructor(public t = Date.UTC(2026, 10, 22, 9, 0, 0)) {}
  now() {
    return this.t;
  }
  advance(ms: number) {
    this.t += ms;
  }
}

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'aquarium-test-'));

/** A real server on port 0 with a temporary SQLite file. Call `close()` in afterEach. */
export const startServer = async (
  opts: {
    dataDir?: string;
    clock?: Clock;
    joinFailuresPerMinute?: number;
    socketRate?: SocketRate;
    logger?: AppDeps['logger'];
    clientDir?: string;
    /** Any other dependency of the app (limits, caps, proxy trust, render workers). */
    app?: Partial<AppDeps>;
    /** Options of the SQLite file (a page limit for a disk that fills). */
    sqlite?: Parameters<typeof openSqliteStorage>[1];
  } = {},
) => {
  const dataDir = opts.dataDir ?? tempDataDir();
  const storage: Storage = openSqliteStorage(join(dataDir, 'aquarium.sqlite'), opts.sqlite);
  const clock = opts.clock ?? new ManualClock();
  const built = await createApp({
    storage,
    clock,
    ids: randomIds,
    publicUrl: 'http://aquarium.test',
    joinFailuresPerMinute: opts.joinFailuresPerMinute,
    logger: opts.logger,
    clientDir: opts.clientDir,
    // Tests send fast on purpose; the rate limit has a test of its own.
    socketRate: opts.socketRate ?? { perSecond: 10_000, burst: 10_000 },
    // vitest runs files side by side on every core: at nice 19 a render would starve behind them.
    renderNice: 0,
    ...opts.app,
  });
  await built.app.listen({ port: 0, host: '127.0.0.1' });
  const address = built.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${address.port}`;
  const clients: TestClient[] = [];
  const sessionIds: string[] = [];
  return {
    ...built,
    url,
    dataDir,
    clock,
    storage,
    clients,
    /** Closes clients and server; keeps the data directory unless `removeData`. */
    async close(removeData = !opts.dataDir) {
      for (const c of clients) c.socket.disconnect();
      await built.app.close();
      await captureEventLogs(storage, sessionIds);
      await storage.close();
      if (removeData) rmSync(dataDir, { recursive: true, force: true });
    },
    post: <T>(path: string, body: unknown) => postJson<T>(url + path, body),
    get: <T>(path: string) => getJson<T>(url + path),
    async createSession(change: Partial<SessionSetup> = {}) {
      const created = await createSession(url, change);
      sessionIds.push(created.sessionId);
      return created;
    },
    join: (code: string, stakeholderGroupId = 'g1', displayName?: string) =>
      joinSession(url, code, stakeholderGroupId, displayName),
    async connect(token: string) {
      const client = await TestClient.connect(url, token);
      clients.push(client);
      return client;
    },
  };
};
export type TestServer = Awaited<ReturnType<typeof startServer>>;
