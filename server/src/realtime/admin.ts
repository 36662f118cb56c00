import { DeleteSessionRequest, ErrorCode, fail, normalizeJoinCode, paths, RotateLinkRequest } from '@aquarium/shared';
import { hashToken, newToken } from '../security/tokens.js';
import type { SessionRegistry } from '../engine/registry.js';
import type { Storage } from '../storage/storage.js';
import type { Inbound } from './inbound.js';
import { refused } from './refused.js';
import type { AppServer } from './types.js';

interface Deps {
  io: AppServer;
  registry: SessionRegistry;
  storage: Storage;
  publicUrl: string;
  closeSession: (sessionId: string) => void;
}

/** A facilitator's powers over the session itself: delete everything now, replace a secret link. */
export const adminHandlers = (deps: Deps): Record<'session:delete' | 'links:rotate', Inbound> => ({
  'session:delete': async (socket, payload, ack) => {
    if (typeof ack !== 'function') return;
    const { sessionId, role } = socket.data;
    if (role !== 'facilitator') return ack(fail(ErrorCode.Forbidden, 'only a facilitator can delete the session'));
    const parsed = DeleteSessionRequest.safeParse(payload);
    try {
      const runtime = await deps.registry.get(sessionId);
      if (!parsed.success || !runtime || normalizeJoinCode(parsed.data.joinCode) !== runtime.current.joinCode) {
        return ack(fail(ErrorCode.InvalidPayload, 'type the join code to confirm'));
      }
      await deps.registry.delete(sessionId);
    } catch (err) {
      return ack(refused(err));
    }
    ack({ ok: true });
    deps.closeSession(sessionId);
  },

  'links:rotate': async (socket, payload, ack) => {
    if (typeof ack !== 'function') return;
    const { sessionId, role } = socket.data;
    if (role !== 'facilitator') return ack(fail(ErrorCode.Forbidden, 'only a facilitator can replace links'));
    const parsed = RotateLinkRequest.safeParse(payload);
    if (!parsed.success) return ack(fail(ErrorCode.InvalidPayload, 'role must be facilitator, scribe or screen'));
    const target = parsed.data.role;
    const token = newToken();
    const hash = hashToken(token);
    try {
      await deps.storage.replaceToken(sessionId, target, hash);
      // Everyone still connected with an old link of that role is disconnected now.
      const room = `${sessionId}:${target === 'screen' ? 'screen' : 'staff'}`;
      for (const other of await deps.io.in(room).fetchSockets()) {
        if (other.data.role === target && other.data.tokenHash !== hash && other.id !== socket.id)
          other.disconnect(true);
      }
    } catch (err) {
      return ack(refused(err));
    }
    ack({ ok: true, link: `${deps.publicUrl}${paths[target]}#${token}` });
  },
});
