import { ErrorCode, fail, themeSuggestQuery, type ThemeSuggestAck } from '@aquarium/shared';
import { z } from 'zod';
import type { SessionRegistry } from '../engine/registry.js';
import { SuggestionsBusy, type SuggestionPool } from '../themes/suggest/pool.js';
import { suggestFor } from '../themes/suggestions.js';
import type { Inbound } from './inbound.js';
import { refused } from './refused.js';

/** `themes:suggest` on a socket: role first, then the shared schema, then the session's state (read only). */
export const themeSuggestionHandlers = (deps: {
  registry: SessionRegistry;
  pool: SuggestionPool;
}): Record<string, Inbound> => ({
  [themeSuggestQuery.name]: async (socket, payload, ack) => {
    if (typeof ack !== 'function') return;
    const { sessionId, role } = socket.data;
    if (!themeSuggestQuery.roles.includes(role)) {
      return ack(fail(ErrorCode.Forbidden, `a ${role} may not ${themeSuggestQuery.name}`));
    }
    const parsed = themeSuggestQuery.schema.safeParse(payload);
    if (!parsed.success) return ack(fail(ErrorCode.InvalidPayload, z.prettifyError(parsed.error)));
    let answer: ThemeSuggestAck;
    try {
      const runtime = await deps.registry.get(sessionId);
      answer = runtime
        ? await suggestFor(runtime.current, parsed.data, deps.pool)
        : fail(ErrorCode.NotFound, 'the session no longer exists');
    } catch (err) {
      answer = err instanceof SuggestionsBusy ? fail(ErrorCode.RateLimited, err.message) : refused(err);
    }
    ack(answer);
  },
});
