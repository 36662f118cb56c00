import { afterEach, describe, expect, it } from 'vitest';
import { loggerOptions } from '../src/logging.js';
import { startServer, type TestServer } from './helper.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOKEN = 'metrics-token-for-the-test-0123';

describe('probes and metrics (docs/OPERATIONS.md)', () => {
  it('answers liveness and readiness, and readiness turns 503 while the node drains for shutdown', async () => {
    server = await startServer();
    expect((await fetch(`${server.url}/livez`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, draining: false, storage: 'ok' });

    const session = await server.createSession();
    const facilitator = await server.connect(session.tokens.facilitator);
    const gone = new Promise<void>((r) => facilitator.socket.once('disconnect', () => r()));
    await server.drain();
    await gone;
    const during = await fetch(`${server.url}/readyz`);
    expect(during.status).toBe(503);
    expect(await during.json()).toMatchObject({ ready: false, draining: true });
    expect((await fetch(`${server.url}/livez`)).status).toBe(200);
    // A new connection is sent elsewhere: the client tries another node.
    await expect(server.connect(session.tokens.facilitator)).rejects.toThrow('SHUTTING_DOWN');
  });

  it('keeps /metrics off without a token, asks for the bearer token, and counts what the room does', async () => {
    server = await startServer({ app: { metricsToken: TOKEN } });
    const session = await server.createSession();
    const facilitator = await server.connect(session.tokens.facilitator);
    const scribe = await server.connect(session.tokens.scribe);
    await server.connect((await server.join(session.joinCode)).token);
    expect((await scribe.send('note:add', { noteId: 'n1', text: 'Yhteistyö', questionId: 'q1' })).ok).toBe(true);
    expect(await facilitator.send('thought:moderate', { thoughtId: 'nope', status: 'approved' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/^aquarium_connections\{role="facilitator"\} 1$/m);
    expect(text).toMatch(/^aquarium_connections\{role="participant"\} 1$/m);
    expect(text).toMatch(/^aquarium_commands_total\{command="note:add",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^aquarium_commands_total\{command="thought:moderate",outcome="NOT_FOUND"\} 1$/m);
    expect(text).toMatch(/^aquarium_command_duration_seconds_count\{command="note:add"\} 1$/m);
    expect(text).toMatch(/^aquarium_write_batch_commands_count [1-9]/m);
    expect(text).toMatch(/^aquarium_sessions_in_memory 1$/m);
    expect(text).toMatch(/^aquarium_ready 1$/m);
    expect(text).toMatch(/^aquarium_nodejs_eventloop_lag_p99_seconds /m);
    expect(text).toMatch(/^aquarium_process_resident_memory_bytes /m);

    const off = await startServer();
    expect((await fetch(`${off.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    await off.close();
  });

  it('logs one line per command with its name, session, duration and outcome, never its payload', async () => {
    const lines: string[] = [];
    server = await startServer({ logger: loggerOptions('info', { write: (line) => lines.push(line) }) });
    const session = await server.createSession();
    const scribe = await server.connect(session.tokens.scribe);
    await scribe.send('note:add', { noteId: 'n1', text: 'SALAINEN-MUISTIINPANO', questionId: 'q1' });
    const commands = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'command');
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatchObject({
      command: 'note:add',
      session: session.sessionId,
      role: 'scribe',
      outcome: 'ok',
    });
    expect(typeof commands[0]!.ms).toBe('number');
    expect(lines.join('')).not.toContain('SALAINEN-MUISTIINPANO');
  });
});
