import { audienceOf, forScreen, type Role, type SessionEvent } from '@aquarium/shared';

/** socket.io room names of a session's audiences. */
export const rooms = {
  staff: (sessionId: string) => `${sessionId}:staff`,
  screen: (sessionId: string) => `${sessionId}:screen`,
  participants: (sessionId: string) => `${sessionId}:participants`,
  participant: (sessionId: string, participantId: string) => `${sessionId}:p:${participantId}`,
};

/** The rooms a connection joins for its role. */
export const roomsFor = (sessionId: string, role: Role, participantId: string | null): string[] => {
  switch (role) {
    case 'facilitator':
    case 'scribe':
      return [rooms.staff(sessionId)];
    case 'screen':
      return [rooms.screen(sessionId)];
    case 'participant':
      return participantId
        ? [rooms.participants(sessionId), rooms.participant(sessionId, participantId)]
        : [rooms.participants(sessionId)];
    default: {
      const unhandled: never = role;
      throw new Error(`unknown role ${String(unhandled)}`);
    }
  }
};

/** The rooms an event goes to, from the shared audience rules. */
export const targetRooms = (sessionId: string, event: SessionEvent): string[] => {
  const a = audienceOf(event);
  const targets: string[] = [];
  if (a.staff) targets.push(rooms.staff(sessionId));
  if (a.screen) targets.push(rooms.screen(sessionId));
  if (a.participants === 'all') targets.push(rooms.participants(sessionId));
  else {
    if (a.participant) targets.push(rooms.participant(sessionId, a.participant));
    for (const member of a.members ?? []) targets.push(rooms.participant(sessionId, member));
  }
  return targets;
};

/**
 * Groups events into consecutive runs with the same rooms, so each run is serialised and sent once
 * while every connection still receives its events in sequence order.
 */
export const runsByRooms = (sessionId: string, events: SessionEvent[]) => {
  const runs: { rooms: string[]; events: SessionEvent[] }[] = [];
  const add = (targets: string[], event: SessionEvent) => {
    const last = runs.at(-1);
    if (last && last.rooms.join('|') === targets.join('|')) last.events.push(event);
    else runs.push({ rooms: targets, events: [event] });
  };
  const screen = rooms.screen(sessionId);
  for (const event of events) {
    const targets = targetRooms(sessionId, event);
    const copy = targets.includes(screen) ? forScreen(event) : event;
    if (copy === event) {
      add(targets, event);
      continue;
    }
    // The projector gets its own copy without texts, in the same order as everyone else's.
    const others = targets.filter((r) => r !== screen);
    if (others.length > 0) add(others, event);
    add([screen], copy);
  }
  return runs;
};
