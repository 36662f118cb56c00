import { commandNames, commandRoles, type Role } from '@aquarium/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startServer, TestClient, type TestServer } from './helper.js';
import { recordFigures } from './figures.js';
import { samplePayloads } from './samples.js';

let server: TestServer;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
});

/** A small seeded random generator, so a failing fuzz case can be replayed. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const junkValues: unknown[] = [
  null,
  true,
  -1,
  1e308,
  Number.NaN,
  '',
  'x'.repeat(5000),
  '<script>alert(1)</script>',
  [],
  [1, 2, 3],
  {},
  { __proto__: { admin: true } },
  { constructor: { prototype: { polluted: true } } },
];

/** A payload that is wrong by construction: junk, a wrong-typed field, an unknown key, or no command id. */
const malformed = (rnd: () => number, name: keyof typeof samplePayloads): unknown => {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const valid = { commandId: `fuzz${Math.floor(rnd() * 1e9)}`, ...samplePayloads[name] };
  switch (Math.floor(rnd() * 4)) {
    case 0:
      return pick(junkValues);
    case 1: {
      const key = pick(Object.keys(valid));
      const original: unknown = valid[key as keyof typeof valid];
      // A field given a value of another type, so the payload is wrong by construction.
      const wrong =
        typeof original === 'string' || original === null
          ? pick([42, true, [], { nested: true }])
          : pick(['text', -5.5e9]);
      return { ...valid, [key]: wrong };
    }
    case 2:
      return { ...valid, [`unexpected${Math.floor(rnd() * 100)}`]: pick(junkValues) };
    default: {
      const { commandId: _drop, ...rest } = valid;
      return rest;
    }
  }
};

describe('authorisation matrix', () => {
  it('lets only the allowed roles run each event', async () => {
    server = await startServer();
    const a = await server.createSession();
    const b = await server.createSession();
    const joined = await server.join(a.joinCode);
    const clients: Record<Role, TestClient> = {
      facilitator: await server.connect(a.tokens.facilitator),
      scribe: await server.connect(a.tokens.scribe),
      screen: await server.connect(a.tokens.screen),
      participant: await server.connect(joined.token),
    };
    const otherSession = await server.connect(b.tokens.facilitator);
    const seqBefore = clients.facilitator.state!.seq;

    let cells = 0;
    let unexpected = 0;
    const admin = ['session:delete', 'links:rotate'] as const;
    // Walk every command for every role that may NOT send it first, so nothing changes session A.
    for (const name of commandNames) {
      for (const role of Object.keys(clients) as Role[]) {
        if (commandRoles[name].includes(role)) continue;
        const ack = await clients[role].send(name, samplePayloads[name]);
        cells++;
        if (ack.ok || ack.error.code !== 'FORBIDDEN') unexpected++;
      }
    }
    for (const name of admin) {
      for (const role of ['scribe', 'screen', 'participant'] as const) {
        const ack = await clients[role].socket.emitWithAck(name, { joinCode: a.joinCode, role: 'scribe' } as never);
        cells++;
        if (ack.ok || ack.error.code !== 'FORBIDDEN') unexpected++;
      }
    }
    // Theme suggestions are the scribe's and the facilitators' (read only, so the scribe is not refused).
    for (const role of ['screen', 'participant'] as const) {
      const ack = await clients[role].socket.emitWithAck('themes:suggest', { questionId: 'q1' });
      cells++;
      if (ack.ok || ack.error.code !== 'FORBIDDEN') unexpected++;
    }
    // A token of another session acts on that session only: session A never changes.
    for (const name of commandNames) {
      await otherSession.send(name, samplePayloads[name]);
      cells++;
    }
    // No token, or a made-up one: no connection at all.
    for (const token of ['', 'x'.repeat(43), a.sessionId, a.joinCode]) {
      await expect(TestClient.connect(server.url, token)).rejects.toThrow('UNAUTHORIZED');
      cells += commandNames.length + admin.length + 1;
    }
    const sync = await clients.facilitator.sync();
    expect(sync.ok && sync.events).toEqual([]);
    expect(clients.facilitator.state!.seq).toBe(seqBefore);

    // The allowed roles are never refused for their role.
    let allowedRefused = 0;
    for (const name of commandNames) {
      for (const role of commandRoles[name]) {
        const ack = await clients[role].send(name, samplePayloads[name]);
        cells++;
        if (!ack.ok && ack.error.code === 'FORBIDDEN') allowedRefused++;
      }
    }
    recordFigures('authorisation', { cells, unexpectedSuccesses: unexpected, allowedRefused });
    expect(unexpected).toBe(0);
    expect(allowedRefused).toBe(0);
  });
});

describe('fuzzing every event', () => {
  it('answers 10,000 malformed payloads and misspelt names with clear errors and changes nothing', async () => {
    server = await startServer();
    const errors = vi.spyOn(console, 'error');
    const created = await server.createSession();
    const facilitator = await server.connect(created.tokens.facilitator);
    const phone = await server.connect((await server.join(created.joinCode)).token);
    await facilitator.send('session:start');
    const seq = facilitator.state!.seq;
    const rnd = random(20261122);
    const codes = new Map<string, number>();
    // Misspelt and made-up names too: each must be answered UNKNOWN_COMMAND, never left waiting.
    const unknownNames = ['note:create', 'thought:send', 'Session:start', 'vote', '__proto__', 'constructor'];
    const names = [
      ...commandNames,
      'sync:request',
      'session:delete',
      'links:rotate',
      'themes:suggest',
      ...unknownNames,
    ] as const;
    const total = 10_000;
    for (let i = 0; i < total; i++) {
      const name = names[i % names.length]!;
      // Sent by a role allowed to send it, so the payload itself is what gets judged.
      const client =
        Object.hasOwn(commandRoles, name) && commandRoles[name as 'turn:request'].includes('participant')
          ? phone
          : facilitator;
      const payload = Object.hasOwn(samplePayloads, name)
        ? malformed(rnd, name as keyof typeof samplePayloads)
        : (junkValues[i % junkValues.length] ?? { lastSeq: -1 });
      const ack = (await client.socket.emitWithAck(name as 'session:start', payload)) as {
        ok: boolean;
        error?: { code: string };
      };
      const code = ack.ok ? 'OK' : (ack.error?.code ?? 'NONE');
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    recordFigures('fuzz', { payloads: total, answers: Object.fromEntries(codes) });
    expect(codes.get('OK') ?? 0).toBe(0);
    expect(codes.get('NONE') ?? 0).toBe(0);
    expect([...codes.keys()].sort()).toEqual(['INVALID_PAYLOAD', 'UNKNOWN_COMMAND']);
    // Nothing reached the log as an unhandled error.
    expect(errors).not.toHaveBeenCalled();
    const sync = await facilitator.sync();
    expect(sync.ok && sync.events).toEqual([]);
    expect(facilitator.state!.seq).toBe(seq);
    expect((await server.get('/api/health')).status).toBe(200);
  });
});

describe('size and rate limits', () => {
  it('refuses oversized messages and slows a socket that floods', async () => {
    server = await startServer({ socketRate: { perSecond: 5, burst: 10 } });
    const created = await server.createSession();
    const facilitator = await server.connect(created.tokens.facilitator);
    const acks = await Promise.all(Array.from({ length: 30 }, () => facilitator.send('timer:extend', { minutes: 1 })));
    const limited = acks.filter((a) => !a.ok && a.error.code === 'RATE_LIMITED').length;
    recordFigures('flood', { sentAtOnce: acks.length, rateLimited: limited, limit: '5/s, burst 10' });
    expect(limited).toBeGreaterThanOrEqual(15);

    // A message over the size limit closes that connection; the server stays up.
    const disconnected = new Promise((r) => facilitator.socket.once('disconnect', r));
    facilitator.socket.emit('session:start', { commandId: 'big12345', pad: 'x'.repeat(300_000) }, () => undefined);
    await disconnected;
    expect((await server.get('/api/health')).status).toBe(200);
  });

  it('refuses a websocket opened by a page of another site', async () => {
    server = await startServer();
    const res = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    const same = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, {
      headers: { origin: server.url },
    });
    expect(same.status).toBe(200);
    // The same site's page is handed an engine.io session: the handshake went through, not just a status.
    expect(await same.text()).toMatch(/"sid":"[\w-]+"/);
  });
});
