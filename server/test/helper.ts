import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  defaultAquariumSetup,
  PROTOCOL_VERSION,
  reduceAll,
  type ClientToServerEvents,
  type CommandAck,
  type CommandName,
  type CreateSessionResponse,
  type JoinResponse,
  type Presence,
  type ServerToClientEvents,
  type SessionEvent,
  type SessionSetup,
  type SessionState,
  type SyncAck,
} from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { io as connect, type Socket } from 'socket.io-client';
import { createApp, type AppDeps } from '../src/app.js';
import { randomIds, type Clock } from '../src/clock.js';
import type { SocketRate } from '../src/realtime/socket.js';
import { openSqliteStorage } from '../src/storage/sqlite.js';
import { captureEventLogs } from './eventFixtures.js';
import type { Storage } from '../src/storage/storage.js';

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
    async post<T>(path: string, body: unknown) {
      const res = await fetch(url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
    async get<T>(path: string) {
      const res = await fetch(url + path);
      return { status: res.status, body: (await res.json()) as T };
    },
    async createSession(change: Partial<SessionSetup> = {}) {
      const setup = { ...defaultAquariumSetup('fi'), title: 'Alueellinen arviointi', ...change };
      const res = await this.post<CreateSessionResponse>('/api/sessions', { setup });
      if (res.status !== 201) throw new Error(`create failed: ${JSON.stringify(res.body)}`);
      sessionIds.push(res.body.sessionId);
      const token = (link: string) => link.split('#')[1]!;
      return {
        ...res.body,
        tokens: {
          facilitator: token(res.body.links.facilitator),
          scribe: token(res.body.links.scribe),
          screen: token(res.body.links.screen),
        },
      };
    },
    async join(code: string, stakeholderGroupId = 'g1', displayName?: string) {
      const res = await this.post<JoinResponse>('/api/join', { code, stakeholderGroupId, displayName });
      if (res.status !== 201) throw new Error(`join failed: ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async connect(token: string) {
      const client = await TestClient.connect(url, token);
      clients.push(client);
      return client;
    },
  };
};
export type TestServer = Awaited<ReturnType<typeof startServer>>;

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io client that folds what it receives with the shared reducer, as the browser does. */
export class TestClient {
  state: SessionState | null = null;
  received: SessionEvent[] = [];
  presence: Presence | null = null;
  /** Every raw frame received, for privacy assertions. */
  frames: unknown[] = [];
  /** Every raw engine.io packet received, byte for byte as it came over the wire. */
  wire: string[] = [];

  private constructor(readonly socket: ClientSocket) {
    socket.on('session:events', (events) => this.apply(events));
    socket.on('session:presence', (p) => (this.presence = p));
    socket.onAny((...args) => this.frames.push(args));
  }

  static async connect(url: string, token: string, protocolVersion = PROTOCOL_VERSION): Promise<TestClient> {
    const socket: ClientSocket = connect(url, {
      auth: { token, protocolVersion },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    const wire: string[] = [];
    socket.io.on('open', () => socket.io.engine.on('packet', (p: { data?: unknown }) => wire.push(String(p.data))));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (err) => reject(err));
    });
    const client = new TestClient(socket);
    client.wire = wire;
    await client.sync();
    return client;
  }

  apply(events: SessionEvent[]) {
    this.received.push(...events);
    this.state = reduceAll(this.state, events);
  }

  async sync(): Promise<SyncAck> {
    const ack = await this.socket.emitWithAck('sync:request', { lastSeq: this.state?.seq ?? 0 });
    this.frames.push(['sync', ack]);
    if (ack.ok) this.apply(ack.events);
    return ack;
  }

  send(name: CommandName, payload: Record<string, unknown> = {}, commandId = nanoid()): Promise<CommandAck> {
    return this.socket.emitWithAck(name, { commandId, ...payload });
  }

  /** Waits until `check` holds for this client's state (events arrive asynchronously). */
  until(check: (s: SessionState) => boolean, timeoutMs = 3000): Promise<SessionState> {
    return this.poll(
      () => (this.state && check(this.state) ? this.state : null),
      timeoutMs,
      'state',
      () => this.state,
    );
  }

  /** Waits until `check` holds for the presence last sent to this (staff) client. */
  untilPresence(check: (p: Presence) => boolean, timeoutMs = 3000): Promise<Presence> {
    return this.poll(
      () => (this.presence && check(this.presence) ? this.presence : null),
      timeoutMs,
      'presence',
      () => this.presence,
    );
  }

  private async poll<T>(found: () => T | null, timeoutMs: number, what: string, last: () => unknown): Promise<T> {
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
      const value = found();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`condition not met within ${timeoutMs} ms; ${what}: ${JSON.stringify(last())}`);
  }
}
