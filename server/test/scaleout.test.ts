import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Presence } from '@aquarium/shared';
import { Pool } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { freshSchema } from './kit/freshSchema.js';
import { recordFigures } from './figures.js';
import { tempDataDir } from './helper.js';
import { createSession, joinSession, TestClient } from '@aquarium/testkit';
import { freePort, spawnServer } from './process.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;

describe('scale-out test services', () => {
  // CI must not pass by skipping the several-nodes test.
  it.runIf(process.env.CI === 'true')('are given in CI as TEST_DATABASE_URL and TEST_REDIS_URL', () => {
    expect(databaseUrl && redisUrl, 'TEST_DATABASE_URL and TEST_REDIS_URL').toBeTruthy();
  });
});

const nodes: ChildProcess[] = [];
const clients: TestClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.socket.disconnect();
  for (const n of nodes.splice(0)) n.kill('SIGKILL');
});

describe.skipIf(!databaseUrl || !redisUrl)('two server nodes on PostgreSQL and Redis', () => {
  it('run a session across nodes, and phones of a killed node continue on the other', async () => {
    const schema = await freshSchema(databaseUrl!);
    try {
      const env = {
        DATABASE_URL: schema.url,
        REDIS_URL: redisUrl!,
        REDIS_STREAM: `test-${randomBytes(4).toString('hex')}`,
      };
      const [portA, portB] = [await freePort(), await freePort()];
      const [urlA, urlB] = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`];
      const nodeA = await spawnServer(portA, tempDataDir(), env);
      const nodeB = await spawnServer(portB, tempDataDir(), env);
      nodes.push(nodeA, nodeB);
      const connect = async (url: string, token: string) => {
        const c = await TestClient.connect(url, token);
        clients.push(c);
        return c;
      };

      const created = await createSession(urlB, { title: 'Kaksi solmua' });
      const facilitator = await connect(urlB, created.tokens.facilitator);
      const screen = await connect(urlB, created.tokens.screen);
      // Phones join and connect through node A.
      const joins = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => joinSession(urlA, created.joinCode, `g${i}`)));
      const phones = await Promise.all(joins.map((j) => connect(urlA, j.token)));
      await facilitator.until((s) => s.participantOrder.length === 6);
      // The console on B shows who is connected on either node: the phones on A, itself and the projector on B.
      const everyone = (p: Presence, phoneCount: number) =>
        p.participantIds.length === phoneCount && p.facilitators === 1 && p.screens === 1;
      await facilitator.untilPresence((p) => everyone(p, 6));

      await facilitator.send('settings:update', { thoughtsNeedApproval: false });
      await facilitator.send('circles:balance');
      await facilitator.send('session:start');
      for (const p of phones)
        await p.until((s) => s.currentPhase === 0 && s.participants[s.participantOrder[0]!]?.circle !== null);

      // Phones on A send; the facilitator and projector on B see every thought, in one order.
      const sent = await Promise.all(
        phones.map((p, i) =>
          p.send('thought:submit', { thoughtId: `a${i}`, text: `Solmu A ${i}`, questionId: 'q1', showName: false }),
        ),
      );
      expect(sent.every((a) => a.ok)).toBe(true);
      await screen.until((s) => Object.keys(s.publicThoughts).length === 6);
      // A vote on them, opened on B: the phones on A get its list with the vote (never the published thoughts).
      await facilitator.send('vote:open', { voteId: 'v1', questionId: 'q1', targetKind: 'thought', dots: 2 });
      for (const p of phones) await p.until((s) => s.votes.v1?.targets?.length === 6);
      expect(await phones[1]!.send('vote:allocate', { voteId: 'v1', allocation: { a3: 2 } })).toMatchObject({
        ok: true,
      });
      for (let i = 1; i < 3; i++) {
        await facilitator.send('phase:next', { expectedIndex: i - 1 });
        for (const p of phones) await p.until((s) => s.currentPhase === i);
      }

      // A phone on A leaves: the console on B shows it offline.
      phones[5]!.socket.disconnect();
      const left = await facilitator.untilPresence((p) => everyone(p, 5));
      expect(left.participantIds).not.toContain(joins[5]!.participantId);

      // Node A dies. Its phones reconnect to B with their tokens and continue where they were.
      nodeA.kill('SIGKILL');
      const lastSeen = phones.map((p) => p.state!);
      const moved = await Promise.all(joins.map((j) => connect(urlB, j.token)));
      for (const [i, p] of moved.entries()) expect(p.state!.currentPhase).toBe(lastSeen[i]!.currentPhase);
      for (const p of moved) {
        expect(p.state!.votes.v1!.targets!.map((t) => t.id)).toEqual(lastSeen[0]!.votes.v1!.targets!.map((t) => t.id));
        expect(Object.keys(p.state!.publicThoughts)).toHaveLength(0);
      }
      await facilitator.untilPresence((p) => everyone(p, 6));
      // One phone resends a thought whose ack it never saw (same command id): applied once.
      const retry = { thoughtId: 'a0', text: 'Solmu A 0', questionId: 'q1', showName: false };
      const again = await moved[0]!.send('thought:submit', retry, 'never-acked-0001');
      const twice = await moved[0]!.send('thought:submit', retry, 'never-acked-0001');
      expect(twice).toEqual(again);
      await Promise.all(
        moved.map((p, i) =>
          p.send('thought:submit', { thoughtId: `b${i}`, text: `Solmu B ${i}`, questionId: 'q2', showName: false }),
        ),
      );
      await facilitator.send('phase:next', { expectedIndex: 2 });
      for (const p of moved) await p.until((s) => s.currentPhase === 3);
      await facilitator.send('session:end');
      await screen.until((s) => s.status === 'ended');

      const check = await connect(urlB, created.tokens.facilitator);
      // Every sequence number the database holds, including events no facilitator sees.
      const db = new Pool({ connectionString: schema.url, max: 1 });
      const { rows } = await db.query<{ seq: string }>('SELECT seq FROM events WHERE session_id = $1 ORDER BY seq', [
        created.sessionId,
      ]);
      await db.end();
      const seqs = rows.map((r) => Number(r.seq));
      const thoughts = check.received.filter((e) => e.type === 'thought.submitted');
      const ids = thoughts.map((e) => (e.type === 'thought.submitted' ? e.data.thought.id : ''));
      recordFigures('twoNodes', {
        phonesOnKilledNode: phones.length,
        events: seqs.length,
        thoughts: ids.length,
        duplicates: ids.length - new Set(ids).size,
        gaps: seqs.filter((s, i) => s !== i + 1).length,
      });
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      expect(new Set(ids).size).toBe(12);
      expect(ids).toHaveLength(12);
    } finally {
      await schema.drop();
    }
  });
});
