import {
  currentPhase,
  defaultSmallGroupSetup,
  groupOf,
  groupProgress,
  groupQuestion,
  pointsOf,
  type JoinResponse,
  type SessionState,
  type SmallGroup,
} from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type TestClient, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

const developmentThemes = [
  { id: 't1', name: 'Sosiaalinen kuntoutus' },
  { id: 't2', name: 'Palvelukuvaukset' },
];

/** Whether any frame or raw packet a client received contains `text`. */
const saw = (client: TestClient, text: string) =>
  client.wire.some((packet) => packet.includes(text)) || JSON.stringify(client.frames).includes(text);

const groupNamed = (s: SessionState, name: string): SmallGroup =>
  Object.values(s.groups.groups).find((g) => g.name === name)!;

/** Sets up a small-group session with six phones, three per development theme, and the lead's groups by theme. */
const twoGroupsOfThree = async () => {
  server = await startServer();
  const created = await server.createSession({
    ...defaultSmallGroupSetup('fi'),
    title: 'Pienryhmäarviointi',
    developmentThemes,
  });
  const facilitator = await server.connect(created.tokens.facilitator);
  const screen = await server.connect(created.tokens.screen);
  const people = [
    ['Aino', 'g1', 't1'],
    ['Aaro', 'g2', 't1'],
    [undefined, 'g3', 't1'],
    ['Bea', 'g1', 't2'],
    ['Bruno', 'g2', 't2'],
    [undefined, 'g4', 't2'],
  ] as const;
  const joined: JoinResponse[] = [];
  for (const [displayName, stakeholderGroupId, developmentThemeId] of people) {
    const res = await server.post<JoinResponse>('/api/join', {
      code: created.joinCode,
      displayName,
      stakeholderGroupId,
      developmentThemeId,
    });
    expect(res.status).toBe(201);
    joined.push(res.body);
  }
  const phones = await Promise.all(joined.map((j) => server.connect(j.token)));
  await facilitator.until((s) => s.participantOrder.length === 6);

  expect(await facilitator.send('groups:form', { by: 'developmentTheme' })).toMatchObject({ ok: true });
  const formed = await facilitator.until((s) => s.groups.order.length === 2);
  const a = groupNamed(formed, 'Sosiaalinen kuntoutus');
  const b = groupNamed(formed, 'Palvelukuvaukset');
  const [a1, a2, a3, b1, b2, b3] = phones as [TestClient, TestClient, TestClient, TestClient, TestClient, TestClient];
  const [pa1, pa2, pa3, pb1, pb2, pb3] = joined.map((j) => j.participantId) as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return { created, facilitator, screen, a, b, a1, a2, a3, b1, b2, b3, pa1, pa2, pa3, pb1, pb2, pb3, phones };
};

describe('the small-group method over real sockets', () => {
  it('forms groups, keeps written thoughts private, presents, chooses, returns and compiles the summary', async () => {
    const s = await twoGroupsOfThree();
    const { facilitator, screen, a, b, a1, a2, a3, b1, b2, b3, pa1, pa2, pa3, pb1, pb2, pb3 } = s;

    // Each group has its three members; a phone holds its own group only.
    expect(a.members.map((m) => m.id)).toEqual([pa1, pa2, pa3]);
    expect(b.members.map((m) => m.id)).toEqual([pb1, pb2, pb3]);
    for (const phone of [a1, a2, a3]) {
      const st = await phone.until((x) => groupOf(x.groups, pa1)?.members.length === 3);
      expect(Object.keys(st.groups.groups)).toEqual([a.id]);
    }
    await b3.until((x) => groupOf(x.groups, pb3)?.id === b.id && x.groups.groups[b.id]!.members.length === 3);
    expect(b3.state!.groups.groups[b.id]!.members.map((m) => m.name)).toEqual(['Bea', 'Bruno', null]);
    await screen.until((x) => x.groups.order.length === 2);

    // Chairs: the lead names one, the other group's member takes the empty chair on the phone.
    expect(await facilitator.send('group:setChair', { smallGroupId: a.id, participantId: pa1 })).toMatchObject({
      ok: true,
    });
    expect(await b1.send('group:claimChair')).toMatchObject({ ok: true });
    expect(await b2.send('group:claimChair')).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    await a3.until((x) => x.groups.groups[a.id]?.chairId === pa1);
    await b2.until((x) => x.groups.groups[b.id]?.chairId === pb1);
    // A chair cannot be someone from another group.
    expect(await facilitator.send('group:setChair', { smallGroupId: a.id, participantId: pb2 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });

    // Step 1, question 1: write alone.
    expect(await facilitator.send('session:start')).toMatchObject({ ok: true });
    await a2.until((x) => currentPhase(x)?.step === 'write' && currentPhase(x)?.questionIds[0] === 'q1');
    const privateText = 'Vertaistuki piti minut mukana';
    expect(
      await a2.send('soloThought:write', { soloThoughtId: 'soloThought-a2', questionId: 'q1', text: privateText }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await a3.send('soloThought:write', {
        soloThoughtId: 'soloThought-a3',
        questionId: 'q1',
        text: 'Ohjaaja ehti kuunnella',
      }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await a3.send('soloThought:write', {
        soloThoughtId: 'soloThought-a3b',
        questionId: 'q1',
        text: 'Peruttava ajatus',
      }),
    ).toMatchObject({ ok: true });
    expect(await a3.send('soloThought:withdraw', { soloThoughtId: 'soloThought-a3b' })).toMatchObject({ ok: true });
    expect(
      await b2.send('soloThought:write', {
        soloThoughtId: 'soloThought-b2',
        questionId: 'q1',
        text: 'Palvelukuvaus selkokielellä',
      }),
    ).toMatchObject({ ok: true });
    await a2.until((x) => x.groups.soloThoughts['soloThought-a2']?.text === privateText);
    // Written alone: no one else, not even the lead or the projector, received it.
    for (const other of [a1, a3, b1, b2, b3, facilitator, screen]) expect(saw(other, privateText)).toBe(false);
    // Presenting waits for the next step.
    expect(await a1.send('group:present', { questionId: 'q1', participantId: pa2 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });

    // Step 2: present, one member at a time.
    expect(await facilitator.send('phase:next', { expectedIndex: 0 })).toMatchObject({ ok: true });
    expect(await a3.send('group:present', { questionId: 'q1', participantId: pa2 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await a1.send('group:present', { questionId: 'q1', participantId: pa2 })).toMatchObject({ ok: true });
    await a3.until((x) => x.groups.soloThoughts['soloThought-a2']?.text === privateText);
    await facilitator.until((x) => x.groups.soloThoughts['soloThought-a2']?.text === privateText);
    await screen.until((x) => groupQuestion(x.groups, a.id, 'q1').presented.length === 1);
    expect(saw(screen, privateText)).toBe(false);
    expect(saw(b1, privateText)).toBe(false);
    expect(saw(a1, 'Ohjaaja ehti kuunnella')).toBe(false); // a3 has not presented yet
    expect(await a1.send('group:present', { questionId: 'q1', participantId: pa3 })).toMatchObject({ ok: true });
    expect(await a1.send('group:present', { questionId: 'q1', participantId: pa1 })).toMatchObject({ ok: true });
    await a2.until((x) => x.groups.soloThoughts['soloThought-a3']?.text === 'Ohjaaja ehti kuunnella');
    expect(a2.state!.groups.soloThoughts['soloThought-a3b']).toBeUndefined();
    expect(saw(a2, 'Peruttava ajatus')).toBe(false);
    // A presented thought stays: it was said aloud.
    expect(await a2.send('soloThought:withdraw', { soloThoughtId: 'soloThought-a2' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    expect(await b1.send('group:present', { questionId: 'q1', participantId: pb2 })).toMatchObject({ ok: true });
    // A chair can only call members of their own group.
    expect(await b1.send('group:present', { questionId: 'q1', participantId: pa2 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    // Step 3: choose together.
    expect(await facilitator.send('phase:next', { expectedIndex: 1 })).toMatchObject({ ok: true });
    const add = (phone: TestClient, pointId: string, text: string, soloThoughtIds: string[] = []) =>
      phone.send('point:add', { pointId, questionId: 'q1', text, soloThoughtIds });
    expect(await add(a1, 'pa-peer', 'Vertaistuki', ['soloThought-a2'])).toMatchObject({ ok: true });
    expect(await add(a1, 'pa-listen', 'Ohjaajalla oli aikaa', ['soloThought-a3'])).toMatchObject({ ok: true });
    expect(await add(a1, 'pa-time', 'Aikaa kuunteluun')).toMatchObject({ ok: true });
    expect(await add(a3, 'pa-x', 'Ei puheenjohtaja')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // The other group's thoughts cannot be gathered, and its points cannot be touched.
    expect(await add(b1, 'pb-bad', 'Varastettu', ['soloThought-a2'])).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await b1.send('point:edit', { pointId: 'pa-peer', text: 'Muutettu' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await a1.send('point:merge', { sourceId: 'pa-time', targetId: 'pa-listen' })).toMatchObject({ ok: true });
    expect(await a1.send('point:edit', { pointId: 'pa-listen', text: 'Ohjaajalla oli aikaa kuunnella' })).toMatchObject(
      {
        ok: true,
      },
    );
    expect(await a1.send('point:order', { questionId: 'q1', pointIds: ['pa-listen', 'pa-peer'] })).toMatchObject({
      ok: true,
    });
    let aState = await a2.until(
      (x) => pointsOf(x.groups, a.id, 'q1').length === 2 && x.groups.points['pa-listen']?.order === 0,
    );
    expect(pointsOf(aState.groups, a.id, 'q1').map((p) => p.text)).toEqual([
      'Ohjaajalla oli aikaa kuunnella',
      'Vertaistuki',
    ]);
    expect(aState.groups.points['pa-listen']!.soloThoughtIds).toEqual(['soloThought-a3']);

    // A dot vote on the phones; each member's dots are theirs, the totals come when the chair closes it.
    expect(await a1.send('groupVote:open', { questionId: 'q1', dots: 2 })).toMatchObject({ ok: true });
    await a3.until((x) => groupQuestion(x.groups, a.id, 'q1').vote?.status === 'open');
    expect(await a2.send('groupVote:allocate', { questionId: 'q1', allocation: { 'pa-peer': 2 } })).toMatchObject({
      ok: true,
    });
    expect(
      await a3.send('groupVote:allocate', { questionId: 'q1', allocation: { 'pa-peer': 1, 'pa-listen': 1 } }),
    ).toMatchObject({ ok: true });
    expect(await a1.send('groupVote:allocate', { questionId: 'q1', allocation: { 'pa-peer': 3 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    expect(await b2.send('groupVote:allocate', { questionId: 'q1', allocation: { 'pa-peer': 1 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    await a2.until((x) => groupQuestion(x.groups, a.id, 'q1').vote?.allocations[pa2]?.['pa-peer'] === 2);
    // A phone never learns how another member placed their dots.
    expect(groupQuestion(a2.state!.groups, a.id, 'q1').vote!.allocations[pa3]).toBeUndefined();
    expect(await a1.send('groupVote:close', { questionId: 'q1' })).toMatchObject({ ok: true });
    aState = await a3.until((x) => groupQuestion(x.groups, a.id, 'q1').vote?.totals !== null);
    expect(groupQuestion(aState.groups, a.id, 'q1').vote!.totals).toEqual({ 'pa-peer': 3, 'pa-listen': 1 });
    expect(await a1.send('point:order', { questionId: 'q1', pointIds: ['pa-peer', 'pa-listen'] })).toMatchObject({
      ok: true,
    });

    expect(await add(b1, 'pb-plain', 'Selkokieliset palvelukuvaukset', ['soloThought-b2'])).toMatchObject({ ok: true });
    // Re-forming the groups would throw work away.
    expect(await facilitator.send('groups:form', { by: 'stakeholder' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });

    // Step 4: the chair records; the chair's phone reloads and keeps everything.
    expect(await facilitator.send('phase:next', { expectedIndex: 2 })).toMatchObject({ ok: true });
    const draft = 'Tärkeintä oli vertaistuki.';
    expect(await a1.send('group:draftRecord', { questionId: 'q1', text: draft })).toMatchObject({ ok: true });
    a1.socket.disconnect();
    const a1Again = await server.connect(tokenOf(a1));
    expect(groupQuestion(a1Again.state!.groups, a.id, 'q1').record.draft).toBe(draft);
    expect(pointsOf(a1Again.state!.groups, a.id, 'q1').map((p) => p.id)).toEqual(['pa-peer', 'pa-listen']);
    expect(a1Again.state!.groups.soloThoughts['soloThought-a2']?.text).toBe(privateText);

    // The chair leaves: the lead hands the role to another member, who finds the draft and returns it.
    expect(await facilitator.send('group:setChair', { smallGroupId: a.id, participantId: pa3 })).toMatchObject({
      ok: true,
    });
    const handed = await a3.until((x) => x.groups.groups[a.id]?.chairId === pa3);
    expect(groupQuestion(handed.groups, a.id, 'q1').record.draft).toBe(draft);
    const record = `${draft}\nOhjaajalla oli aikaa kuunnella.`;
    expect(await a1Again.send('group:return', { questionId: 'q1', text: record })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await a3.send('group:return', { questionId: 'q1', text: record })).toMatchObject({ ok: true });
    expect(await b1.send('group:return', { questionId: 'q1', text: 'Palvelut kuvataan selkokielellä.' })).toMatchObject(
      {
        ok: true,
      },
    );

    // The lead sees what each group returned and how far it is; the projector sees the progress.
    const lead = await facilitator.until(
      (x) =>
        groupQuestion(x.groups, a.id, 'q1').record.returned === record &&
        groupQuestion(x.groups, b.id, 'q1').record.returned !== null,
    );
    expect(groupProgress(lead.groups, lead.groups.groups[a.id]!, 'q1')).toEqual({
      members: 3,
      written: 2,
      presented: 3,
      points: 2,
      votesCast: 2,
      voting: false,
      recordStarted: true,
      returned: true,
      extraMinutes: 0,
    });
    await screen.until((x) => groupProgress(x.groups, x.groups.groups[b.id]!, 'q1').returned);

    // The remaining steps run through; the lead compiles and publishes.
    for (let i = 3; i < lead.setup.phases.length - 1; i++) {
      expect(await facilitator.send('phase:next', { expectedIndex: i })).toMatchObject({ ok: true });
    }
    expect(
      await facilitator.send('summary:setText', {
        key: 'question:q1',
        text: 'Kaikki ryhmät nostivat ihmisten kohtaamisen.',
      }),
    ).toMatchObject({ ok: true });
    expect(await facilitator.send('session:end')).toMatchObject({ ok: true });
    expect(await facilitator.send('summary:publish')).toMatchObject({ ok: true });
    // Markdown escapes punctuation; the reader sees it without the backslashes.
    const md = (await (await fetch(`${server.url}/api/summary/${s.created.joinCode}/v1.md`)).text()).replace(
      /\\(.)/g,
      '$1',
    );
    const q1 = md.slice(md.indexOf('Kysymys 1'), md.indexOf('Kysymys 2'));
    expect(q1).toContain('Kaikki ryhmät nostivat ihmisten kohtaamisen.');
    expect(q1).toContain('Ryhmien valitsemat tärkeimmät asiat');
    expect(q1.indexOf('Vertaistuki')).toBeLessThan(q1.indexOf('Ohjaajalla oli aikaa kuunnella'));
    expect(q1).toContain('Sosiaalinen kuntoutus');
    expect(q1).toContain('Palvelut kuvataan selkokielellä.');
    expect(q1).toContain('Selkokieliset palvelukuvaukset');
    // Private, unpresented and withdrawn words never reach the summary.
    expect(md).not.toContain('Peruttava ajatus');
  });

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

/** A phone's token, to connect again as after a reload. */
const tokenOf = (phone: TestClient) => (phone.socket.auth as { token: string }).token;
