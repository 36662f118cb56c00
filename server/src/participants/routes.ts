import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, JoinRequest, newEvent, type JoinInfo, type JoinResponse } from '@aquarium/shared';
import { z } from 'zod';
import type { Ids } from '../clock.js';
import { sendError } from '../http/errors.js';
import { sessionByCode } from '../http/sessionByCode.js';
import type { Allowance, Limit } from '../security/limits.js';
import type { RecentGrants } from '../security/recentGrants.js';
import { setPass } from '../security/pass.js';
import { hashToken, newToken } from '../security/tokens.js';
import { addressKey } from '../security/trustProxy.js';
import type { SessionRegistry } from '../engine/registry.js';
import type { SessionRuntime } from '../engine/runtime.js';
import type { Storage } from '../storage/storage.js';

interface Deps {
  storage: Storage;
  registry: SessionRegistry;
  ids: Ids;
  joinFailures: Allowance;
  /** Participants created per address per minute. */
  joins: Limit;
  /** Per session and address, where the session's staff or projector are connected from (a venue). */
  venueJoins: Limit;
  isVenue: (sessionId: string, address: string) => boolean;
  /** Where a new phone's grant is kept for its first handshake. */
  recentGrants?: RecentGrants;
  /** Participants one session may hold. */
  maxParticipants: number;
  publicUrl: string;
}

/** Flood protection only; guessing is stopped by the failure limiter. */
const rateLimit = { max: 3000, timeWindow: '1 minute' };

/** Joining from a phone: look up the code, then join with an optional name and a stakeholder group. */
export const joinRoutes = async (app: FastifyInstance, deps: Deps) => {
  /** Finds the open session behind a code, or replies with why not (and counts the failure). */
  const openSession = async (
    request: FastifyRequest,
    reply: FastifyReply,
    input: string,
  ): Promise<SessionRuntime | null> => {
    const runtime = await sessionByCode(deps, request, reply, input);
    if (!runtime) return null;
    const s = runtime.current;
    if (!s.joiningOpen || s.status === 'ended') {
      await sendError(reply, 410, ErrorCode.JoiningClosed, 'joining this session is closed');
      return null;
    }
    return runtime;
  };

  app.get<{ Params: { code: string } }>('/api/join/:code', { config: { rateLimit } }, async (request, reply) => {
    const runtime = await openSession(request, reply, request.params.code.slice(0, 20));
    if (!runtime) return reply;
    const { setup } = runtime.current;
    const info: JoinInfo = {
      sessionId: runtime.id,
      title: setup.title,
      language: setup.language,
      stakeholderGroups: setup.stakeholderGroups,
      developmentThemes: setup.method === 'smallGroups' ? (setup.developmentThemes ?? []) : [],
      plainLanguage: setup.plainLanguage === true,
      method: setup.method,
    };
    return info;
  });

  app.post('/api/join', { config: { rateLimit } }, async (request, reply) => {
    const parsed = JoinRequest.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, ErrorCode.InvalidPayload, z.prettifyError(parsed.error));
    const { code, displayName, stakeholderGroupId, developmentThemeId } = parsed.data;
    const runtime = await openSession(request, reply, code);
    if (!runtime) return reply;
    if (!runtime.current.setup.stakeholderGroups.some((g) => g.id === stakeholderGroupId)) {
      return sendError(reply, 400, ErrorCode.InvalidPayload, 'no such stakeholder group in this session');
    }
    if (
      developmentThemeId &&
      !(runtime.current.setup.developmentThemes ?? []).some((t) => t.id === developmentThemeId)
    ) {
      return sendError(reply, 400, ErrorCode.InvalidPayload, 'no such theme in this session');
    }
    if (runtime.current.participantOrder.length >= deps.maxParticipants) {
      return sendError(
        reply,
        409,
        ErrorCode.SessionFull,
        `this session already has ${deps.maxParticipants} participants`,
      );
    }
    const address = addressKey(request.ip);
    const allowed = deps.isVenue(runtime.id, address)
      ? await deps.venueJoins.take(`${runtime.id}:${address}`)
      : await deps.joins.take(address);
    if (!allowed) {
      return sendError(reply, 429, ErrorCode.RateLimited, 'too many joins from this address; wait a minute');
    }
    const participantId = deps.ids.id();
    const token = newToken();
    const hash = hashToken(token);
    await runtime.record(
      () => [
        newEvent('participant.joined', {
          participant: {
            id: participantId,
            displayName: displayName || null,
            stakeholderGroupId,
            ...(developmentThemeId ? { developmentThemeId } : {}),
          },
        }),
      ],
      [{ hash, sessionId: runtime.id, role: 'participant', participantId }],
    );
    // Written and durable: the phone's handshake, a moment from now, finds it without reading it back.
    deps.recentGrants?.add(hash, { sessionId: runtime.id, role: 'participant', participantId });
    const body: JoinResponse = { sessionId: runtime.id, participantId, token };
    setPass(reply, token, deps.publicUrl.startsWith('https:'));
    return reply.code(201).send(body);
  });
};
