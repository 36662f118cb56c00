import { afterEach, describe, expect, it } from 'vitest';
import { loggerOptions } from '../src/logging.js';
import { startServer, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

describe('logs', () => {
  it('never contain thought or note text, tokens or join codes, even at trace level', async () => {
    const lines: string[] = [];
    server = await startServer({ logger: loggerOptions('trace', { write: (line) => lines.push(line) }) });
    const created = await server.createSession({ title: 'Lokitesti' });
    const facilitator = await server.connect(created.tokens.facilitator);
    const scribe = await server.connect(created.tokens.scribe);
    const joined = await server.join(created.joinCode, 'g1', 'Nimi Lokissa');
    const phone = await server.connect(joined.token);
    await server.get(`/api/join/${created.joinCode}`);
    await server.get(`/api/join/ZZZZ${created.joinCode.slice(4)}`);
    await fetch(`${server.url}/api/qr/${created.joinCode}.svg`);
    await facilitator.send('session:start');
    await phone.send('thought:submit', { thoughtId: 't1', text: 'LOKIIN-EI-AJATUS', questionId: 'q1', showName: true });
    await scribe.send('note:add', { noteId: 'n1', text: 'LOKIIN-EI-MUISTIINPANO', questionId: 'q1' });
    await facilitator.send('session:end');
    await facilitator.send('summary:publish');
    await fetch(`${server.url}/api/summary/${created.joinCode}/v1.md`);
    await fetch(`${server.url}/api/summary-draft.md`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: created.tokens.facilitator }),
    });

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(10);
    const secrets = [
      'LOKIIN-EI-AJATUS',
      'LOKIIN-EI-MUISTIINPANO',
      'Nimi Lokissa',
      created.joinCode,
      created.joinCode.slice(4),
      joined.token,
      ...Object.values(created.tokens),
    ];
    for (const secret of secrets) expect(log, secret).not.toContain(secret);
  });
});
