import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultAquariumSetup } from '@aquarium/shared';
import { createSession } from '@aquarium/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

/** A stand-in for client/dist: the page, and the build's manifest naming each language's strings chunk. */
const fakeClient = () => {
  const dir = tempDataDir();
  mkdirSync(join(dir, '.vite'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="fi">\n  <head>\n    <script type="module" crossorigin src="/assets/index-abc.js"></script>\n  </head>\n</html>\n',
  );
  const chunk = (language: string) => ({ file: `assets/core.${language}-x1.js`, isDynamicEntry: true });
  writeFileSync(
    join(dir, '.vite', 'manifest.json'),
    JSON.stringify({
      'src/i18n/core.fi.ts': chunk('fi'),
      'src/i18n/core.sv.ts': chunk('sv'),
      'src/i18n/core.en.ts': chunk('en'),
    }),
  );
  return dir;
};

const page = async (path: string) => {
  const res = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-cache');
  return res.text();
};

describe('the page in the language it opens in', () => {
  it("opens a join link in its session's language, with those strings preloaded beside the entry", async () => {
    server = await startServer({ clientDir: fakeClient() });
    const swedish = await createSession(server.url, { ...defaultAquariumSetup('sv'), title: 'Utvärdering' });
    const html = await page(`/j/${swedish.joinCode}`);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/core.sv-x1.js">');
    expect(html).not.toContain('core.fi');
    // Every other page (the front page, a staff view) opens in Finnish, its strings preloaded.
    for (const path of ['/', '/facilitator']) {
      const other = await page(path);
      expect(other).toContain('<html lang="fi">');
      expect(other).toContain('href="/assets/core.fi-x1.js"');
    }
  });

  it('opens a wrong code in Finnish and counts it as the join form does, so the page is no way round that limit', async () => {
    server = await startServer({ clientDir: fakeClient(), joinFailuresPerMinute: 1 });
    const swedish = await createSession(server.url, { ...defaultAquariumSetup('sv'), title: 'Utvärdering' });
    expect(await page('/j/ZZZZ-ZZZZ')).toContain('<html lang="fi">');
    // The one wrong code this address may try this minute is spent: a right code now opens in Finnish too, and the
    // join form's look-up is refused.
    expect(await page(`/j/${swedish.joinCode}`)).toContain('<html lang="fi">');
    const info = await fetch(`${server.url}/api/join/${swedish.joinCode}`);
    expect(info.status).toBe(429);
  });
});
