import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { recordFigures } from './figures.js';
import { tempDataDir, TestClient } from './helper.js';
import { createSession, joinSession } from '@aquarium/testkit';
import { queueClient } from './kit/queueClient.js';
import { freePort, spawnServer } from './process.js';

const PHONES = 50;
const THOUGHTS_EACH = 8;
const NOTES_PER_ROUND = 8;

let child: ChildProcess | null = null;
const clients: { close: () => void }[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
  child?.kill('SIGKILL');
});

/** A phone or the scribe sending through the app's real command queue; remembers which items were acknowledged. */
const sender = (url: string, token: string) => {
  const client = queueClient(url, token);
  clients.push(client);
  const acked = new Set<string>();
  const send = (name: 'thought:submit' | 'note:add', itemId: string, payload: object) =>
    void client.send(name, payload).then((ack) => {
      if (!ack.ok) throw new Error(`refused: ${ack.error.code} ${ack.error.message}`);
      acked.add(itemId);
    });
  return { client, acked, send };
};

describe('a server killed with SIGKILL mid-session', () => {
  it('loses no acknowledged thought or note and applies nothing twice', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    child = await spawnServer(port, dataDir);

    const created = await createSession(url, { title: 'Kaatumistesti' });
    const facilitator = queueClient(url, created.tokens.facilitator);
    clients.push(facilitator);
    expect(await facilitator.send('session:start', {}, false)).toMatchObject({ ok: true });
    const scribe = sender(url, created.tokens.scribe);
    const phones: ReturnType<typeof sender>[] = [];
    for (let i = 0; i < PHONES; i++) {
      const joined = await joinSession(url, created.joinCode, `g${(i % 6) + 1}`);
      phones.push(sender(url, joined.token));
    }
    await Promise.all([scribe, ...phones].map((c) => c.client.connected));

    // Everyone sends at a steady pace; the server is killed half way through.
    const all = [scribe, ...phones];
    const sendRound = (round: number) => {
      phones.forEach((p, i) => {
        const thoughtId = `t${i}x${round}`;
        p.send('thought:submit', thoughtId, {
          thoughtId,
          text: `Ajatus ${i}/${round}`,
          questionId: 'q1',
          showName: false,
        });
      });
      for (let n = 0; n < NOTES_PER_ROUND; n++) {
        const noteId = `n${round}x${n}`;
        scribe.send('note:add', noteId, { noteId, text: `Muistiinpano ${round}/${n}`, questionId: 'q2' });
      }
    };
    for (let round = 0; round < THOUGHTS_EACH / 2 - 1; round++) {
      sendRound(round);
      await new Promise((r) => setTimeout(r, 60));
    }
    // The last round before the kill is sent and the server killed at once: its commands are on the wire
    // (some stored, none answered), and the queue must send each again with the same id.
    sendRound(THOUGHTS_EACH / 2 - 1);
    const ackedBeforeKill = all.reduce((n, c) => n + c.acked.size, 0);
    const inFlight = all.reduce((n, c) => n + c.client.waiting(), 0);
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    const killedAt = Date.now();
    const ackedSnapshot = new Set(all.flatMap((c) => [...c.acked]));

    // Keep sending while the server is down: these wait in the clients' outboxes.
    for (let round = THOUGHTS_EACH / 2; round < THOUGHTS_EACH; round++) sendRound(round);
    child = await spawnServer(port, dataDir);
    const restartMs = Date.now() - killedAt;

    await expect
      .poll(() => all.reduce((n, c) => n + c.client.waiting(), 0), { timeout: 20_000, interval: 100 })
      .toBe(0);

    const check = await TestClient.connect(url, created.tokens.facilitator);
    clients.push({ close: () => check.socket.disconnect() });
    const thoughtIds = check.received.flatMap((e) => (e.type === 'thought.submitted' ? [e.data.thought.id] : []));
    const noteIds = check.received.flatMap((e) => (e.type === 'note.added' ? [e.data.note.id] : []));
    const stored = new Set([...thoughtIds, ...noteIds]);
    const expectedThoughts = PHONES * THOUGHTS_EACH;
    const expectedNotes = NOTES_PER_ROUND * THOUGHTS_EACH;
    const lostAcked = [...ackedSnapshot].filter((id) => !stored.has(id)).length;
    const figures = {
      phones: PHONES,
      thoughtsSent: expectedThoughts,
      notesSent: expectedNotes,
      ackedBeforeKill,
      inFlightAtKill: inFlight,
      resentAfterRestart: all.reduce((n, c) => n + c.client.resent(), 0),
      restartMs,
      thoughtsStored: thoughtIds.length,
      notesStored: noteIds.length,
      duplicates: thoughtIds.length - new Set(thoughtIds).size + noteIds.length - new Set(noteIds).size,
      lostAcknowledged: lostAcked,
    };
    recordFigures('kill9', figures);
    expect(figures.resentAfterRestart).toBeGreaterThanOrEqual(PHONES);
    expect(lostAcked).toBe(0);
    expect(figures.duplicates).toBe(0);
    expect(new Set(thoughtIds).size).toBe(expectedThoughts);
    expect(new Set(noteIds).size).toBe(expectedNotes);
  });
});
