// A phone joining a session of many published thoughts gets a small catch-up, and still votes on thoughts:
// a dot vote's thoughts come with the vote (issue #24).
import { limits, type SyncAck } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { prefillSession } from '../bench/load/prefill.js';
import { startServer, tempDataDir, type TestClient, type TestServer } from './helper.js';

// Enough to be many (ten votes' worth) and to make a catch-up that carried them 290 KB; few enough that the test's
// own clients, which fold each event as it arrives in the server's process, do not stall its sockets.
const PUBLISHED = 1_000;
let server: TestServer | undefined;
afterEach(async () => server?.close(true));

/** The size in bytes of the first sync answer a client received. */
const firstSyncBytes = (c: TestClient) => {
  const frame = c.frames.find((f) => Array.isArray(f) && f[0] === 'sync') as [string, SyncAck];
  return JSON.stringify(frame[1]).length;
};

/** A session whose q1 holds PUBLISHED approved thoughts, written before the server starts, as a long session's are. */
const longSession = async () => {
  const dataDir = tempDataDir();
  const first = await startServer({ dataDir });
  const created = await first.createSession();
  await first.close(false);
  await prefillSession(dataDir, created.sessionId, { participants: 50, thoughts: PUBLISHED, notes: 0 });
  server = await startServer({ dataDir });
  return created;
};

describe('a phone in a session of many published thoughts', () => {
  it('catches up without them and votes on the thoughts a vote lists', async () => {
    const created = await longSession();
    const facilitator = await server!.connect(created.tokens.facilitator);
    const screen = await server!.connect(created.tokens.screen);
    expect(Object.keys(screen.state!.publicThoughts)).toHaveLength(PUBLISHED);

    const phone = await server!.connect((await server!.join(created.joinCode, 'g1', 'Anna')).token);
    // Its join, the session and its settings: a few KB, where every published thought was 300 bytes each.
    expect(firstSyncBytes(phone)).toBeLessThan(20_000);
    expect(phone.received.some((e) => e.type === 'thought.published')).toBe(false);
    expect(Object.keys(phone.state!.publicThoughts)).toHaveLength(0);

    // More thoughts under a question than a vote can list: refused, with what to do instead.
    const tooMany = await facilitator.send('vote:open', {
      voteId: 'big',
      questionId: 'q1',
      targetKind: 'thought',
      dots: 3,
    });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(!tooMany.ok && tooMany.error.message).toContain(String(limits.maxVoteThoughts));

    await facilitator.send('settings:update', { thoughtsNeedApproval: false });
    for (const [i, text] of ['Vertaistuki', 'Yhteinen kieli', 'Kokeilut'].entries()) {
      expect(
        await phone.send('thought:submit', { thoughtId: `q2t${i}`, text, questionId: 'q2', showName: true }),
      ).toMatchObject({ ok: true });
    }
    await facilitator.until((s) => Object.values(s.thoughts).filter((t) => t.questionId === 'q2').length === 3);
    expect(
      await facilitator.send('vote:open', { voteId: 'v1', questionId: 'q2', targetKind: 'thought', dots: 3 }),
    ).toMatchObject({
      ok: true,
    });
    const voting = await phone.until((s) => s.votes.v1?.status === 'open');
    // The vote lists the question's published thoughts, oldest first, without their authors.
    expect(voting.votes.v1!.targets).toEqual([
      { id: 'q2t0', text: 'Vertaistuki' },
      { id: 'q2t1', text: 'Yhteinen kieli' },
      { id: 'q2t2', text: 'Kokeilut' },
    ]);
    expect(await phone.send('vote:allocate', { voteId: 'v1', allocation: { q2t1: 2, q2t2: 1 } })).toMatchObject({
      ok: true,
    });
    // A published thought the vote does not list takes no dots.
    expect(await phone.send('vote:allocate', { voteId: 'v1', allocation: { 'early-t1': 1 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });

    // Hidden while the vote is open: off the list on the phone and on the projector; its dots no longer count.
    await facilitator.send('thought:moderate', { thoughtId: 'q2t2', status: 'hidden' });
    await phone.until((s) => s.votes.v1?.targets?.length === 2);
    await screen.until((s) => s.votes.v1?.targets?.length === 2 && !s.publicThoughts.q2t2);
    expect(await phone.send('vote:allocate', { voteId: 'v1', allocation: { q2t2: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });

    await facilitator.send('vote:close', { voteId: 'v1' });
    await facilitator.send('vote:reveal', { voteId: 'v1' });
    const revealed = await phone.until((s) => !!s.votes.v1?.revealed);
    expect(revealed.votes.v1!.revealed).toMatchObject({ q2t1: 2 });

    // A phone joining now catches up on the vote with its list, and still not on the published thoughts.
    const late = await server!.connect((await server!.join(created.joinCode, 'g2')).token);
    expect(late.state!.votes.v1!.targets!.map((t) => t.id)).toEqual(['q2t0', 'q2t1']);
    expect(firstSyncBytes(late)).toBeLessThan(20_000);
  });
});
