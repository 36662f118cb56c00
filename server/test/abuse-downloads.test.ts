import { afterEach, describe, expect, it } from 'vitest';
import { recordFigures } from './figures.js';
import { startServer, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

const published = async () => {
  const created = await server.createSession();
  const facilitator = await server.connect(created.tokens.facilitator);
  const phone = await server.connect((await server.join(created.joinCode)).token);
  await facilitator.send('settings:update', { thoughtsNeedApproval: false });
  await facilitator.send('session:start');
  await phone.send('thought:submit', { thoughtId: 't1', text: 'Ajatus', questionId: 'q1', showName: false });
  await facilitator.send('session:end');
  await facilitator.send('summary:publish');
  return { created, facilitator };
};

describe('summary downloads', () => {
  it('renders a version once and serves every copy from the cache, with an ETag and immutable caching', async () => {
    server = await startServer();
    const { created } = await published();
    // Markdown renders in the same worker pool and cache as the PDF, without the PDF's CPU time.
    const url = `${server.url}/api/summary/${created.joinCode}/v1.md`;
    const all = await Promise.all(Array.from({ length: 20 }, () => fetch(url)));
    expect(all.every((r) => r.status === 200)).toBe(true);
    const etags = new Set(all.map((r) => r.headers.get('etag')));
    const bodies = new Set(
      await Promise.all(all.map(async (r) => Buffer.from(await r.arrayBuffer()).toString('base64'))),
    );
    expect(etags.size).toBe(1);
    expect(bodies.size).toBe(1);
    expect(all[0]!.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    const again = await fetch(url, { headers: { 'if-none-match': [...etags][0]! } });
    expect(again.status).toBe(304);
    // The web page is revalidated: a newer version adds a notice, and a new ETag with it.
    const html = await fetch(`${server.url}/api/summary/${created.joinCode}/v1.html`);
    expect(html.headers.get('cache-control')).toBe('private, no-cache');
    recordFigures('downloadCache', { concurrent: all.length, distinctEtags: etags.size, revalidated: again.status });
  });

  it('limits downloads per address', async () => {
    server = await startServer({ app: { downloadsPerMinute: 10 } });
    const { created } = await published();
    const statuses = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await fetch(`${server.url}/api/summary/${created.joinCode}/v1.md`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
