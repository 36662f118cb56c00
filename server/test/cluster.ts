import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { ErrorCode, type CommandAck, type JoinResponse } from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { Pool } from 'pg';
import { tempDataDir } from './helper.js';
import { createSession, joinSession, LiveClient, TestClient } from '@aquarium/testkit';
import { freePort, spawnServer } from './process.js';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check` holds, polling; throws with `what` after `ms`. */
export const until = async (check: () => boolean | Promise<boolean>, ms: number, what: string) => {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await check()) return Date.now() - start;
    await sleep(25);
  }
  throw new Error(`not within ${ms} ms: ${what}`);
};

export interface Node {
  url: string;
  process: ChildProcess;
}

/** Server nodes as their own processes on one PostgreSQL schema and one Redis. */
export const cluster = async (env: { DATABASE_URL: string; REDIS_URL: string } & Record<string, string>) => {
  const shared = { ...env, REDIS_STREAM: `test-${randomBytes(4).toString('hex')}` };
  const nodes: Node[] = [];
  const logs: string[] = [];
  const start = async () => {
    const port = await freePort();
    const node = { url: `http://127.0.0.1:${port}`, process: await spawnServer(port, tempDataDir(), shared, 120_000) };
    // What a node logs (the spawned process's pipes must be read, or it blocks once they fill).
    node.process.stderr?.on('data', (d: Buffer) => logs.push(`[${port}] ${d.toString()}`));
    node.process.stdout?.resume();
    nodes.push(node);
    return node;
  };
  return {
    nodes,
    logs,
    start,
    /** The nodes still running, for clients that reconnect elsewhere. */
    alive: () => nodes.filter((n) => n.process.exitCode === null && n.process.signalCode === null).map((n) => n.url),
    kill(node: Node) {
      node.process.kill('SIGKILL');
    },
    /** SIGTERM, as systemd or an orchestrator stops a node; resolves with its exit code. */
    terminate(node: Node) {
      const exited = new Promise<number | null>((resolve) => node.process.once('exit', (code) => resolve(code)));
      node.process.kill('SIGTERM');
      return exited;
    },
    stopAll() {
      for (const n of nodes) n.process.kill('SIGKILL');
    },
  };
};

/**
 * A session in the aquarium's first phase with `phones` phones: the facilitator and the projector on
 * the nodes given, phones spread over `phoneNodes` in turn. Thoughts need no approval, so each one
 * reaches every phone and the projector too.
 */
export const busySession = async (
  urls: () => string[],
  opts: {
    phones: number;
    staffNode: number;
    screenNode: number;
    phoneNodes: number[];
    /** Where phone `i` reconnects to, when not to any of `urls()`. */
    phoneUrls?: (i: number) => () => string[];
  },
) => {
  const at = (i: number) => urls()[i]!;
  const created = await createSession(at(opts.staffNode), { title: 'Vikasieto' });
  const tokens = { facilitator: created.tokens.facilitator, screen: created.tokens.screen };
  const facilitator = await LiveClient.open(urls, tokens.facilitator, opts.staffNode);
  const screen = await LiveClient.open(urls, tokens.screen, opts.screenNode);
  const joins: JoinResponse[] = [];
  for (let i = 0; i < opts.phones; i++) {
    joins.push(
      await joinSession(at(opts.phoneNodes[i % opts.phoneNodes.length]!), created.joinCode, `g${(i % 5) + 1}`),
    );
  }
  const phones = await Promise.all(
    joins.map((j, i) => {
      const node = opts.phoneNodes[i % opts.phoneNodes.length]!;
      const own = opts.phoneUrls?.(i);
      return own ? LiveClient.open(own, j.token) : LiveClient.open(urls, j.token, node);
    }),
  );
  await facilitator.send('settings:update', { thoughtsNeedApproval: false });
  await facilitator.send('circles:balance');
  await facilitator.send('session:start');
  const clients = [facilitator, screen, ...phones];
  return { created, tokens, joins, facilitator, screen, phones, clients };
};
export type BusySession = Awaited<ReturnType<typeof busySession>>;

/**
 * 50 people at work: each phone in turn sends a thought (typed text: kept through an outage) or asks for
 * a turn to speak and cancels it (a click), waiting for each answer, as a person does.
 */
export const keepBusy = (session: BusySession) => {
  let stopped = false;
  const loops = session.phones.map(async (phone, i) => {
    let n = 0;
    await sleep(Math.random() * 300);
    while (!stopped) {
      n++;
      if (n % 4 === 1 && n < 36) {
        // At most 9 a minute: under the per-minute limit for thoughts.
        await phone.send(
          'thought:submit',
          { thoughtId: `t-${i}-${n}-${nanoid(4)}`, text: `Ajatus ${i}/${n}`, questionId: 'q1', showName: false },
          { durable: true },
        );
      } else if (n % 2 === 0) await phone.send('turn:request', { emptyChair: false });
      else await phone.send('turn:cancel');
      await sleep(250 + Math.random() * 400);
    }
  });
  return async () => {
    stopped = true;
    await Promise.all(loops);
  };
};

/** What every client made: answered for good, each with ok or a code the UI has words for. */
export const outcomes = (clients: LiveClient[]) => {
  const made = clients.flatMap((c) => c.made);
  const codes = new Set<string>(Object.values(ErrorCode));
  const byCode: Record<string, number> = {};
  for (const m of made) {
    const key = m.answer ? (m.answer.ok ? 'ok' : m.answer.error.code) : 'unanswered';
    byCode[key] = (byCode[key] ?? 0) + 1;
  }
  return {
    made: made.length,
    byCode,
    unanswered: made.filter((m) => !m.answer).length,
    uncoded: made.filter((m) => m.answer && !m.answer.ok && !codes.has(m.answer.error.code)).length,
    held: made.filter((m) => m.heldBy.length > 0).length,
    acked: made.filter((m) => m.answer?.ok).map((m) => ({ m, ack: m.answer as CommandAck & { ok: true } })),
  };
};

/**
 * Each live client against a full sync of the same identity: the events it never applied, those that
 * came too late to apply, and whether its state is exactly the stored one.
 */
export const compareWithFullSync = async (url: string, clients: LiveClient[], tokens: string[]) => {
  let neverShown = 0;
  let lateLeft = 0;
  let differing = 0;
  for (const [i, c] of clients.entries()) {
    const fresh = await TestClient.connect(url, tokens[i]!);
    const seen = new Set(c.applied.map((e) => e.seq));
    // What a snapshot brought is in the state (compared below), not among the events applied one by one.
    const missing = fresh.received.filter((e) => e.seq > c.coveredUpTo && !seen.has(e.seq));
    neverShown += missing.length;
    if (missing.length > 0 && process.env.SHOW_PROGRESS) {
      const m = missing[0]!.seq;
      console.log(
        `client ${i} missing`,
        missing.map((e) => `${e.seq}:${e.type}`),
        'applied around',
        c.applied.filter((e) => Math.abs(e.seq - m) < 30).map((e) => e.seq),
        'syncs',
        c.syncs,
        'reconnects',
        c.reconnects,
      );
    }
    lateLeft += c.late.length;
    if (JSON.stringify(fresh.state) !== JSON.stringify(c.state)) differing++;
    fresh.socket.disconnect();
  }
  return { neverShown, lateLeft, differing };
};

/** The newest sequence number each client may see, from a full sync (after the last write). */
export const expectedHeads = async (url: string, tokens: string[]) => {
  const heads: number[] = [];
  for (const t of tokens) {
    const fresh = await TestClient.connect(url, t);
    heads.push(fresh.state?.seq ?? 0);
    fresh.socket.disconnect();
  }
  return heads;
};

/** The stored log: gap-free sequence numbers, and thoughts stored more than once. */
export const storedLog = async (databaseUrl: string, sessionId: string) => {
  const db = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const { rows } = await db.query<{ seq: string; type: string; data: string }>(
      'SELECT seq, type, data FROM events WHERE session_id = $1 ORDER BY seq',
      [sessionId],
    );
    const seqs = rows.map((r) => Number(r.seq));
    const thoughtIds = rows
      .filter((r) => r.type === 'thought.submitted')
      .map((r) => (JSON.parse(r.data) as { thought: { id: string } }).thought.id);
    return {
      head: seqs.at(-1) ?? 0,
      gaps: seqs.filter((s, i) => s !== i + 1).length,
      thoughtIds: new Set(thoughtIds),
      doubled: thoughtIds.length - new Set(thoughtIds).size,
    };
  } finally {
    await db.end();
  }
};

/** Acknowledged thoughts missing from the stored log. */
export const ackedLost = (clients: LiveClient[], stored: Set<string>) =>
  clients
    .flatMap((c) => c.made)
    .filter((m) => m.name === 'thought:submit' && m.answer?.ok)
    .filter((m) => !stored.has(String(m.payload.thoughtId))).length;
