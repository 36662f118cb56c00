// The cost tests' material (reducerCost, viewCost): a session holding many items of each kind, events numbered in
// order, and a state whose big collections count how often they are enumerated. Counted, never timed.
import type { Thought } from '../capture.js';
import type { EventBodies, EventType, SessionEvent } from '../events.js';
import type { SessionState } from '../state.js';
import { defaultAquariumSetup } from '../templates.js';

/** How many items of each kind the big session holds. */
export const BIG = 50_000;

export const COLLECTIONS = ['participants', 'participantOrder', 'thoughts', 'publicThoughts', 'notes'] as const;
type Collection = (typeof COLLECTIONS)[number];

/** Events numbered in order (`log.seq` is the last number given; a test may set it to go on from elsewhere). */
export const eventLog = () => {
  const log = {
    seq: 0,
    ev: <K extends EventType>(type: K, data: EventBodies[K]): SessionEvent => {
      log.seq += 1;
      return { seq: log.seq, at: log.seq, type, data } as SessionEvent;
    },
    thought: (i: number, participantId = `p${i % 100}`): Thought => ({
      id: `t${i}`,
      participantId,
      stakeholderGroupId: 'g1',
      questionId: 'q1',
      phaseId: null,
      text: `thought ${i}`,
      authorName: null,
      status: 'pending',
      pinned: false,
      themeId: null,
      submittedAt: log.seq,
    }),
    note: (i: number, questionId = 'q1', order = i) => ({
      id: `n${i}`,
      phaseId: null,
      questionId,
      themeId: null,
      text: 'n',
      order,
      createdAt: 0,
    }),
    /** From the start: a session with BIG participants, thoughts, their public copies and notes (one catch-up). */
    bigSession: (): SessionEvent[] => {
      log.seq = 0;
      const events = [log.ev('session.created', { setup: defaultAquariumSetup('fi'), joinCode: 'ABCDEFGH' })];
      for (let i = 0; i < BIG; i++) {
        events.push(
          log.ev('participant.joined', {
            participant: { id: `p${i}`, displayName: null, stakeholderGroupId: 'g1' },
          }),
        );
        events.push(log.ev('thought.submitted', { thought: log.thought(i) }));
        events.push(log.ev('thought.published', { thought: log.thought(i) }));
        events.push(log.ev('note.added', { note: log.note(i) }));
      }
      return events;
    },
  };
  return log;
};

/** The state with each big collection behind a Proxy that counts its enumerations (a copy or a scan is one). */
export const counted = (s: SessionState) => {
  const scans = Object.fromEntries(COLLECTIONS.map((key) => [key, 0])) as Record<Collection, number>;
  const wrapped = { ...s } as Record<string, unknown>;
  for (const key of COLLECTIONS) {
    wrapped[key] = new Proxy(s[key], {
      ownKeys: (target) => {
        scans[key]++;
        return Reflect.ownKeys(target);
      },
    });
  }
  return { state: wrapped as unknown as SessionState, scans };
};
