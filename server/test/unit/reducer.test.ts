import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  defaultAquariumSetup,
  EVENT_VERSION,
  reduce,
  reduceAll,
  upcastEvent,
  type EventBodies,
  type EventType,
  type SessionEvent,
  type SessionState,
  type StoredEvent,
} from '@aquarium/shared';
import { describe, expect, it } from 'vitest';

/**
 * The reducer through its public API only (`reduce`, `reduceAll`): how it is built inside (a switch, a table
 * of per-event functions) is its own business.
 */

const ev = <K extends EventType>(seq: number, type: K, data: EventBodies[K], at = seq * 1000) =>
  ({ seq, at, type, data }) as SessionEvent;

const start = (): SessionEvent[] => [
  ev(1, 'session.created', { setup: { ...defaultAquariumSetup('fi'), title: 'T' }, joinCode: 'ABCDEFGH' }),
  ev(2, 'participant.joined', { participant: { id: 'a', displayName: 'Anna', stakeholderGroupId: 'g1' } }),
  ev(3, 'participant.joined', { participant: { id: 'b', displayName: null, stakeholderGroupId: 'g2' } }),
];
const thought = {
  id: 't1',
  participantId: 'a',
  stakeholderGroupId: 'g1',
  questionId: 'q1',
  phaseId: null,
  text: 'X',
  authorName: null,
  status: 'pending' as const,
  pinned: false,
  themeId: null,
  submittedAt: 4000,
};

interface Row {
  name: string;
  /** Events after the three of `start`, from seq 4. */
  events: (seq: number) => SessionEvent[];
  then: (s: SessionState) => void;
}

const rows: Row[] = [
  {
    name: 'a joined participant is listed in order of joining',
    events: () => [],
    then: (s) => expect(s.participantOrder).toEqual(['a', 'b']),
  },
  {
    name: 'seating puts a participant in a circle',
    events: (n) => [ev(n, 'participant.seated', { participantId: 'a', circle: 'inner' })],
    then: (s) => expect(s.participants.a!.circle).toBe('inner'),
  },
  {
    name: 'seating someone unknown changes no one',
    events: (n) => [ev(n, 'participant.seated', { participantId: 'zz', circle: 'inner' })],
    then: (s) => expect(Object.keys(s.participants)).toEqual(['a', 'b']),
  },
  {
    name: 'the first phase starts the session and its timer',
    events: (n) => [ev(n, 'phase.entered', { index: 0 })],
    then: (s) => expect(s).toMatchObject({ status: 'running', currentPhase: 0, startedAt: 4000 }),
  },
  {
    name: 'a phase change closes the time of the phase before',
    events: (n) => [ev(n, 'phase.entered', { index: 0 }), ev(n + 1, 'phase.entered', { index: 1 }, 64_000)],
    then: (s) => expect(s.actualMsByPhase).toEqual({ p1: 60_000 }),
  },
  {
    name: 'a paused timer stops counting',
    events: (n) => [ev(n, 'phase.entered', { index: 0 }), ev(n + 1, 'timer.paused', {}, 10_000)],
    then: (s) => expect(s.timer!.runningSince).toBeNull(),
  },
  {
    name: 'the end closes joining',
    events: (n) => [ev(n, 'phase.entered', { index: 0 }), ev(n + 1, 'session.ended', {})],
    then: (s) => expect(s).toMatchObject({ status: 'ended', joiningOpen: false }),
  },
  {
    name: 'joining closes and opens',
    events: (n) => [ev(n, 'joining.set', { open: false })],
    then: (s) => expect(s.joiningOpen).toBe(false),
  },
  {
    name: 'a submitted thought is kept pending',
    events: (n) => [ev(n, 'thought.submitted', { thought })],
    then: (s) => expect(s.thoughts.t1!.status).toBe('pending'),
  },
  {
    name: 'a moderated thought takes its new status',
    events: (n) => [
      ev(n, 'thought.submitted', { thought }),
      ev(n + 1, 'thought.moderated', { thoughtId: 't1', participantId: 'a', status: 'hidden' }),
    ],
    then: (s) => expect(s.thoughts.t1!.status).toBe('hidden'),
  },
  {
    name: 'a withdrawn thought is marked withdrawn',
    events: (n) => [
      ev(n, 'thought.submitted', { thought }),
      ev(n + 1, 'thought.withdrawn', { thoughtId: 't1', participantId: 'a' }),
    ],
    then: (s) => expect(s.thoughts.t1!.status).toBe('withdrawn'),
  },
  {
    name: 'a note is added and struck out',
    events: (n) => [
      ev(n, 'note.added', {
        note: { id: 'n1', text: 'N', questionId: 'q1', themeId: null, phaseId: null, order: 1, createdAt: 0 },
      }),
      ev(n + 1, 'note.deleted', { noteId: 'n1' }),
    ],
    then: (s) => expect(s.notes.n1!.deleted).toBe(true),
  },
  {
    name: 'a theme is created and renamed',
    events: (n) => [
      ev(n, 'theme.created', { theme: { id: 'th1', questionId: 'q1', name: 'A', createdAt: 0 } }),
      ev(n + 1, 'theme.renamed', { themeId: 'th1', name: 'B' }),
    ],
    then: (s) => expect(s.themes.th1!.name).toBe('B'),
  },
  {
    name: 'a requested turn joins the queue',
    events: (n) => [ev(n, 'turn.requested', { participantId: 'b', emptyChair: false })],
    then: (s) => expect(s.turns.queue.map((r) => r.participantId)).toEqual(['b']),
  },
  {
    name: 'a withdrawn request leaves the queue',
    events: (n) => [
      ev(n, 'turn.requested', { participantId: 'b', emptyChair: false }),
      ev(n + 1, 'turn.withdrawn', { participantId: 'b' }),
    ],
    then: (s) => expect(s.turns.queue).toEqual([]),
  },
  {
    name: 'settings are replaced',
    events: (n) => [
      ev(n, 'settings.updated', {
        settings: { ...start().reduce<SessionState | null>(reduce, null)!.settings, thoughtsNeedApproval: false },
      }),
    ],
    then: (s) => expect(s.settings.thoughtsNeedApproval).toBe(false),
  },
  {
    name: 'the projector shows what it is told',
    events: (n) => [ev(n, 'screen.shown', { projector: { mode: 'blank', voteId: null, showNames: false } })],
    then: (s) => expect(s.projector.mode).toBe('blank'),
  },
  {
    name: 'retention days are kept',
    events: (n) => [ev(n, 'session.retentionSet', { days: 9 })],
    then: (s) => expect(s.retentionDays).toBe(9),
  },
];

const fold = (events: SessionEvent[]) => reduceAll(null, events)!;

/** Freezes a state all the way down, so a reducer that writes into its input throws (modules are strict). */
const deepFreeze = <T>(x: T): T => {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
};

describe('reduce, one event at a time', () => {
  it.each(rows)('$name', (row) => {
    const s = fold([...start(), ...row.events(4)]);
    row.then(s);
  });

  it('ignores an event it has already folded', () => {
    const s = fold(start());
    expect(reduceAll(s, start())).toBe(s);
  });
});

// The integration tests' own sessions (server/test/fixtures/events) hold nearly every event type.
const root = fileURLToPath(new URL(`../fixtures/events/v${EVENT_VERSION}/`, import.meta.url));
const logs = readdirSync(root).map((f) => ({
  name: f.replace(/\.json$/, ''),
  events: (JSON.parse(readFileSync(root + f, 'utf8')) as { events: StoredEvent[] }).events.map((e) =>
    upcastEvent(e, EVENT_VERSION),
  ),
}));

describe('reduce over real event logs', () => {
  it('covers nearly every event type (73 of 76 when the logs were saved)', () => {
    const seen = new Set(logs.flatMap((l) => l.events.map((e) => e.type)));
    expect(seen.size).toBeGreaterThanOrEqual(73);
  });

  it.each(logs)(
    'never changes the state it is given, and carries each event’s sequence number: $name',
    ({ events }) => {
      let s: SessionState | null = null;
      for (const e of events) {
        const before = JSON.stringify(deepFreeze(s));
        const next: SessionState = reduce(s, e);
        expect(JSON.stringify(s)).toBe(before);
        expect(next.seq).toBe(e.seq);
        s = next;
      }
      expect(reduceAll(null, events)).toEqual(s);
    },
  );
});
