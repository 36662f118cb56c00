import type { IncomingMessage, Server as HttpServer } from 'node:http';
import {
  commandNames,
  commands,
  ErrorCode,
  fail,
  PROTOCOL_VERSION,
  SyncRequest,
  type CommandAck,
  type CommandName,
  type ServerStatus,
  type Presence,
  viewFor,
} from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { Server, type ServerOptions } from 'socket.io';
import { z } from 'zod';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock.js';
import type { Metrics } from '../ops/metrics.js';
import { watchChairs } from '../groups/presence.js';
import { hashToken } from '../security/tokens.js';
import { addressKey } from '../security/trustProxy.js';
import type { SessionRegistry } from '../engine/registry.js';
import { VenueAddresses } from './venue.js';
import type { Storage } from '../storage/storage.js';
import { createSuggestionPool } from '../themes/suggest/pool.js';
import { adminHandlers } from './admin.js';
import { useTextEncoder } from './encoder.js';
import { themeSuggestionHandlers } from './themeSuggestions.js';
import type { Inbound } from './inbound.js';
import { originAllowed } from './origin.js';
import { PresenceTracker } from './presence.js';
import { ConnectionCounter } from './connectionCaps.js';
import { TokenBucket } from './rateLimit.js';
import { refused } from './refused.js';
import { Relay } from './relay.js';
import type { RecentGrants } from '../security/recentGrants.js';
import { rooms, roomsFor } from './rooms.js';
import type { AppServer, AppSocket } from './types.js';

/**
 * A staff or projector connection (that accepts one) missing more stored events than this gets its audience's
 * folded state in its sync answer instead of the events: a console catching up on a long session receives
 * the state (one entry per thought), not every event since the start.
 */
const SNAPSHOT_BEHIND = 100;

const Handshake = z.object({ protocolVersion: z.number(), token: z.string().min(1).max(200) });

/** Inbound events allowed per socket: a steady rate and a burst. */
export interface SocketRate {
  perSecond: number;
  burst: number;
}

/** The app's socket.io server: authenticates, answers sync requests and runs commands. */
export const createRealtime = (
  httpServer: HttpServer,
  deps: {
    storage: Storage;
    clock: Clock;
    publicUrl: string;
    socketRate?: SocketRate;
    /** Shares rooms and broadcasts with other server nodes (the Redis streams adapter). */
    adapter?: ServerOptions['adapter'];
    /** The client's real address (behind a trusted proxy, from `X-Forwarded-For`). */
    clientAddress?: (req: IncomingMessage) => string;
    /** Open websockets one address, and one token, may hold on this node. */
    connectionsPerAddress?: number;
    connectionsPerToken?: number;
    /** Several nodes share the storage: each reads the others' events back (see Relay). */
    sharedStorage?: boolean;
    /** What the server stands on, told to every connection when it changes. */
    status?: () => ServerStatus;
    /** Tokens this node's joins have just issued, for their first handshake. */
    recentGrants?: RecentGrants;
    metrics?: Metrics;
    /** A line per command (name, session, duration, outcome; never its payload) goes here. */
    log?: FastifyBaseLogger;
    /** False while the node drains for shutdown: new connections are refused and go to another node. */
    accepting?: () => boolean;
  },
) => {
  const clientAddress = deps.clientAddress ?? ((req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown');
  const byAddress = new ConnectionCounter(deps.connectionsPerAddress ?? 2200);
  const byToken = new ConnectionCounter(deps.connectionsPerToken ?? 10);
  const rate = deps.socketRate ?? { perSecond: 10, burst: 30 };
  const io: AppServer = new Server(httpServer, {
    serveClient: false,
    ...(deps.adapter ? { adapter: deps.adapter } : {}),
    allowRequest: (req, callback) => callback(null, originAllowed(req, deps.publicUrl)),
    // The largest legitimate message is a full session setup; 1 MB is socket.io's default.
    maxHttpBufferSize: 200_000,
    // A dropped phone is noticed within about five seconds: a small group waits for its chair no longer.
    pingInterval: 2_500,
    pingTimeout: 2_500,
  });

  useTextEncoder(io);

  // Each node tells its own staff; with several nodes, the nodes share their counts through the adapter.
  const nodeId = nanoid();
  // Small groups hear when their chair's connection drops (set once the sessions are attached).
  let chairs: ((sessionId: string, p: Presence) => Promise<void>) | null = null;
  const presence = new PresenceTracker({
    tell: (sessionId, p) => {
      io.local.to(rooms.staff(sessionId)).emit('session:presence', p);
      void chairs?.(sessionId, p);
    },
    ...(deps.adapter ? { share: (sessionId, own) => io.serverSideEmit('presence', nodeId, sessionId, own) } : {}),
    canHear: () => deps.status?.().broadcast !== 'delayed',
  });
  if (deps.adapter) io.on('presence', (from, sessionId, own) => presence.receive(from, sessionId, own));
  // Where each session's staff and projector are connected from, known to every node: a venue's phones may join
  // through any of them.
  const venue = new VenueAddresses({
    ...(deps.adapter
      ? { share: (sessionId, addresses) => io.serverSideEmit('venue', nodeId, sessionId, addresses) }
      : {}),
    canHear: () => deps.status?.().broadcast !== 'delayed',
  });
  if (deps.adapter) io.on('venue', (from, sessionId, addresses) => venue.receive(from, sessionId, addresses));

  const relay = new Relay(io, { shared: deps.sharedStorage ?? false, wake: deps.adapter !== undefined });
  if (deps.adapter) io.on('stored', (sessionId, seq) => relay.stored(sessionId, seq));
  const publish = relay.publish;
  // Theme suggestions are computed in a worker thread, not between commands.
  const suggestions = createSuggestionPool();
  /** Tells this node's connections that the database or Redis was lost or is back. */
  const tellStatus = (status: ServerStatus) => io.local.emit('server:status', status);

  io.use(async (socket, next) => {
    if (deps.accepting && !deps.accepting()) return next(new Error(ErrorCode.ShuttingDown));
    const auth = Handshake.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error(ErrorCode.Unauthorized));
    if (auth.data.protocolVersion !== PROTOCOL_VERSION) return next(new Error(ErrorCode.ProtocolMismatch));
    try {
      const tokenHash = hashToken(auth.data.token);
      // A phone connecting right after its join: the grant its join just wrote, else the tokens table.
      const grant = deps.recentGrants?.take(tokenHash) ?? (await deps.storage.findToken(tokenHash));
      if (!grant) return next(new Error(ErrorCode.Unauthorized));
      // Caps after authentication, so a made-up token spends nothing; counted until the connection closes.
      const address = addressKey(clientAddress(socket.request));
      if (!byAddress.open(address)) return next(new Error(ErrorCode.RateLimited));
      if (!byToken.open(tokenHash)) {
        byAddress.close(address);
        return next(new Error(ErrorCode.RateLimited));
      }
      // Counted until the transport closes (also a handshake that never finished connecting), once.
      let counted = true;
      const release = () => {
        if (!counted) return;
        counted = false;
        byAddress.close(address);
        byToken.close(tokenHash);
      };
      socket.conn.once('close', release);
      socket.once('disconnect', release);
      socket.data = { ...grant, tokenHash };
      if (grant.role !== 'participant') venue.add(grant.sessionId, address, socket);
      next();
    } catch (err) {
      next(new Error(refused(err).error.code));
    }
  });

  /** Tells every connection of a session that it is gone, and closes them. */
  const closeSession = (sessionId: string) => {
    const all = [rooms.staff(sessionId), rooms.screen(sessionId), rooms.participants(sessionId)];
    io.to(all).emit('session:deleted');
    io.in(all).disconnectSockets(true);
  };

  /** `sync:request`: what the connection missed (or its audience's folded state, when far behind). */
  const statusOk = (s: ServerStatus) => s.storage === 'ok' && s.broadcast === 'ok';

  const syncRequest =
    (registry: SessionRegistry): Inbound =>
    async (socket, payload, ack) => {
      if (typeof ack !== 'function') return;
      const { sessionId, role, participantId } = socket.data;
      const parsed = SyncRequest.safeParse(payload);
      if (!parsed.success) return ack(fail(ErrorCode.InvalidPayload, z.prettifyError(parsed.error)));
      // Before the answer, and only when something is wrong: a client takes a new connection as all well (a phone
      // that comes from a node that had lost its storage, to this one that has it), so only a lost storage or
      // Redis needs telling. Not one more message per phone joining when all is well (issue #24).
      const status = deps.status?.();
      if (status && !statusOk(status)) socket.emit('server:status', status);
      try {
        const runtime = await registry.get(sessionId);
        if (!runtime) return ack(fail(ErrorCode.NotFound, 'the session no longer exists'));
        // registry.get caught up with the other nodes; the head is read at the same moment as the events.
        const { lastSeq } = parsed.data;
        // Staff and the projector far behind start from their audience's folded state, not the whole log.
        const snapshot =
          parsed.data.snapshot === true && (lastSeq === 0 || runtime.countAfter(lastSeq) > SNAPSHOT_BEHIND)
            ? runtime.snapshotFor(role)
            : null;
        const from = snapshot && snapshot.seq > lastSeq ? snapshot.seq : lastSeq;
        const head = runtime.heads.headFor(role, participantId);
        // A phone's own index; staff and the projector see most of the log.
        const events =
          role === 'participant'
            ? runtime.phones.after(participantId, from)
            : runtime.eventsAfter(from).flatMap((e) => viewFor(e, role, participantId) ?? []);
        ack({
          ok: true,
          sessionId,
          role,
          participantId,
          ...(snapshot && snapshot.seq > lastSeq ? { snapshot } : {}),
          // Each audience's own copy: the projector's without the groups' texts.
          events,
          serverNow: deps.clock.now(),
          head,
        });
        relay.synced(sessionId, participantId, head);
      } catch (err) {
        return ack(refused(err));
      }
      if (role === 'facilitator' || role === 'scribe') socket.emit('session:presence', presence.snapshot(sessionId));
    };

  /** A command: role first, then the shared schema, then the session's own rules; timed, logged, answered. */
  const command =
    (registry: SessionRegistry, name: CommandName): Inbound =>
    async (socket, payload, ack) => {
      if (typeof ack !== 'function') return;
      const started = performance.now();
      let answer: CommandAck;
      try {
        answer = await runCommand(registry, socket, name, payload);
      } catch (err) {
        answer = refused(err);
      }
      const ms = performance.now() - started;
      const outcome = answer.ok ? 'ok' : answer.error.code;
      deps.metrics?.command(name, outcome, ms / 1000);
      const { sessionId, role } = socket.data;
      deps.log?.info({ command: name, session: sessionId, role, ms: Math.round(ms * 10) / 10, outcome }, 'command');
      ack(answer);
    };

  /** Every inbound message's handler, made once for all sockets. */
  const inboundTable = (registry: SessionRegistry) =>
    new Map<string, Inbound>([
      ...Object.entries(
        adminHandlers({ io, registry, storage: deps.storage, publicUrl: deps.publicUrl, closeSession }),
      ),
      ...Object.entries(themeSuggestionHandlers({ registry, pool: suggestions })),
      ['sync:request', syncRequest(registry)],
      ...commandNames.map((name): [string, Inbound] => [name, command(registry, name)]),
    ]);

  const attach = (registry: SessionRegistry) => {
    relay.attach(registry);
    chairs = watchChairs(registry);
    const inbound = inboundTable(registry);
    io.on('connection', (socket: AppSocket) => {
      const { sessionId, role, participantId } = socket.data;
      void socket.join(roomsFor(sessionId, role, participantId));
      presence.change(sessionId, role, participantId, 1);
      relay.connect(sessionId, 1);
      registry.retain(sessionId);
      deps.metrics?.connected(role, 1);
      socket.on('disconnect', () => {
        presence.change(sessionId, role, participantId, -1);
        relay.connect(sessionId, -1);
        registry.release(sessionId);
        deps.metrics?.connected(role, -1);
      });
      const bucket = new TokenBucket(rate.perSecond, rate.burst);
      // Every inbound event spends a token; past the limit it is answered RATE_LIMITED and not run. The
      // refusal says when a token is back: the client sends the same command id again then (a reconnect's
      // replays are paced, never lost). Then the server's one table of handlers answers it; a name no
      // handler knows (misspelt, or from a newer client) is answered too, never left waiting.
      socket.use((event) => {
        if (!bucket.take()) {
          const ack = event[event.length - 1];
          if (typeof ack === 'function') ack({ ok: false, error: refusal(bucket) });
          return;
        }
        const [name, payload, ack] = event as [string, unknown, unknown];
        const handler = inbound.get(name);
        if (handler) return void handler(socket, payload, ack);
        const last = event[event.length - 1];
        if (typeof last === 'function')
          last(fail(ErrorCode.UnknownCommand, `unknown command: ${String(name).slice(0, 60)}`));
      });
    });
  };

  const close = async () => {
    // Connections closing with the server are not chairs dropping out of their groups.
    chairs = null;
    presence.stop();
    venue.stop();
    relay.stop();
    await suggestions.close();
    await io.close();
  };

  return { io, publish, attach, close, closeSession, tellStatus, venue };
};

const refusal = (bucket: TokenBucket) => ({
  code: ErrorCode.RateLimited,
  message: 'too many messages; slow down',
  retryInMs: bucket.msUntilNext(),
});

/** Role first, then the shared schema, then the session's own rules. */
const runCommand = async (
  registry: SessionRegistry,
  socket: AppSocket,
  name: CommandName,
  payload: unknown,
): Promise<CommandAck> => {
  const { sessionId, role, participantId } = socket.data;
  const command = commands[name];
  if (!command.roles.includes(role)) return fail(ErrorCode.Forbidden, `a ${role} may not ${name}`);
  const parsed = command.schema.safeParse(payload);
  if (!parsed.success) return fail(ErrorCode.InvalidPayload, z.prettifyError(parsed.error));
  const runtime = await registry.get(sessionId);
  if (!runtime) return fail(ErrorCode.NotFound, 'the session no longer exists');
  // The parsed payload matches `name` by construction; TypeScript cannot follow the correlation.
  return runtime.execute(name, parsed.data as never, { role, participantId });
};
