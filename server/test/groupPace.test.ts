import {
  defaultSmallGroupSetup,
  groupOf,
  groupProgress,
  groupQuestion,
  groupStepNow,
  type GroupStep,
  type SessionState,
  type SmallGroup,
} from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../src/clock.js';
import { startServer, type TestClient, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

/** Whether any frame or raw packet a client received contains `text`. */
const saw = (client: TestClient, text: string) =>
  client.wire.some((packet) => packet.includes(text)) || JSON.stringify(client.frames).includes(text);

const ok = { ok: true };
const refused = (code: string) => ({ ok: false, error: { code } });

/** A small-group session with nine phones formed into three mixed groups, each with a chair. */
const threeGroups = async (opts: { realClock?: boolean } = {}) => {
  server = await startServer(opts.realClock ? { clock: systemClock } : {});
  const created = await server.createSession({ ...defaultSmallGroupSetup('fi'), title: 'Pienryhmät' });
  const lead = await server.connect(created.tokens.facilitator);
  const screen = await server.connect(created.tokens.screen);
  const stakeholders = ['g1', 'g2', 'g3'];
  const phones: TestClient[] = [];
  const ids: string[] = [];
  for (let i = 0; i < 9; i++) {
    const joined = await server.join(created.joinCode, stakeholders[i % 3], `Jäsen ${i + 1}`);
    ids.push(joined.participantId);
    phones.push(await server.connect(joined.token));
  }
  await lead.until((s) => s.participantOrder.length === 9);
  expect(await lead.send('groups:form', { by: 'mixed', count: 3 })).toMatchObject(ok);
  const formed = await lead.until((s) => s.groups.order.length === 3);
  const groups = formed.groups.order.map((id) => formed.groups.groups[id]!);
  const phoneOf = (participantId: string) => phones[ids.indexOf(participantId)]!;
  const crew = groups.map((group) => {
    const members = group.members.map((m) => ({ id: m.id, phone: phoneOf(m.id) }));
    return { group, chair: members[0]!, members };
  });
  for (const { group, chair } of crew) {
    await chair.phone.until((s) => groupOf(s.groups, chair.id)?.id === group.id);
    expect(await chair.phone.send('group:claimChair')).toMatchObject(ok);
  }
  await lead.until((s) => s.groups.order.every((id) => s.groups.groups[id]!.chairId !== null));
  return { created, lead, screen, phones, ids, crew };
};

type Crew = Awaited<ReturnType<typeof threeGroups>>['crew'][number];

const stepOf = (s: SessionState, group: SmallGroup): GroupStep | null => groupStepNow(s, group.id)?.step ?? null;

/** The chair moves the group on, calls everyone, makes one point per presented thought and returns. */
const runToReturn = async (c: Crew, questionId: string, record: string) => {
  const chair = c.chair.phone;
  expect(await chair.send('group:setStep', { questionId, step: 'present' })).toMatchObject(ok);
  for (const m of c.members)
    expect(await chair.send('group:present', { questionId, participantId: m.id })).toMatchObject(ok);
  expect(await chair.send('group:setStep', { questionId, step: 'choose' })).toMatchObject(ok);
  const seen = await chair.until((s) =>
    c.members.every((m) =>
      Object.values(s.groups.soloThoughts).some((i) => i.participantId === m.id && i.questionId === questionId),
    ),
  );
  const soloThoughts = Object.values(seen.groups.soloThoughts).filter((i) => i.questionId === questionId);
  for (const soloThought of soloThoughts) {
    expect(
      await chair.send('point:add', {
        pointId: `pt-${soloThought.id}`,
        questionId,
        text: `Kohta: ${soloThought.text}`,
        soloThoughtIds: [soloThought.id],
      }),
    ).toMatchObject(ok);
  }
  expect(await chair.send('group:setStep', { questionId, step: 'record' })).toMatchObject(ok);
  expect(await chair.send('group:draftRecord', { questionId, text: record })).toMatchObject(ok);
  expect(await chair.send('group:return', { questionId, text: record })).toMatchObject(ok);
};

describe('small groups at their own pace', () => {
  it('runs three groups at different paces through three questions, calls a member while choosing, and keeps texts off the projector', async () => {
    const { lead, screen, crew } = await threeGroups();
    expect(await lead.send('session:start')).toMatchObject(ok);
    const texts: string[] = [];
    const phases = lead.state!.setup.phases;

    for (const [qi, questionId] of ['q1', 'q2', 'q3'].entries()) {
      await lead.until((s) => groupStepNow(s, crew[0]!.group.id)?.questionId === questionId);
      // Everyone writes alone; only the author receives the text, staff and the projector a count.
      for (const c of crew) {
        for (const m of c.members) {
          const text = `Ajatus ${questionId} ${m.id}`;
          texts.push(text);
          expect(
            await m.phone.send('soloThought:write', { soloThoughtId: `i-${questionId}-${m.id}`, questionId, text }),
          ).toMatchObject(ok);
        }
      }
      await lead.until((s) => crew.every((c) => groupProgress(s.groups, c.group, questionId).written === 3));
      await screen.until((s) => crew.every((c) => groupProgress(s.groups, c.group, questionId).written === 3));

      // The groups take turns being fast: one returns before the lead leaves "write", one gets to choosing.
      const fast = crew[qi % 3]!;
      const medium = crew[(qi + 1) % 3]!;
      const slow = crew[(qi + 2) % 3]!;
      const record = (c: Crew) => `Ryhmän ${c.group.name} muistio ${questionId}`;
      texts.push(record(fast), record(medium), record(slow));
      await runToReturn(fast, questionId, record(fast));

      // The medium group presents one member, then moves on to choosing and calls the next one there.
      const chair = medium.chair.phone;
      expect(await chair.send('group:setStep', { questionId, step: 'present' })).toMatchObject(ok);
      expect(await chair.send('group:present', { questionId, participantId: medium.members[1]!.id })).toMatchObject(ok);
      expect(await chair.send('group:setStep', { questionId, step: 'choose' })).toMatchObject(ok);
      expect(await chair.send('group:present', { questionId, participantId: medium.members[2]!.id })).toMatchObject(ok);
      const late = `Ajatus ${questionId} ${medium.members[2]!.id}`;
      await medium.members[0]!.phone.until((s) => Object.values(s.groups.soloThoughts).some((i) => i.text === late));

      // The slow group is still writing: presenting waits, and the other chairs' steps did not move it.
      expect(
        await slow.chair.phone.send('group:present', { questionId, participantId: slow.members[1]!.id }),
      ).toMatchObject(refused('INVALID_STATE'));
      const lead1 = await lead.until((s) => stepOf(s, fast.group) === 'record' && stepOf(s, medium.group) === 'choose');
      expect(stepOf(lead1, slow.group)).toBe('write');
      expect(groupProgress(lead1.groups, fast.group, questionId)).toMatchObject({
        presented: 3,
        points: 3,
        returned: true,
      });
      expect(groupProgress(lead1.groups, medium.group, questionId)).toMatchObject({ presented: 2, returned: false });
      await screen.until((s) => stepOf(s, fast.group) === 'record' && stepOf(s, medium.group) === 'choose');
      // A returned group calls no one any more.
      expect(
        await fast.chair.phone.send('group:present', { questionId, participantId: fast.members[0]!.id }),
      ).toMatchObject(refused('INVALID_STATE'));

      // The lead moves everyone to "present": the slow group follows, the others keep their own step.
      const base = qi * 4;
      expect(await lead.send('phase:next', { expectedIndex: base })).toMatchObject(ok);
      const moved = await lead.until((s) => stepOf(s, slow.group) === 'present');
      expect(stepOf(moved, medium.group)).toBe('choose');
      expect(stepOf(moved, fast.group)).toBe('record');
      // A chair cannot go back behind the lead's step.
      expect(await slow.chair.phone.send('group:setStep', { questionId, step: 'write' })).toMatchObject(
        refused('INVALID_STATE'),
      );
      await runToReturn(slow, questionId, record(slow));
      // The medium group is the last: its chair records and returns in the lead's record step.
      for (let i = base + 1; i < base + 3; i++)
        expect(await lead.send('phase:next', { expectedIndex: i })).toMatchObject(ok);
      expect(phases[base + 3]!.step).toBe('record');
      expect(await chair.send('group:return', { questionId, text: record(medium) })).toMatchObject(ok);
      const done = await lead.until((s) =>
        crew.every((c) => groupQuestion(s.groups, c.group.id, questionId).record.returned !== null),
      );
      expect(groupQuestion(done.groups, medium.group.id, questionId).record.returned).toBe(record(medium));
      await screen.until((s) => crew.every((c) => groupProgress(s.groups, c.group, questionId).returned));
      if (qi < 2) expect(await lead.send('phase:next', { expectedIndex: base + 3 })).toMatchObject(ok);
    }

    // The projector counted everything but received none of what anyone wrote, chose or recorded.
    const screenState = screen.state!;
    // (On the third question the third group was the fast one.)
    expect(groupProgress(screenState.groups, crew[2]!.group, 'q3')).toMatchObject({
      written: 3,
      presented: 3,
      returned: true,
    });
    for (const text of texts) expect(saw(screen, text), text).toBe(false);
    // A reconnecting projector gets the same text-free copy.
    const again = await server.connect(tokenOf(screen));
    for (const text of texts) expect(saw(again, text), text).toBe(false);

    // The lead shows one group's record: only that text reaches the projector.
    const shownText = `Ryhmän ${crew[1]!.group.name} muistio q2`;
    expect(await lead.send('groups:show', { smallGroupId: crew[1]!.group.id, questionId: 'q2' })).toMatchObject(ok);
    const shown = await screen.until((s) => s.groups.shown !== null);
    expect(shown.groups.shown).toEqual({ smallGroupId: crew[1]!.group.id, questionId: 'q2', text: shownText });
    expect(texts.filter((t) => t !== shownText && saw(screen, t))).toEqual([]);
    expect(await lead.send('groups:show', { smallGroupId: null, questionId: null })).toMatchObject(ok);
    await screen.until((s) => s.groups.shown === null);
    // Only a returned record can be shown.
    expect(await lead.send('groups:show', { smallGroupId: 'nope', questionId: 'q1' })).toMatchObject(
      refused('NOT_FOUND'),
    );
  }, 60_000);

  it("hands a dropped chair's group to another member within seconds, with the record and points intact", async () => {
    const { lead, crew } = await threeGroups({ realClock: true });
    const c = crew[0]!;
    const [chair, second, third] = c.members as [Crew['chair'], Crew['chair'], Crew['chair']];
    expect(await lead.send('session:start')).toMatchObject(ok);
    expect(
      await second.phone.send('soloThought:write', { soloThoughtId: 'i-s', questionId: 'q1', text: 'Vertaistuki' }),
    ).toMatchObject(ok);
    expect(await chair.phone.send('group:setStep', { questionId: 'q1', step: 'present' })).toMatchObject(ok);
    expect(await chair.phone.send('group:present', { questionId: 'q1', participantId: second.id })).toMatchObject(ok);
    expect(await chair.phone.send('group:setStep', { questionId: 'q1', step: 'choose' })).toMatchObject(ok);
    expect(
      await chair.phone.send('point:add', {
        pointId: 'p-s',
        questionId: 'q1',
        text: 'Vertaistuki',
        soloThoughtIds: ['i-s'],
      }),
    ).toMatchObject(ok);
    expect(
      await chair.phone.send('group:draftRecord', { questionId: 'q1', text: 'Puolivalmis muistio' }),
    ).toMatchObject(ok);
    // The chair's own connection is there: no one can take the chair.
    expect(await third.phone.send('group:claimChair')).toMatchObject(refused('INVALID_STATE'));

    // The chair's connection dies without a goodbye.
    const engine = chair.phone.socket.io.engine as unknown as { transport: { ws: { _socket: { destroy(): void } } } };
    const dropped = Date.now();
    engine.transport.ws._socket.destroy();

    // Members hear it on their phones, with the next member offered the chair.
    const told = await third.phone.until((s) => s.groups.chairAway[c.group.id] !== undefined, 8000);
    const toldAfter = Date.now() - dropped;
    expect(toldAfter).toBeLessThan(5000);
    expect(told.groups.chairAway[c.group.id]).toMatchObject({ participantId: chair.id, offeredTo: second.id });
    await lead.until((s) => s.groups.chairAway[c.group.id] !== undefined);

    // After the grace, another member takes the chair from their phone.
    let took = await third.phone.send('group:claimChair');
    while (!took.ok && Date.now() - dropped < 10_000) {
      expect(took).toMatchObject(refused('INVALID_STATE'));
      await new Promise((r) => setTimeout(r, 200));
      took = await third.phone.send('group:claimChair');
    }
    expect(took).toMatchObject(ok);
    const chairing = await third.phone.until((s) => s.groups.groups[c.group.id]!.chairId === third.id);
    expect(Date.now() - dropped).toBeLessThan(10_000);
    expect(groupQuestion(chairing.groups, c.group.id, 'q1').record.draft).toBe('Puolivalmis muistio');
    expect(chairing.groups.points['p-s']?.text).toBe('Vertaistuki');
    expect(chairing.groups.chairAway[c.group.id]).toBeUndefined();
    // The new chair carries on where the old one stopped.
    expect(await third.phone.send('group:return', { questionId: 'q1', text: 'Valmis muistio' })).toMatchObject(ok);
    await lead.until((s) => groupQuestion(s.groups, c.group.id, 'q1').record.returned === 'Valmis muistio');
  }, 30_000);

  it('removes re-formed groups from every former member and never reuses a group id', async () => {
    const { lead, phones, ids, crew } = await threeGroups();
    // The lead moves people around by hand, then forms the groups again, twice.
    expect(
      await lead.send('group:assign', { participantId: crew[0]!.members[1]!.id, smallGroupId: crew[1]!.group.id }),
    ).toMatchObject(ok);
    expect(
      await lead.send('group:assign', { participantId: crew[1]!.members[2]!.id, smallGroupId: crew[2]!.group.id }),
    ).toMatchObject(ok);
    expect(
      await lead.send('group:assign', { participantId: crew[2]!.members[0]!.id, smallGroupId: null }),
    ).toMatchObject(ok);
    expect(await lead.send('group:create', { smallGroupId: 'own-group', name: 'Oma ryhmä' })).toMatchObject(ok);
    expect(
      await lead.send('group:assign', { participantId: crew[2]!.members[1]!.id, smallGroupId: 'own-group' }),
    ).toMatchObject(ok);
    const seen: string[] = [];
    for (const count of [3, 2]) {
      const before = lead.state!.seq;
      expect(await lead.send('groups:form', { by: 'mixed', count })).toMatchObject(ok);
      const formed = await lead.until((s) => s.seq > before && s.groups.order.length === count);
      seen.push(...formed.groups.order);
    }
    const ever = [...crew.map((c) => c.group.id), 'own-group', ...seen];
    expect(new Set(ever).size).toBe(ever.length);
    // A removed id cannot be taken again by hand either.
    expect(await lead.send('group:create', { smallGroupId: crew[0]!.group.id, name: 'Vanha' })).toMatchObject(
      refused('INVALID_STATE'),
    );

    const final = lead.state!;
    for (const [i, phone] of phones.entries()) {
      const mine = groupOf(final.groups, ids[i]!)!;
      const s = await phone.until(
        (x) => Object.keys(x.groups.groups).length === 1 && groupOf(x.groups, ids[i]!)?.id === mine.id,
      );
      expect(Object.keys(s.groups.groups)).toEqual([mine.id]);
    }
  }, 30_000);
});

/** A client's token, to connect again as after a reload. */
const tokenOf = (client: TestClient) => (client.socket.auth as { token: string }).token;
