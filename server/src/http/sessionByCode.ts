import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, isJoinCode, normalizeJoinCode } from '@aquarium/shared';
import { addressKey } from '../security/trustProxy.js';
import type { Allowance } from '../security/limits.js';
import { participantPass } from '../security/pass.js';
import type { SessionRegistry } from '../engine/registry.js';
import type { SessionRuntime } from '../engine/runtime.js';
import type { Storage } from '../storage/storage.js';
import { sendError } from './errors.js';

/**
 * The session behind a join code typed by a person, or a reply saying why not. Every wrong code
 * counts against the caller's address (shared by all nodes); past the limit, the address is answered
 * 429 without looking the code up. A phone that already joined the session (it sends its participant
 * pass) is never refused by that limit: a guesser beside it cannot lock it out.
 */
export const sessionByCode = async (
  deps: { storage: Storage; registry: SessionRegistry; joinFailures: Allowance },
  request: FastifyRequest,
  reply: FastifyReply,
  input: string,
): Promise<SessionRuntime | null> => {
  const code = normalizeJoinCode(input.slice(0, 20));
  const key = addressKey(request.ip);
  const blocked = await deps.joinFailures.spent(key);
  const pass = blocked ? await participantPass(deps.storage, request) : null;
  if (blocked && !pass) {
    await sendError(reply, 429, ErrorCode.RateLimited, 'too many wrong codes; wait a minute and try again');
    return null;
  }
  const id = isJoinCode(code)
    ? (deps.registry.sessionIdOfCode(code) ?? (await deps.storage.sessionIdByJoinCode(code)))
    : null;
  // A pass admits to its own session only; behind a blocked address it is no way to try other codes.
  if (blocked && id !== pass?.sessionId) {
    await sendError(reply, 429, ErrorCode.RateLimited, 'too many wrong codes; wait a minute and try again');
    return null;
  }
  const runtime = id ? await deps.registry.get(id) : null;
  if (!runtime) {
    await deps.joinFailures.take(key);
    await sendError(reply, 404, ErrorCode.JoinCodeUnknown, 'no session has this code');
    return null;
  }
  return runtime;
};
