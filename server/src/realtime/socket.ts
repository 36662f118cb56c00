import type { Server as HttpServer } from 'node:http';
import {
  commandNames,
  commandRoles,
  commandSchemas,
  ErrorCode,
  fail,
  PROTOCOL_VERSION,
  SyncRequest,
  type CommandAck,
  type CommandName,
  type Presence,
  type SessionEvent,
  viewFor,
} from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { Server, type ServerOptions } from 'socket.io';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { watchChairs } from '../groups/presence.js';
import { hashToken } from '../security/tokens.js';
import type { SessionRegistry } from '../sessions/registry.js';
import type { Storage } from '../storage/storage.js';
import { registerAdmin } from './admin.js';
import { originAllowed } from './origin.js';
import { PresenceTracker } from './presence.js';
import { TokenBucket } from './rateLimit.js';
import { rooms, roomsFor, runsByRooms } from './rooms.js';
import type { AppServer, AppSocket } from './types.js';

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
  },
) => {
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
  });
  if (deps.adapter) io.on('presence', (from, sessionId, own) => presence.receive(from, sessionId, own));

  const publish = (sessionId: string, events: SessionEvent[]) => {
    for (const run of runsByRooms(sessionId, events)) {
      if (run.rooms.length > 0) io.to(run.rooms).emit('session:events', run.events);
    }
  };

  io.use(async (socket, next) => {
    const auth = Handshake.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error(ErrorCode.Unauthorized));
    if (auth.data.protocolVersion !== PROTOCOL_VERSION) return next(new Error(ErrorCode.ProtocolMismatch));
    try {
      const tokenHash = hashToken(auth.data.token);
      const grant = await deps.storage.findToken(tokenHash);
      if (!grant) return next(new Error(ErrorCode.Unauthorized));
      socket.data = { ...grant, tokenHash };
      next();
    } catch {
      next(new Error(ErrorCode.Internal));
    }
  });

  /** Tells every connection of a session that it is gone, and closes them. */
  const closeSession = (sessionId: string) => {
    const all = [rooms.staff(sessionId), rooms.screen(sessionId), rooms.participants(sessionId)];
    io.to(all).emit('session:deleted');
    io.in(all).disconnectSockets(true);
  };

  const attach = (registry: SessionRegistry) => {
    chairs = watchChairs(registry);
    io.on('connection', (socket: AppSocket) => {
      const { sessionId, role, participantId } = socket.data;
      void socket.join(roomsFor(sessionId, role, participantId));
      presence.change(sessionId, role, participantId, 1);
      socket.on('disconnect', () => presence.change(sessionId, role, participantId, -1));
      const bucket = new TokenBucket(rate.perSecond, rate.burst);
      // Every inbound event spends a token; past the limit it is answered RATE_LIMITED and not run.
      socket.use(([, , ack], next) => {
        if (bucket.take()) return next();
        if (typeof ack === 'function') ack(fail(ErrorCode.RateLimited, 'too many messages; slow down'));
      });

      registerAdmin(socket, { io, registry, storage: deps.storage, publicUrl: deps.publicUrl, closeSession });

      socket.on('sync:request', async (payload, ack) => {
        if (typeof ack !== 'function') return;
        const parsed = SyncRequest.safeParse(payload);
        if (!parsed.success) return ack(fail(ErrorCode.InvalidPayload, z.prettifyError(parsed.error)));
        const runtime = await registry.get(sessionId);
        if (!runtime) return ack(fail(ErrorCode.NotFound, 'the session no longer exists'));
        await runtime.refresh();
        const events = runtime.eventsAfter(parsed.data.lastSeq);
        ack({
          ok: true,
          sessionId,
          role,
          participantId,
          // Each audience's own copy: the projector's without the groups' texts.
          events: events.flatMap((e) => viewFor(e, role, participantId) ?? []),
          serverNow: deps.clock.now(),
        });
        if (role === 'facilitator' || role === 'scribe') socket.emit('session:presence', presence.snapshot(sessionId));
      });

      for (const name of commandNames) {
        socket.on(name, async (payload: unknown, ack: (res: CommandAck) => void) => {
          if (typeof ack !== 'function') return;
          ack(await runCommand(registry, socket, name, payload));
        });
      }
    });
  };

  const close = async () => {
    // Connections closing with the server are not chairs dropping out of their groups.
    chairs = null;
    presence.stop();
    await io.close();
  };

  return { io, publish, attach, close, closeSession };
};

/** Role first, then the shared schema, then the session's own rules. */
const runCommand = async (
  registry: SessionRegistry,
  socket: AppSocket,
  name: CommandName,
  payload: unknown,
): Promise<CommandAck> => {
  const { sessionId, role, participantId } = socket.data;
  if (!commandRoles[name].includes(role)) return fail(ErrorCode.Forbidden, `a ${role} may not ${name}`);
  const parsed = commandSchemas[name].safeParse(payload);
  if (!parsed.success) return fail(ErrorCode.InvalidPayload, z.prettifyError(parsed.error));
  const runtime = await registry.get(sessionId);
  if (!runtime) return fail(ErrorCode.NotFound, 'the session no longer exists');
  // The parsed payload matches `name` by construction; TypeScript cannot follow the correlation.
  return runtime.execute(name, parsed.data as never, { role, participantId });
};
