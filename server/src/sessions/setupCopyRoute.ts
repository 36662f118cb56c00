import type { FastifyInstance } from 'fastify';
import { ErrorCode, SetupCopyRequest, type SetupCopyResponse } from '@aquarium/shared';
import { sendError } from '../http/errors.js';
import { hashToken } from '../security/tokens.js';
import type { Storage } from '../storage/storage.js';
import type { SessionRegistry } from '../engine/registry.js';

interface Deps {
  storage: Storage;
  registry: SessionRegistry;
}

/**
 * POST /api/session-setup: the set-up of a session whose facilitator link this browser holds, so that the
 * regional sessions of one project start from the same questions, groups and plan. The token travels in the
 * body (never in a URL or a log), and only a facilitator's token is answered.
 */
export const setupCopyRoute = async (app: FastifyInstance, deps: Deps) => {
  app.post(
    '/api/session-setup',
    { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const body = SetupCopyRequest.safeParse(request.body);
      if (!body.success) return sendError(reply, 400, ErrorCode.InvalidPayload, 'bad set-up request');
      const grant = await deps.storage.findToken(hashToken(body.data.token));
      if (!grant || grant.role !== 'facilitator') {
        return sendError(reply, 403, ErrorCode.Forbidden, 'only a facilitator can copy a set-up');
      }
      const runtime = await deps.registry.get(grant.sessionId);
      if (!runtime) return sendError(reply, 404, ErrorCode.NotFound, 'the session no longer exists');
      const answer: SetupCopyResponse = { setup: runtime.current.setup };
      return reply.header('cache-control', 'private, no-store').send(answer);
    },
  );
};
