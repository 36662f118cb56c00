import { newEvent, nextChair, type NewEvent, type Presence, type SessionState } from '@aquarium/shared';
import type { SessionRegistry } from '../engine/registry.js';
import { ids } from './rules.js';

/**
 * A chair's connection as their group sees it: `group.chairAway` when it drops (with the next online
 * member offered the chair), and again when it comes back. Nothing when it has not changed.
 */
export const chairPresenceEvents = (s: SessionState, online: ReadonlySet<string>): NewEvent[] => {
  if (s.setup.method !== 'smallGroups' || s.status === 'ended') return [];
  const events: NewEvent[] = [];
  for (const smallGroupId of s.groups.order) {
    const group = s.groups.groups[smallGroupId]!;
    const chair = group.chairId;
    if (!chair) continue;
    const markedAway = s.groups.chairAway[smallGroupId]?.participantId === chair;
    const offline = !online.has(chair);
    if (offline === markedAway) continue;
    const offeredTo = offline ? nextChair(group, online) : null;
    events.push(
      newEvent('group.chairAway', { smallGroupId, participantId: chair, away: offline, offeredTo, to: ids(group) }),
    );
  }
  return events;
};

/**
 * Tells each group when its chair's connection drops or returns, from the presence every node shares:
 * recorded as an event, so members see it on their phones and the grace period runs on server time.
 */
export const watchChairs =
  (registry: SessionRegistry) =>
  async (sessionId: string, presence: Presence): Promise<void> => {
    try {
      const runtime = await registry.get(sessionId);
      if (!runtime) return;
      const online = new Set(presence.participantIds);
      if (chairPresenceEvents(runtime.current, online).length === 0) return;
      await runtime.record((s) => chairPresenceEvents(s, online));
    } catch (err) {
      console.error(`session ${sessionId}: could not record a chair's connection`, err);
    }
  };
