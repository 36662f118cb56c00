import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type CommandAck,
  type CreateSessionResponse,
  type JoinResponse,
  type ServerToClientEvents,
  type SessionEvent,
  type SyncAck,
  defaultAquariumSetup,
} from '@aquarium/shared';
import { io, type Socket } from 'socket.io-client';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export const post = async <T>(url: string, body: unknown): Promise<T> => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
};

export const createSession = (base: string, title: string) =>
  post<CreateSessionResponse>(`${base}/api/sessions`, { setup: { ...defaultAquariumSetup('fi'), title } });

export const tokenOf = (link: string) => link.split('#')[1]!;

/** Connects, syncs and starts passing every received event batch to `onEvents` with its arrival time. */
export const connect = async (
  base: string,
  token: string,
  onEvents: (events: SessionEvent[], at: number) => void = () => undefined,
  /** Told how long the socket took to connect and its first sync to be answered (ms). */
  timed: (connectMs: number, syncMs: number) => void = () => undefined,
): Promise<ClientSocket> => {
  const t0 = performance.now();
  const socket: ClientSocket = io(base, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  socket.on('session:events', (events) => onEvents(events, performance.now()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no connection in 30 s')), 30_000);
    socket.once('connect', () => (clearTimeout(timer), resolve()));
    socket.once('connect_error', (err) => (clearTimeout(timer), reject(err)));
  }).catch((err: unknown) => {
    socket.disconnect();
    throw err;
  });
  const t1 = performance.now();
  // As the web client asks: staff and the projector far behind get their folded state, not the whole log.
  const sync = (await socket.timeout(60_000).emitWithAck('sync:request', { lastSeq: 0, snapshot: true })) as SyncAck;
  if (!sync.ok) throw new Error(sync.error.message);
  timed(t1 - t0, performance.now() - t1);
  return socket;
};

export const send = (socket: ClientSocket, name: Parameters<ClientSocket['emitWithAck']>[0], payload: object) =>
  socket.timeout(60_000).emitWithAck(name, {
    commandId: `c${Math.random().toString(36).slice(2, 12)}`,
    ...payload,
  }) as Promise<CommandAck>;

/** A phone: joins over HTTP, connects, and records when it saw each phase start (and passes on what it gets). */
export const joinPhone = async (
  base: string,
  joinCode: string,
  index: number,
  onEvents: (events: SessionEvent[], at: number) => void = () => undefined,
  /** Told how long each step of joining took (ms): the HTTP join, the socket's connection, the first sync. */
  timed: (steps: [number, number, number]) => void = () => undefined,
) => {
  const t0 = performance.now();
  const joined = await post<JoinResponse>(`${base}/api/join`, {
    code: joinCode,
    stakeholderGroupId: `g${(index % 6) + 1}`,
  });
  const phaseSeenAt = new Map<number, number>();
  const httpMs = performance.now() - t0;
  const socket = await connect(
    base,
    joined.token,
    (events, at) => {
      for (const e of events) if (e.type === 'phase.entered') phaseSeenAt.set(e.data.index, at);
      onEvents(events, at);
    },
    (connectMs, syncMs) => timed([httpMs, connectMs, syncMs]),
  );
  return { socket, phaseSeenAt, participantId: joined.participantId };
};
export type Phone = Awaited<ReturnType<typeof joinPhone>>;

/** Runs `work` over `items` with at most `limit` at a time. */
export const pool = async <T, R>(items: T[], limit: number, work: (item: T, i: number) => Promise<R>) => {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]!, i);
      }
    }),
  );
  return results;
};

/** A console's first sync on its own connection: its size in KB and round trip in ms, with or without a snapshot. */
export const syncCost = async (base: string, token: string, snapshot: boolean) => {
  const socket: ClientSocket = io(base, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const t0 = performance.now();
    const ack = (await socket.timeout(120_000).emitWithAck('sync:request', { lastSeq: 0, snapshot })) as SyncAck;
    const ms = performance.now() - t0;
    return { ms, kb: JSON.stringify(ack).length / 1024, snapshot: ack.ok && ack.snapshot !== undefined };
  } finally {
    socket.disconnect();
  }
};
