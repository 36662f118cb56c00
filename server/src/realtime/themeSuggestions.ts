import { ErrorCode, fail, themeSuggestQuery, type ThemeSuggestAck } from '@aquarium/shared';
import { z } from 'zod';
import type { SessionRegistry } from '../engine/registry.js';
import { SuggestionsBusy, type SuggestionPool } from '../themes/suggest/pool.js';
import { suggestFor } from '../themes/suggestions.js';
import { refused } from './refused.js';
import type { AppSocket } from './types.js';

/** `themes:suggest` on a socket: role first, then the shared schema, then the session's state (read only). */
export const registerThemeSuggestions = (
  socket: AppSocket,
  deps: { registry: SessionRegistry; pool: SuggestionPool },
) => {
  const { sessionId, role } = socket.data;
  socket.on(themeSuggestQuery.name, async (payload, ack) => {
    if (typeof ack !== 'function') return;
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
  });
};
