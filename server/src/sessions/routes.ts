import type { FastifyInstance } from 'fastify';
import { CreateSessionRequest, ErrorCode } from '@aquarium/shared';
import { z } from 'zod';
import type { Clock, Ids } from '../clock.js';
import { sendError } from '../http/errors.js';
import type { Storage } from '../storage/storage.js';
import { createSession } from './create.js';

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
      const body = await createSession(deps, parsed.data.setup);
      if (body) return reply.code(201).send(body);
      return sendError(reply, 503, ErrorCode.Internal, 'could not find a free join code; try again');
    },
  );
};
