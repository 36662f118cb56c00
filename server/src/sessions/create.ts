import {
  newEvent,
  paths,
  type CreateSessionResponse,
  type NewEvent,
  type SessionEvent,
  type SessionSetup,
} from '@aquarium/shared';
import type { Clock, Ids } from '../clock.js';
import { hashToken, newToken } from '../security/tokens.js';
import { JoinCodeTaken, type Storage } from '../storage/storage.js';

interface Deps {
  storage: Storage;
  clock: Clock;
  ids: Ids;
  publicUrl: string;
}

/**
 * Stores a new session with its staff tokens and answers its secret links, or null when no free join code was
 * found. `then` are events stored with `session.created` (a project's footer and funding mark); `projectId`
 * makes the session one of a project's (issue #18).
 */
export const createSession = async (
  deps: Deps,
  setup: SessionSetup,
  opts: { projectId?: string; then?: NewEvent[] } = {},
): Promise<CreateSessionResponse | null> => {
  const id = deps.ids.id();
  const tokens = { facilitator: newToken(), scribe: newToken(), screen: newToken() };
  const now = deps.clock.now();
  for (let attempt = 0; attempt < 5; attempt++) {
    const joinCode = deps.ids.joinCode();
    const events = [newEvent('session.created', { setup, joinCode }), ...(opts.then ?? [])].map(
      (e, i) => ({ ...e, seq: i + 1, at: now }) as SessionEvent,
    );
    try {
      await deps.storage.createSession({
        id,
        joinCode,
        createdAt: now,
        projectId: opts.projectId ?? null,
        events,
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
    return {
      sessionId: id,
      joinCode,
      links: {
        facilitator: `${base}${paths.facilitator}#${tokens.facilitator}`,
        scribe: `${base}${paths.scribe}#${tokens.scribe}`,
        screen: `${base}${paths.screen}#${tokens.screen}`,
        join: `${base}${paths.join(joinCode)}`,
      },
    };
  }
  return null;
};
