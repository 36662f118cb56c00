import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import { defaultSmallGroupSetup } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../src/clock.js';
import { startServer, TestClient, type TestServer } from './helper.js';

let server: TestServer;
let proxy: Server | null = null;
afterEach(async () => {
  proxy?.close();
  await server?.close();
});

/**
 * A TCP hop the test can cut silently, as when a phone leaves the venue's wifi: nothing is closed, bytes
 * just stop, so only the heartbeat can tell.
 */
const silentSwitch = async (port: number) => {
  let cut = false;
  const sockets: Socket[] = [];
  proxy = createServer((phone) => {
    const upstream = tcpConnect(port, '127.0.0.1');
    sockets.push(phone, upstream);
    phone.on('data', (d) => !cut && upstream.write(d));
    upstream.on('data', (d) => !cut && phone.write(d));
    phone.on('error', () => undefined);
    upstream.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    cut: () => {
      cut = true;
    },
    destroy: () => sockets.forEach((s) => s.destroy()),
  };
};

describe("a chair's connection that goes silent", () => {
  it('is noticed by the group within about five seconds, without any close from the phone', async () => {
    server = await startServer({ clock: systemClock });
    const created = await server.createSession({ ...defaultSmallGroupSetup('fi'), title: 'Pienryhmät' });
    const lead = await server.connect(created.tokens.facilitator);
    const chairJoin = await server.join(created.joinCode, 'g1', 'Aino');
    const memberJoin = await server.join(created.joinCode, 'g1', 'Aaro');
    const hop = await silentSwitch(Number(new URL(server.url).port));
    const chair = await TestClient.connect(hop.url, chairJoin.token);
    const member = await server.connect(memberJoin.token);
    expect(await lead.send('groups:form', { by: 'stakeholder' })).toMatchObject({ ok: true });
    await chair.until((s) => s.groups.order.length === 1);
    expect(await chair.send('group:claimChair')).toMatchObject({ ok: true });
    const smallGroupId = (await member.until((s) => s.groups.order.length === 1)).groups.order[0]!;
    await member.until((s) => s.groups.groups[smallGroupId]!.chairId === chairJoin.participantId);

    const silentSince = Date.now();
    hop.cut();
    const told = await member.until((s) => s.groups.chairAway[smallGroupId] !== undefined, 15_000);
    const toldAfterMs = Date.now() - silentSince;
    expect(told.groups.chairAway[smallGroupId]).toMatchObject({
      participantId: chairJoin.participantId,
      offeredTo: memberJoin.participantId,
    });
    // Heartbeat every 2.5 s, answer awaited 2.5 s, presence sent within 0.3 s.
    expect(toldAfterMs).toBeLessThan(6_500);
    console.info(`a silent chair was noticed by the group after ${toldAfterMs} ms`);
    chair.socket.disconnect();
    hop.destroy();
  }, 30_000);
});
