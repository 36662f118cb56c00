/**
 * Folding cost of the shared reducer, as a client and the server pay it: a catch-up of 20,000 events
 * (a phone's: published thoughts; the console's: thoughts, notes and joins), one live event on top of a
 * long session (what each message costs a client), and a server session applying events in place.
 *   node scripts/pnpm.mjs run bench:fold          (N=5000 before it for a smaller session)
 */
import { loadavg } from 'node:os';
import { defaultAquariumSetup, reduce, reduceAll, StateOwner, ViewOwner, type SessionEvent } from '@aquarium/shared';

const N = Number(process.env.N ?? 20_000);
let seq = 0;
const e = (type: string, data: unknown) => ({ type, seq: ++seq, at: seq, data }) as SessionEvent;
const created = () => {
  seq = 0;
  return e('session.created', { setup: defaultAquariumSetup('fi'), joinCode: 'ABCDEFGH' });
};
const thought = (i: number) => ({
  id: `t${i}`,
  participantId: `p${i % 2000}`,
  stakeholderGroupId: 'g1',
  questionId: 'q1',
  phaseId: null,
  text: `Ajatus numero ${i} jostakin aiheesta`,
  authorName: null,
  status: 'approved',
  pinned: false,
  themeId: null,
  submittedAt: i,
});
const { participantId: _p, status: _s, phaseId: _ph, ...published } = thought(0);
const phoneLog = [
  created(),
  ...Array.from({ length: N }, (_, i) => e('thought.published', { thought: { ...published, id: `t${i}` } })),
];
const consoleLog = [created()];
for (let i = 0; i < N; i++) {
  if (i < 2000)
    consoleLog.push(
      e('participant.joined', { participant: { id: `p${i}`, displayName: null, stakeholderGroupId: 'g1' } }),
    );
  consoleLog.push(
    e(
      i % 4 === 3 ? 'note.added' : 'thought.submitted',
      i % 4 === 3
        ? { note: { id: `n${i}`, phaseId: null, questionId: 'q1', themeId: null, text: 'n', order: i, createdAt: 0 } }
        : { thought: thought(i) },
    ),
  );
}

const time = (f: () => unknown, rounds = 1) => {
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) f();
  return (performance.now() - t0) / rounds;
};
const rows: [string, number][] = [];
rows.push([`phone catch-up: ${N} published thoughts in one batch`, time(() => reduceAll(null, phoneLog))]);
rows.push([
  `console catch-up: ${consoleLog.length} thoughts, notes and joins in one batch`,
  time(() => reduceAll(null, consoleLog)),
]);
const long = reduceAll(null, consoleLog)!;
const live = e('thought.submitted', { thought: thought(N + 1) });
rows.push([
  'one live event through the immutable reduce, on top of that session (copies the thoughts once)',
  time(() => reduce(long, live), 20),
]);
// The client's store (ViewOwner): the first message copies what it changes once, then each folds in place.
const view = new ViewOwner();
let v = view.applyAll(reduceAll(null, consoleLog), [e('thought.submitted', { thought: thought(seq + N) })])!;
rows.push([
  "one live message in a client's store (ViewOwner, in place), on top of that session",
  time(() => (v = view.applyAll(v, [e('thought.submitted', { thought: thought(seq + N) })])!), 1000),
]);
const owner = new StateOwner();
let s = owner.applyAll(null, consoleLog)!;
rows.push([
  'one event on the server (in place), on top of that session',
  time(() => (s = owner.apply(s, e('thought.submitted', { thought: thought(seq + N) }))), 1000),
]);
console.log(`${new Date().toISOString()}, load average ${loadavg()[0]!.toFixed(2)}\n| fold | ms |\n| --- | --- |`);
for (const [what, ms] of rows) console.log(`| ${what} | ${ms.toFixed(ms < 1 ? 3 : 0)} |`);
