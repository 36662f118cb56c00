import { defaultAquariumSetup, type EventBodies, type EventType, type SessionEvent } from '@aquarium/shared';
import type { NewToken } from '../../src/storage/storage.js';

/** Rows the storage contract writes: sessions with their staff tokens and events at fixed times. */

export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

export const ev = <K extends EventType>(seq: number, type: K, data: EventBodies[K], at = T0 + seq * 1000) =>
  ({ seq, at, type, data }) as SessionEvent;

export const created = (joinCode: string) =>
  ev(1, 'session.created', { setup: { ...defaultAquariumSetup('fi'), title: 'Arviointi ÅÄÖ "quoted" 🐟' }, joinCode });

export const staffTokens = (sessionId: string): NewToken[] => [
  { hash: `${sessionId}-fac`, sessionId, role: 'facilitator', participantId: null },
  { hash: `${sessionId}-scr`, sessionId, role: 'scribe', participantId: null },
  { hash: `${sessionId}-screen`, sessionId, role: 'screen', participantId: null },
];

export const newSession = (id: string, joinCode: string, events: SessionEvent[] = [created(joinCode)]) => ({
  id,
  joinCode,
  createdAt: T0,
  tokens: staffTokens(id),
  events,
});

export const participantToken = (sessionId: string, participantId: string): NewToken => ({
  hash: `${sessionId}-${participantId}`,
  sessionId,
  role: 'participant',
  participantId,
});

export const seqs = (events: SessionEvent[]) => events.map((e) => e.seq);
