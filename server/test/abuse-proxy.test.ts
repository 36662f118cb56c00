import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { defaultAquariumSetup, type CreateSessionResponse } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { addressKey } from '../src/security/trustProxy.js';
import { freshSchema } from '../src/storage/testSchema.js';
import { recordFigures } from './figures.js';
import { tempDataDir } from './helper.js';
import { call, startNginx } from './nginx.js';
import { freePort, spawnServer } from './process.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;

describe('TRUST_PROXY', () => {
  it('is validated: a hop count or named proxies, never "any sender"', () => {
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1' }).trustProxy).toEqual(['127.0.0.1']);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toEqual(['10.0.0.0/8', 'loopback']);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({}).trustProxy).toBe(false);
    for (const bad of ['true', '*', 'nginx', '10.0.0.0/33', '300.1.1.1', '99']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
  });

  it('counts an IPv6 client by its /64, so one home cannot take 2⁶⁴ addresses', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'));
    expect(addressKey('2001:db8:1:2::1')).not.toBe(addressKey('2001:db8:1:3::1'));
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
  });
});

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

describe.skipIf(!databaseUrl || !redisUrl)('two nodes behind nginx, limits shared through Redis', () => {
  it('limits a guesser by its own address on every node; other phones, and joined phones beside it, still join', async () => {
    const schema = await freshSchema(databaseUrl!);
    try {
      const env = {
        DATABASE_URL: schema.url,
        REDIS_URL: redisUrl!,
        REDIS_STREAM: `test-${randomBytes(4).toString('hex')}`,
        TRUST_PROXY: '127.0.0.1',
        JOIN_FAILURES_PER_MINUTE: '10',
      };
      const ports = [await freePort(), await freePort()];
      for (const p of ports) children.push(await spawnServer(p, tempDataDir(), env));
      const nginx = await startNginx(ports);
      children.push(nginx.process);
      const proxy = nginx.port;

      const guesser = '127.0.0.2';
      const neighbour = '127.0.0.3';
      const created = JSON.parse(
        (
          await call(proxy, neighbour, 'POST', '/api/sessions', {
            body: { setup: { ...defaultAquariumSetup('fi'), title: 'Välityspalvelin' } },
          })
        ).body,
      ) as CreateSessionResponse;
      // A phone on the guesser's own network (same NAT) joined before the guessing began.
      const early = await call(proxy, guesser, 'POST', '/api/join', {
        body: { code: created.joinCode, stakeholderGroupId: 'g1' },
      });
      expect(early.status).toBe(201);
      const pass = early.setCookie.map((c) => c.split(';')[0]).join('; ');
      expect(pass).toMatch(/^aquarium_pass=/);

      // Ten wrong codes, spread over both nodes by nginx; each also claims another address.
      for (let i = 0; i < 10; i++) {
        const res = await call(proxy, guesser, 'GET', `/api/join/ZZZZZZZ${(i % 8) + 2}`, {
          headers: { 'x-forwarded-for': `10.9.9.${i}` },
        });
        expect(res.status).toBe(404);
      }
      // Now refused on both nodes (round robin: four calls reach each twice), right code or not.
      const refused: number[] = [];
      for (let i = 0; i < 4; i++) {
        refused.push((await call(proxy, guesser, 'GET', `/api/join/${created.joinCode}`)).status);
        refused.push((await call(proxy, guesser, 'GET', `/api/join/ZZZZZZZ${i + 2}`)).status);
      }
      expect(refused.every((s) => s === 429)).toBe(true);
      // Straight to a node, naming another client, the guesser is not believed (it is no trusted proxy).
      const direct = await call(ports[0]!, guesser, 'GET', `/api/join/${created.joinCode}`, {
        headers: { 'x-forwarded-for': '10.1.1.1' },
      });
      expect(direct.status).toBe(429);

      // A phone from another address joins through the same proxy, on either node.
      const info = [] as number[];
      for (let i = 0; i < 2; i++) {
        info.push((await call(proxy, neighbour, 'GET', `/api/join/${created.joinCode}`)).status);
        info.push(
          (
            await call(proxy, neighbour, 'POST', '/api/join', {
              body: { code: created.joinCode, stakeholderGroupId: 'g2' },
            })
          ).status,
        );
      }
      expect(info).toEqual([200, 201, 200, 201]);
      // The phone that joined beside the guesser is never locked out of its own session...
      for (let i = 0; i < 2; i++) {
        const res = await call(proxy, guesser, 'GET', `/api/join/${created.joinCode}`, { headers: { cookie: pass } });
        expect(res.status).toBe(200);
      }
      // ...but its pass is no way around the limit for guessing other codes.
      const other = await call(proxy, guesser, 'GET', '/api/join/ZZZZZZZ2', { headers: { cookie: pass } });
      expect(other.status).toBe(429);
      recordFigures('proxy', {
        nodes: 2,
        wrongCodesAllowed: 10,
        guesserRefusedOnBothNodes: refused.length,
        otherAddressJoined: info.filter((s) => s === 201).length,
        joinedPhoneBesideGuesser: 'admitted',
      });
    } finally {
      await schema.drop();
    }
  }, 60_000);
});
