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

/** A phone's own room or the participants' room: the only rooms a connection shares with another room. */
const isPhoneRoom = (room: string) => room.includes(':p:');
const isEveryPhone = (room: string) => room.endsWith(':participants');

/**
 * Whether a phone can be in both lists of phone rooms: every phone is in the participants' room and its own,
 * and in no other (`roomsFor`). So two lists share a phone only if they share a room, or one has the
 * participants' room and the other a phone's own.
 */
const overlap = (a: string[], b: string[]): boolean =>
  a.some((room) => b.includes(room)) ||
  (a.some(isEveryPhone) && b.some(isPhoneRoom)) ||
  (a.some(isPhoneRoom) && b.some(isEveryPhone));

interface Run {
  rooms: string[];
  events: SessionEvent[];
}

const sameEvents = (a: SessionEvent[], b: SessionEvent[]) => a.length === b.length && a.every((e, i) => e === b[i]);

/**
 * Groups events into runs, each serialised and sent once to its rooms, while every connection still receives
 * its events in sequence order (issue #24: 20 phones joining in one group commit are one message to the
 * staff and one to the projector, not 20 of each).
 *
 * A connection is in the rooms `roomsFor` gives it and no other: staff only in the staff room and a projector
 * only in the screen room, so each of those gets all its events as one run; phones are in the participants'
 * room and their own, so their events go in consecutive runs by rooms, an event joining the latest run with
 * its rooms when no run after that one reaches the same phones (`overlap`). The staff's or the projector's run
 * is sent with a phones' run carrying the very same events (an event for everyone is still serialised once).
 */
export const runsByRooms = (sessionId: string, events: SessionEvent[]): Run[] => {
  const staff = rooms.staff(sessionId);
  const screen = rooms.screen(sessionId);
  const toStaff: SessionEvent[] = [];
  const toScreen: SessionEvent[] = [];
  const phoneRuns: (Run & { key: string })[] = [];
  const toPhones = (targets: string[], event: SessionEvent) => {
    const key = targets.join('|');
    for (let i = phoneRuns.length - 1; i >= 0; i--) {
      const run = phoneRuns[i]!;
      if (run.key === key) return void run.events.push(event);
      if (overlap(run.rooms, targets)) break;
    }
    phoneRuns.push({ rooms: targets, key, events: [event] });
  };
  for (const event of events) {
    const phones: string[] = [];
    for (const room of targetRooms(sessionId, event)) {
      if (room === staff) toStaff.push(event);
      // The projector gets its own copy without texts, in the same order as everyone else's.
      else if (room === screen) toScreen.push(forScreen(event));
      else phones.push(room);
    }
    if (phones.length > 0) toPhones(phones, event);
  }
  // Phones' runs keep their order; the staff's and the projector's messages can go anywhere, so each joins a
  // run already carrying the very same events (typically an event for everyone) instead of being sent apart.
  const runs: Run[] = phoneRuns.map(({ rooms, events }) => ({ rooms, events }));
  for (const [room, list] of [
    [staff, toStaff],
    [screen, toScreen],
  ] as const) {
    if (list.length === 0) continue;
    const same = runs.find((run) => run.events[0] === list[0] && sameEvents(run.events, list));
    if (same) same.rooms.push(room);
    else runs.unshift({ rooms: [room], events: list });
  }
  return runs;
};
