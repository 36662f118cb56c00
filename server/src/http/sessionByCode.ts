import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, isJoinCode, normalizeJoinCode } from '@aquarium/shared';
import type { SessionRegistry } from '../sessions/registry.js';
import type { SessionRuntime } from '../sessions/runtime.js';
import type { Storage } from '../storage/storage.js';
import { sendError } from './errors.js';
import type { FailureLimiter } from './failureLimiter.js';

/**
 * The session behind a join code typed by a person, or a reply saying why not. Every wrong code
 * counts against the caller's address; past the limit, the address is answered 429 for a minute.
 */
export const sessionByCode = async (
  deps: { storage: Storage; registry: SessionRegistry; joinFailures: FailureLimiter },
  request: FastifyRequest,
  reply: FastifyReply,
  input: string,
): Promise<SessionRuntime | null> => {
  if (deps.joinFailures.blocked(request.ip)) {
    await sendError(reply, 429, ErrorCode.RateLimited, 'too many wrong codes; wait a minute and try again');
    return null;
  }
  const code = normalizeJoinCode(input.slice(0, 20));
  const id = isJoinCode(code) ? await deps.storage.sessionIdByJoinCode(code) : null;
  const runtime = id ? await deps.registry.get(id) : null;
  if (!runtime) {
    deps.joinFailures.fail(request.ip);
    await sendError(reply, 404, ErrorCode.JoinCodeUnknown, 'no session has this code');
    return null;
  }
  return runtime;
};
