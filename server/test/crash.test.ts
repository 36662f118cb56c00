import type { ChildProcess } from 'node:child_process';
import {
  defaultAquariumSetup,
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type CommandAck,
  type CreateSessionResponse,
  type JoinResponse,
  type ServerToClientEvents,
  type SyncAck,
} from '@aquarium/shared';
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { recordFigures } from './figures.js';
import { tempDataDir } from './helper.js';
import { freePort, spawnServer } from './process.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const PHONES = 50;
const THOUGHTS_EACH = 8;
const NOTES_PER_ROUND = 8;

let child: ChildProcess | null = null;
const sockets: ClientSocket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
  child?.kill('SIGKILL');
});

/** A client that keeps every unacknowledged command and sends it again, with the same id, after a reconnect. */
const sender = (url: string, token: string) => {
  const socket: ClientSocket = io(url, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    transports: ['websocket'],
    reconnectionDelay: 100,
    reconnectionDelayMax: 300,
  });
  sockets.push(socket);
  const unacked = new Map<string, { name: 'thought:submit' | 'note:add'; payload: Record<string, unknown> }>();
  const acked = new Set<string>();
  let resent = 0;
  const attempt = (commandId: string) => {
    const entry = unacked.get(commandId);
    if (!entry || !socket.connected) return;
    socket.timeout(2000).emit(entry.name, entry.payload, (err: Error | null, ack: CommandAck) => {
      if (err || !ack) return; // lost with the connection: sent again on reconnect
      if (!ack.ok && ack.error.code === 'RATE_LIMITED') {
        // The per-socket limit met a burst (an outbox flushing after a reconnect): try again shortly.
        setTimeout(() => attempt(commandId), 400);
        return;
      }
      if (!ack.ok) throw new Error(`refused: ${ack.error.code} ${ack.error.message}`);
      unacked.delete(commandId);
      acked.add(commandId);
    });
  };
  let connects = 0;
  socket.on('connect', () => {
    if (connects++ === 0) return;
    for (const id of unacked.keys()) {
      resent++;
      attempt(id);
    }
  });
  return {
    socket,
    acked,
    unacked,
    resent: () => resent,
    send(name: 'thought:submit' | 'note:add', payload: Record<string, unknown>) {
      const commandId = `cmd-${payload.thoughtId ?? payload.noteId}`;
      unacked.set(commandId, { name, payload: { commandId, ...payload } });
      attempt(commandId);
    },
  };
};

const post = async <T>(url: string, body: unknown) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
};

describe('a server killed with SIGKILL mid-session', () => {
  it('loses no acknowledged thought or note and applies nothing twice', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    child = await spawnServer(port, dataDir);

    const created = await post<CreateSessionResponse>(`${url}/api/sessions`, {
      setup: { ...defaultAquariumSetup('fi'), title: 'Kaatumistesti' },
    });
    const tokens = Object.fromEntries(Object.entries(created.links).map(([k, v]) => [k, v.split('#')[1]!]));
    const facilitator = sender(url, tokens.facilitator!);
    await new Promise((r) => facilitator.socket.once('connect', () => r(null)));
    await facilitator.socket.emitWithAck('session:start', { commandId: 'start-000' });
    const scribe = sender(url, tokens.scribe!);
    const phones: ReturnType<typeof sender>[] = [];
    for (let i = 0; i < PHONES; i++) {
      const joined = await post<JoinResponse>(`${url}/api/join`, {
        code: created.joinCode,
        stakeholderGroupId: `g${(i % 6) + 1}`,
      });
      phones.push(sender(url, joined.token));
    }
    await Promise.all(
      [scribe, ...phones].map((c) =>
        c.socket.connected ? null : new Promise((r) => c.socket.once('connect', () => r(null))),
      ),
    );

    // Everyone sends at a steady pace; the server is killed half way through.
    const all = [scribe, ...phones];
    const sendRound = (round: number) => {
      phones.forEach((p, i) =>
        p.send('thought:submit', {
          thoughtId: `t${i}x${round}`,
          text: `Ajatus ${i}/${round}`,
          questionId: 'q1',
          showName: false,
        }),
      );
      for (let n = 0; n < NOTES_PER_ROUND; n++) {
        scribe.send('note:add', { noteId: `n${round}x${n}`, text: `Muistiinpano ${round}/${n}`, questionId: 'q2' });
      }
    };
    for (let round = 0; round < THOUGHTS_EACH / 2; round++) {
      sendRound(round);
      await new Promise((r) => setTimeout(r, 60));
    }
    const ackedBeforeKill = all.reduce((n, c) => n + c.acked.size, 0);
    const inFlight = all.reduce((n, c) => n + c.unacked.size, 0);
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    const killedAt = Date.now();
    const ackedSnapshot = new Set(all.flatMap((c) => [...c.acked]));

    // Keep sending while the server is down: these wait in the clients' outboxes.
    for (let round = THOUGHTS_EACH / 2; round < THOUGHTS_EACH; round++) sendRound(round);
    child = await spawnServer(port, dataDir);
    const restartMs = Date.now() - killedAt;

    await expect.poll(() => all.reduce((n, c) => n + c.unacked.size, 0), { timeout: 20_000, interval: 100 }).toBe(0);

    const check = sender(url, tokens.facilitator!);
    await new Promise((r) => check.socket.once('connect', () => r(null)));
    const sync = (await check.socket.emitWithAck('sync:request', { lastSeq: 0 })) as SyncAck;
    if (!sync.ok) throw new Error(sync.error.message);
    const thoughtIds = sync.events.flatMap((e) => (e.type === 'thought.submitted' ? [e.data.thought.id] : []));
    const noteIds = sync.events.flatMap((e) => (e.type === 'note.added' ? [e.data.note.id] : []));
    const stored = new Set([...thoughtIds.map((id) => `cmd-${id}`), ...noteIds.map((id) => `cmd-${id}`)]);
    const expectedThoughts = PHONES * THOUGHTS_EACH;
    const expectedNotes = NOTES_PER_ROUND * THOUGHTS_EACH;
    const lostAcked = [...ackedSnapshot].filter((id) => !stored.has(id)).length;
    const figures = {
      phones: PHONES,
      thoughtsSent: expectedThoughts,
      notesSent: expectedNotes,
      ackedBeforeKill,
      inFlightAtKill: inFlight,
      resentAfterRestart: all.reduce((n, c) => n + c.resent(), 0),
      restartMs,
      thoughtsStored: thoughtIds.length,
      notesStored: noteIds.length,
      duplicates: thoughtIds.length - new Set(thoughtIds).size + noteIds.length - new Set(noteIds).size,
      lostAcknowledged: lostAcked,
    };
    recordFigures('kill9', figures);
    expect(lostAcked).toBe(0);
    expect(figures.duplicates).toBe(0);
    expect(new Set(thoughtIds).size).toBe(expectedThoughts);
    expect(new Set(noteIds).size).toBe(expectedNotes);
  }, 60_000);
});
