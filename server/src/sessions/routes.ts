import type { FastifyInstance } from 'fastify';
import {
  CreateSessionRequest,
  ErrorCode,
  newEvent,
  paths,
  type CreateSessionResponse,
  type SessionEvent,
} from '@aquarium/shared';
import { z } from 'zod';
import type { Clock, Ids } from '../clock.js';
import { sendError } from '../http/errors.js';
import { hashToken, newToken } from '../security/tokens.js';
import { JoinCodeTaken, type Storage } from '../storage/storage.js';

interface Deps {
  storage: Storage;
  clock: Clock;
  ids: Ids;
  publicUrl: string;
  /** Sessions one address may create per minute. */
  sessionsPerMinute?: number;
}

/** POST /api/sessions: a facilitator creates a session and gets its secret links. */
export const sessionRoutes = async (app: FastifyInstance, deps: Deps) => {
  app.post(
    '/api/sessions',
    { config: { rateLimit: { max: deps.sessionsPerMinute ?? 30, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const parsed = CreateSessionRequest.safeParse(request.body);
      if (!parsed.success) return sendError(reply, 400, ErrorCode.InvalidPayload, z.prettifyError(parsed.error));
      const { setup } = parsed.data;
      const id = deps.ids.id();
      const tokens = { facilitator: newToken(), scribe: newToken(), screen: newToken() };
      const now = deps.clock.now();
      for (let attempt = 0; attempt < 5; attempt++) {
        const joinCode = deps.ids.joinCode();
        const created = { ...newEvent('session.created', { setup, joinCode }), seq: 1, at: now } as SessionEvent;
        try {
          await deps.storage.createSession({
            id,
            joinCode,
            createdAt: now,
            events: [created],
            tokens: (['facilitator', 'scribe', 'screen'] as const).map((role) => ({
              hash: hashToken(tokens[role]),
              sessionId: id,
              role,
              participantId: null,
            })),
          });
        } catch (err) {
          if (err instanceof JoinCodeTaken) continue;
          throw err;
        }
        const base = deps.publicUrl;
        const body: CreateSessionResponse = {
          sessionId: id,
          joinCode,
          links: {
            facilitator: `${base}${paths.facilitator}#${tokens.facilitator}`,
            scribe: `${base}${paths.scribe}#${tokens.scribe}`,
            screen: `${base}${paths.screen}#${tokens.screen}`,
            join: `${base}${paths.join(joinCode)}`,
          },
        };
        return reply.code(201).send(body);
      }
      return sendError(reply, 503, ErrorCode.Internal, 'could not find a free join code; try again');
    },
  );
};
