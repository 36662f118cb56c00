import { afterEach, describe, expect, it } from 'vitest';
import { defaultAquariumSetup } from '@aquarium/shared';
import { startServer, type TestServer } from './helper.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const cacheControl = async (path: string, init?: RequestInit) => {
  const res = await fetch(`${server!.url}${path}`, init);
  return { status: res.status, cacheControl: res.headers.get('cache-control') };
};
const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('answers that no browser or proxy may keep', () => {
  it('sends no-store with tokens, with personal data and with every error, and keeps what may be kept', async () => {
    server = await startServer({ app: { metricsToken: 'metrics-token-for-the-test-0123' } });
    const session = await server.createSession();
    const { status: joinStatus } = await server.post('/api/join', { code: session.joinCode, stakeholderGroupId: 'g1' });
    expect(joinStatus).toBe(201);

    // A join answers with the phone's token; the join form's look-up names the session.
    expect(await cacheControl('/api/join', post({ code: session.joinCode, stakeholderGroupId: 'g1' }))).toEqual({
      status: 201,
      cacheControl: 'no-store',
    });
    expect(await cacheControl(`/api/join/${session.joinCode}`)).toEqual({ status: 200, cacheControl: 'no-store' });

    // Joining closes when the session ends: a kept "open" or a kept 410 would both mislead a phone.
    const facilitator = await server.connect(session.tokens.facilitator);
    expect((await facilitator.send('session:start', {})).ok).toBe(true);
    expect((await facilitator.send('session:end', {})).ok).toBe(true);
    expect(await cacheControl(`/api/join/${session.joinCode}`)).toEqual({ status: 410, cacheControl: 'no-store' });
    expect(await cacheControl('/api/join/ZZZZ-ZZZZ')).toMatchObject({ cacheControl: 'no-store' });
    expect(await cacheControl(`/api/summary/${session.joinCode}`)).toEqual({ status: 404, cacheControl: 'no-store' });
    expect(await cacheControl('/api/nothing')).toEqual({ status: 404, cacheControl: 'no-store' });
    expect(await cacheControl('/api/sessions', post({ setup: 'nonsense' }))).toMatchObject({
      status: 400,
      cacheControl: 'no-store',
    });

    // Probes and metrics are always asked afresh.
    expect(await cacheControl('/readyz')).toEqual({ status: 200, cacheControl: 'no-store' });
    expect(await cacheControl('/metrics')).toEqual({ status: 401, cacheControl: 'no-store' });

    // A QR code of a join link is the same tomorrow: it keeps its own caching.
    expect(await cacheControl(`/api/qr/${session.joinCode}.svg`)).toEqual({
      status: 200,
      cacheControl: 'public, max-age=86400',
    });
  });

  it('sends no-store with a new session, whose answer holds the staff links and their tokens', async () => {
    server = await startServer();
    const setup = { ...defaultAquariumSetup('fi'), title: 'Alueellinen arviointi' };
    const res = await fetch(`${server.url}/api/sessions`, post({ setup }));
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
