/** The load shape of `bench:load`: staff and phones join one session, phones send thoughts, phases change. */
import type { SessionEvent } from '@aquarium/shared';
import { connect, joinPhone, pool, send, tokenOf, type ClientSocket, type createSession } from './clients.js';

/** A phone sends a thought about every 20 s: a lively discussion. */
const THOUGHT_EVERY_MS = 20_000;
/** Phase changes per run: enough that a p95 over them means something. */
export const PHASE_CHANGES = 50;
/** Phones send for at least this long, and until the phase changes are done. */
const MIN_SEND_SECONDS = 15;

export interface LivePhone {
  socket: ClientSocket;
  /** When each `phase.entered` arrived, in order. */
  phaseArrivals: number[];
}

export const phoneOf = async (
  base: string,
  joinCode: string,
  i: number,
  timed?: (steps: [number, number, number]) => void,
): Promise<LivePhone> => {
  const phaseArrivals: number[] = [];
  const phone = await joinPhone(
    base,
    joinCode,
    i,
    (events, at) => {
      for (const e of events) if (e.type === 'phase.entered') phaseArrivals.push(at);
    },
    timed,
  );
  return { socket: phone.socket, phaseArrivals };
};

/** One session: staff, projector and phones connected; `created` may be an existing session. */
export const joinSession = async (
  bases: string[],
  phonesWanted: number,
  created: Awaited<ReturnType<typeof createSession>>,
  /** Told when the staff are connected and the phones start joining. */
  phonesStart: () => void = () => undefined,
) => {
  const base = bases.at(-1)!;
  const sentAt = new Map<string, number>();
  const sendLatency: number[] = [];
  const facilitator = await connect(base, tokenOf(created.links.facilitator), (events: SessionEvent[], at) => {
    for (const e of events) {
      if (e.type !== 'thought.submitted') continue;
      const t0 = sentAt.get(e.data.thought.id);
      if (t0 !== undefined) sendLatency.push(at - t0);
    }
  });
  const scribe = await connect(base, tokenOf(created.links.scribe));
  const screen = await connect(base, tokenOf(created.links.screen));
  let failedJoins = 0;
  /** Each phone's join in steps (ms): the HTTP join, the socket's connection, its first sync. */
  const joinSteps: [number, number, number][] = [];
  // A phone that could not join (a timeout on a starved machine) is counted, not fatal. Timed from here: the
  // staff's first syncs above (a long session's snapshot, about 7 MB each) are the console-sync column's, not joins.
  phonesStart();
  const phonesFrom = performance.now();
  const joined = await pool(
    Array.from({ length: phonesWanted }, (_, i) => i),
    25,
    (i) =>
      phoneOf(bases[i % bases.length]!, created.joinCode, i, (steps) => joinSteps.push(steps)).catch(() => {
        failedJoins++;
        return null;
      }),
  );
  const phonesJoinMs = performance.now() - phonesFrom;
  const phones = joined.filter((p): p is LivePhone => p !== null);
  return { facilitator, scribe, screen, phones, sentAt, sendLatency, failedJoins, joinSteps, phonesJoinMs };
};
export type LiveSession = Awaited<ReturnType<typeof joinSession>>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Thoughts from every phone at a steady pace while the facilitator moves between two phases. */
export const drive = async (sessions: LiveSession[]) => {
  for (const s of sessions) {
    await send(s.facilitator, 'circles:balance', {}).catch(() => null);
    await send(s.facilitator, 'session:start', {}).catch(() => null);
  }
  const timers: NodeJS.Timeout[] = [];
  let acked = 0;
  let refused = 0;
  let sending = true;
  const minUntil = performance.now() + MIN_SEND_SECONDS * 1000;
  for (const s of sessions) {
    s.phones.forEach((phone, i) => {
      const tick = () => {
        if (!sending) return;
        const thoughtId = `t${i}x${Math.random().toString(36).slice(2, 10)}`;
        s.sentAt.set(thoughtId, performance.now());
        void send(phone.socket, 'thought:submit', { thoughtId, text: `Ajatus ${i}`, questionId: 'q1', showName: false })
          .then((ack) => (ack.ok ? acked++ : refused++))
          .catch(() => refused++);
        timers.push(setTimeout(tick, THOUGHT_EVERY_MS * (0.5 + Math.random())));
      };
      timers.push(setTimeout(tick, Math.random() * THOUGHT_EVERY_MS));
    });
  }
  await sleep(1000);
  // Phase changes one after another: forward, back, forward, …; each waits for every phone (10 s at most).
  const phaseLatency: number[] = [];
  const lastPhone: number[] = [];
  let phaseLost = 0;
  let phaseRefused = 0;
  for (let change = 1; change <= PHASE_CHANGES; change++) {
    // A facilitator dropped by a starved machine can change no phase: the rest count as lost.
    if (sessions.some((s) => s.facilitator.disconnected)) {
      phaseRefused += PHASE_CHANGES - change + 1;
      break;
    }
    const forward = change % 2 === 1;
    await Promise.all(
      sessions.map(async (s) => {
        const before = s.phones.map((p) => p.phaseArrivals.length);
        const t0 = performance.now();
        const ack = await send(s.facilitator, forward ? 'phase:next' : 'phase:previous', {
          expectedIndex: forward ? 0 : 1,
        }).catch(() => ({ ok: false }));
        if (!ack.ok) {
          phaseRefused++;
          return;
        }
        const seenAll = () => s.phones.every((p, i) => p.phaseArrivals.length > before[i]!);
        for (const deadline = t0 + 10_000; !seenAll() && performance.now() < deadline;) await sleep(5);
        const seen = s.phones.flatMap((p, i) =>
          p.phaseArrivals.length > before[i]! ? [p.phaseArrivals[before[i]!]! - t0] : [],
        );
        phaseLost += s.phones.length - seen.length;
        phaseLatency.push(...seen);
        lastPhone.push(Math.max(...seen));
      }),
    );
    await sleep(100 + Math.random() * 200);
  }
  await sleep(Math.max(0, minUntil - performance.now()));
  sending = false;
  await sleep(1500);
  timers.forEach(clearTimeout);
  const sendLatency = sessions.flatMap((s) => s.sendLatency);
  const lostThoughts = Math.max(0, acked - sendLatency.length);
  return {
    sendLatency,
    phaseLatency,
    lastPhone,
    lost: lostThoughts + phaseLost,
    refused: refused + phaseRefused,
    acked,
  };
};
