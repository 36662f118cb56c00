/**
 * Forming small groups for a large session: the lead's "form groups" with N participants, decided by the
 * real handler and folded by the shared reducer, as the server does. Prints the time to decide, to fold,
 * and the bytes of the events (what is stored and sent). Run from the repository root:
 *   npm run bench:groups            (N = 2,000)
 *   npm run bench:groups -- 500
 */
import { performance } from 'node:perf_hooks';
import {
  defaultSmallGroupSetup,
  newEvent,
  reduce,
  type GroupFormation,
  type NewEvent,
  type SessionEvent,
  type SessionState,
} from '@aquarium/shared';
import { groupHandlers } from '../src/groups/handlers.js';

const N = Number(process.argv[2] ?? 2000);
let seq = 0;
const stamp = (e: NewEvent) => ({ ...e, seq: ++seq, at: 0 }) as SessionEvent;

let session: SessionState = reduce(
  null,
  stamp(
    newEvent('session.created', { setup: { ...defaultSmallGroupSetup('fi'), title: 'bench' }, joinCode: 'BENCHBEN' }),
  ),
);
for (let i = 0; i < N; i++) {
  const participant = { id: `p${i}`, displayName: i % 3 ? null : `Nimi ${i}`, stakeholderGroupId: `g${(i % 6) + 1}` };
  session = reduce(session, stamp(newEvent('participant.joined', { participant })));
}

const runs: { by: GroupFormation; count?: number }[] = [
  { by: 'mixed', count: Math.ceil(N / 8) },
  { by: 'stakeholder' },
];
const rows = runs.map(({ by, count }) => {
  const start = performance.now();
  const decided = groupHandlers['groups:form'](
    session,
    { commandId: 'bench-form', by, count },
    { now: 0, actor: { role: 'facilitator', participantId: null } },
  );
  const decideMs = performance.now() - start;
  if (!Array.isArray(decided)) throw new Error(decided.message);
  const foldStart = performance.now();
  decided.map(stamp).reduce(reduce, session);
  return {
    formation: count ? `${by}, ${count} groups` : by,
    events: decided.length,
    decideMs: decideMs.toFixed(1),
    foldMs: (performance.now() - foldStart).toFixed(1),
    kB: (Buffer.byteLength(JSON.stringify(decided)) / 1000).toFixed(0),
  };
});

console.log(`Forming groups for ${N} participants (node ${process.version})`);
console.table(rows);
