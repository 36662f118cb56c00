import { defaultSmallGroupSetup, groupOf, pointsOf } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helper.js';
import { closeServers, twoGroupsOfThree } from './groupStages.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  await closeServers();
});

describe('small groups: moving members, and each method’s commands in its own sessions', () => {
  it('moves a member between groups with everything the new group has, and the old group forgets them', async () => {
    const s = await twoGroupsOfThree();
    const { facilitator, a, b, a1, a3, b1, b2, pa1, pa3, pb2 } = s;
    await facilitator.send('group:setChair', { smallGroupId: a.id, participantId: pa1 });
    await facilitator.send('session:start');
    await facilitator.send('phase:next', { expectedIndex: 0 });
    await a3.send('soloThought:write', {
      soloThoughtId: 'soloThought-a3',
      questionId: 'q1',
      text: 'Kuulluksi tuleminen',
    });
    expect(await a1.send('group:present', { questionId: 'q1', participantId: pa3 })).toMatchObject({ ok: true });
    expect(
      await a1.send('point:add', {
        pointId: 'p1',
        questionId: 'q1',
        text: 'Kuulluksi tuleminen',
        soloThoughtIds: ['soloThought-a3'],
      }),
    ).toMatchObject({
      ok: true,
    });

    expect(await facilitator.send('group:assign', { participantId: pb2, smallGroupId: a.id })).toMatchObject({
      ok: true,
    });
    const moved = await b2.until((x) => groupOf(x.groups, pb2)?.id === a.id);
    expect(moved.groups.groups[a.id]!.members).toHaveLength(4);
    expect(pointsOf(moved.groups, a.id, 'q1').map((p) => p.text)).toEqual(['Kuulluksi tuleminen']);
    expect(moved.groups.soloThoughts['soloThought-a3']?.text).toBe('Kuulluksi tuleminen');
    await b1.until((x) => x.groups.groups[b.id]!.members.length === 2);
    await a1.until((x) => x.groups.groups[a.id]!.members.length === 4);
    // Moving the chair out leaves the group without one; the lead sees it at once.
    expect(await facilitator.send('group:assign', { participantId: pa1, smallGroupId: null })).toMatchObject({
      ok: true,
    });
    const lead = await facilitator.until((x) => x.groups.groups[a.id]!.chairId === null);
    expect(groupOf(lead.groups, pa1)).toBeNull();
    // A group with work cannot be removed; an empty one can.
    expect(await facilitator.send('group:delete', { smallGroupId: a.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    expect(await facilitator.send('group:create', { smallGroupId: 'extra', name: 'Lisäryhmä' })).toMatchObject({
      ok: true,
    });
    expect(await facilitator.send('group:delete', { smallGroupId: 'extra' })).toMatchObject({ ok: true });
  });

  it("refuses each method's commands in a session of the other", async () => {
    server = await startServer();
    const aquarium = await server.createSession();
    const facilitator = await server.connect(aquarium.tokens.facilitator);
    expect(await facilitator.send('groups:form', { by: 'mixed', count: 2 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    const groups = await server.createSession({ ...defaultSmallGroupSetup('fi'), title: 'Pienryhmät' });
    const phone = await server.connect((await server.join(groups.joinCode)).token);
    const lead = await server.connect(groups.tokens.facilitator);
    await lead.send('session:start');
    for (const [client, name, payload] of [
      [phone, 'thought:submit', { thoughtId: 't1', text: 'Ajatus', questionId: 'q1', showName: false }],
      [phone, 'turn:request', { emptyChair: false }],
      [lead, 'circles:balance', {}],
    ] as const) {
      expect(await client.send(name, payload), name).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    }
  });
});
