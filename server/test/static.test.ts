import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

/** A stand-in for client/dist: a page and one hashed asset with its precompressed copy. */
const fakeClient = () => {
  const dir = tempDataDir();
  mkdirSync(join(dir, 'assets'));
  const page = '<!doctype html><html lang="fi"><script type="module" src="/assets/index-abc.js"></script></html>';
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(page));
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'index-abc.js.br'), brotliCompressSync('console.log(1)'));
  return dir;
};

describe('serving the client', () => {
  it('sends precompressed assets, caches hashed ones for good and the page never, with a strict CSP', async () => {
    server = await startServer({ clientDir: fakeClient() });
    const page = await fetch(`${server.url}/j/ABCD-EFGH`, { headers: { 'accept-encoding': 'br' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('/assets/index-abc.js');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('upgrade-insecure-requests'); // the test server's public URL is http

    const asset = await fetch(`${server.url}/assets/index-abc.js`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log(1)');

    const api = await fetch(`${server.url}/api/nothing`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
