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

type Groups = Awaited<ReturnType<typeof twoGroupsOfThree>>;
const ok = { ok: true };
const refused = (code: string) => ({ ok: false, error: { code } });
const privateText = 'Vertaistuki piti minut mukana';
const draft = 'Tärkeintä oli vertaistuki.';
const record = `${draft}\nOhjaajalla oli aikaa kuunnella.`;

/** The stages of one question, each from where the one before it ended; a test asserts its own stage. */
const chaired = async () => {
  const s = await twoGroupsOfThree();
  expect(await s.facilitator.send('group:setChair', { smallGroupId: s.a.id, participantId: s.pa1 })).toMatchObject(ok);
  expect(await s.b1.send('group:claimChair')).toMatchObject(ok);
  return s;
};
/** Step 1, question 1: a2, a3 and b2 write alone; a3 withdraws one of theirs. */
const written = async (s: Groups) => {
  expect(await s.facilitator.send('session:start')).toMatchObject(ok);
  await s.a2.until((x) => currentPhase(x)?.step === 'write' && currentPhase(x)?.questionIds[0] === 'q1');
  const write = (phone: TestClient, soloThoughtId: string, text: string) =>
    phone.send('soloThought:write', { soloThoughtId, questionId: 'q1', text });
  expect(await write(s.a2, 'soloThought-a2', privateText)).toMatchObject(ok);
  expect(await write(s.a3, 'soloThought-a3', 'Ohjaaja ehti kuunnella')).toMatchObject(ok);
  expect(await write(s.a3, 'soloThought-a3b', 'Peruttava ajatus')).toMatchObject(ok);
  expect(await s.a3.send('soloThought:withdraw', { soloThoughtId: 'soloThought-a3b' })).toMatchObject(ok);
  expect(await write(s.b2, 'soloThought-b2', 'Palvelukuvaus selkokielellä')).toMatchObject(ok);
  await s.a2.until((x) => x.groups.soloThoughts['soloThought-a2']?.text === privateText);
  return s;
};
/** Step 2: the chairs call members: a2 first, then a3 and a1; b2 in the other group. */
const presented = async (s: Groups, beforeA3?: () => Promise<void>) => {
  expect(await s.facilitator.send('phase:next', { expectedIndex: 0 })).toMatchObject(ok);
  const present = (chair: TestClient, participantId: string) =>
    chair.send('group:present', { questionId: 'q1', participantId });
  expect(await present(s.a1, s.pa2)).toMatchObject(ok);
  await beforeA3?.();
  expect(await present(s.a1, s.pa3)).toMatchObject(ok);
  expect(await present(s.a1, s.pa1)).toMatchObject(ok);
  expect(await present(s.b1, s.pb2)).toMatchObject(ok);
  await s.a2.until((x) => x.groups.soloThoughts['soloThought-a3']?.text === 'Ohjaaja ehti kuunnella');
  return s;
};
const add = (phone: TestClient, pointId: string, text: string, soloThoughtIds: string[] = []) =>
  phone.send('point:add', { pointId, questionId: 'q1', text, soloThoughtIds });
/** Step 3: group A's chair makes three points, merges two, edits and orders them; group B makes one. */
const pointsMade = async (s: Groups) => {
  expect(await s.facilitator.send('phase:next', { expectedIndex: 1 })).toMatchObject(ok);
  expect(await add(s.a1, 'pa-peer', 'Vertaistuki', ['soloThought-a2'])).toMatchObject(ok);
  expect(await add(s.a1, 'pa-listen', 'Ohjaajalla oli aikaa', ['soloThought-a3'])).toMatchObject(ok);
  expect(await add(s.a1, 'pa-time', 'Aikaa kuunteluun')).toMatchObject(ok);
  expect(await s.a1.send('point:merge', { sourceId: 'pa-time', targetId: 'pa-listen' })).toMatchObject(ok);
  const edit = { pointId: 'pa-listen', text: 'Ohjaajalla oli aikaa kuunnella' };
  expect(await s.a1.send('point:edit', edit)).toMatchObject(ok);
  expect(await s.a1.send('point:order', { questionId: 'q1', pointIds: ['pa-listen', 'pa-peer'] })).toMatchObject(ok);
  expect(await add(s.b1, 'pb-plain', 'Selkokieliset palvelukuvaukset', ['soloThought-b2'])).toMatchObject(ok);
  return s;
};
/** Group A's dot vote: a2 gives both dots to peer support, a3 one to each; the chair closes it and orders by it. */
const voted = async (s: Groups) => {
  expect(await s.a1.send('groupVote:open', { questionId: 'q1', dots: 2 })).toMatchObject(ok);
  await s.a3.until((x) => groupQuestion(x.groups, s.a.id, 'q1').vote?.status === 'open');
  const allocate = (phone: TestClient, allocation: Record<string, number>) =>
    phone.send('groupVote:allocate', { questionId: 'q1', allocation });
  expect(await allocate(s.a2, { 'pa-peer': 2 })).toMatchObject(ok);
  expect(await allocate(s.a3, { 'pa-peer': 1, 'pa-listen': 1 })).toMatchObject(ok);
  return s;
};
const closed = async (s: Groups) => {
  expect(await s.a1.send('groupVote:close', { questionId: 'q1' })).toMatchObject(ok);
  expect(await s.a1.send('point:order', { questionId: 'q1', pointIds: ['pa-peer', 'pa-listen'] })).toMatchObject(ok);
  return s;
};
/** Step 4: group A's chair drafts, the lead hands the chair to a3, who returns it; group B returns too. */
const returned = async (s: Groups) => {
  expect(await s.facilitator.send('phase:next', { expectedIndex: 2 })).toMatchObject(ok);
  expect(await s.a1.send('group:draftRecord', { questionId: 'q1', text: draft })).toMatchObject(ok);
  expect(await s.facilitator.send('group:setChair', { smallGroupId: s.a.id, participantId: s.pa3 })).toMatchObject(ok);
  await s.a3.until((x) => x.groups.groups[s.a.id]?.chairId === s.pa3);
  expect(await s.a3.send('group:return', { questionId: 'q1', text: record })).toMatchObject(ok);
  const other = { questionId: 'q1', text: 'Palvelut kuvataan selkokielellä.' };
  expect(await s.b1.send('group:return', other)).toMatchObject(ok);
  return s;
};

describe('the small-group method over real sockets', () => {
  it('forms groups by development theme, each phone holding its own group, and seats a chair in each', async () => {
    const s = await twoGroupsOfThree();
    const { facilitator, screen, a, b, a1, a2, a3, b1, b2, b3, pa1, pa2, pa3, pb1, pb2, pb3 } = s;
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
    expect(await facilitator.send('group:setChair', { smallGroupId: a.id, participantId: pa1 })).toMatchObject(ok);
    expect(await b1.send('group:claimChair')).toMatchObject(ok);
    expect(await b2.send('group:claimChair')).toMatchObject(refused('INVALID_STATE'));
    await a3.until((x) => x.groups.groups[a.id]?.chairId === pa1);
    await b2.until((x) => x.groups.groups[b.id]?.chairId === pb1);
    // A chair cannot be someone from another group.
    const stranger = { smallGroupId: a.id, participantId: pb2 };
    expect(await facilitator.send('group:setChair', stranger)).toMatchObject(refused('INVALID_STATE'));
  });

  it('keeps a thought written alone on its writer’s phone: not the group, the lead or the projector', async () => {
    const s = await written(await chaired());
    for (const other of [s.a1, s.a3, s.b1, s.b2, s.b3, s.facilitator, s.screen]) {
      expect(saw(other, privateText)).toBe(false);
    }
    // Presenting waits for the next step.
    const early = { questionId: 'q1', participantId: s.pa2 };
    expect(await s.a1.send('group:present', early)).toMatchObject(refused('INVALID_STATE'));
  });

  it('presents one member at a time, to their own group only, and a presented thought stays', async () => {
    const s = await written(await chaired());
    await presented(s, async () => {
      expect(await s.a3.send('group:present', { questionId: 'q1', participantId: s.pa2 })).toMatchObject(
        refused('FORBIDDEN'),
      );
      await s.a3.until((x) => x.groups.soloThoughts['soloThought-a2']?.text === privateText);
      await s.facilitator.until((x) => x.groups.soloThoughts['soloThought-a2']?.text === privateText);
      await s.screen.until((x) => groupQuestion(x.groups, s.a.id, 'q1').presented.length === 1);
      expect(saw(s.a1, 'Ohjaaja ehti kuunnella')).toBe(false); // a3 has not presented yet
    });
    expect(saw(s.screen, privateText)).toBe(false);
    expect(saw(s.b1, privateText)).toBe(false);
    expect(s.a2.state!.groups.soloThoughts['soloThought-a3b']).toBeUndefined();
    expect(saw(s.a2, 'Peruttava ajatus')).toBe(false);
    // A presented thought stays: it was said aloud.
    expect(await s.a2.send('soloThought:withdraw', { soloThoughtId: 'soloThought-a2' })).toMatchObject(
      refused('INVALID_STATE'),
    );
    // A chair can only call members of their own group.
    const stranger = { questionId: 'q1', participantId: s.pa2 };
    expect(await s.b1.send('group:present', stranger)).toMatchObject(refused('NOT_FOUND'));
  });

  it("lets only the chair gather presented thoughts into points, never another group's", async () => {
    const s = await pointsMade(await presented(await written(await chaired())));
    expect(await add(s.a3, 'pa-x', 'Ei puheenjohtaja')).toMatchObject(refused('FORBIDDEN'));
    expect(await add(s.b1, 'pb-bad', 'Varastettu', ['soloThought-a2'])).toMatchObject(refused('NOT_FOUND'));
    const steal = { pointId: 'pa-peer', text: 'Muutettu' };
    expect(await s.b1.send('point:edit', steal)).toMatchObject(refused('NOT_FOUND'));
    const aState = await s.a2.until(
      (x) => pointsOf(x.groups, s.a.id, 'q1').length === 2 && x.groups.points['pa-listen']?.order === 0,
    );
    expect(pointsOf(aState.groups, s.a.id, 'q1').map((p) => p.text)).toEqual([
      'Ohjaajalla oli aikaa kuunnella',
      'Vertaistuki',
    ]);
    expect(aState.groups.points['pa-listen']!.soloThoughtIds).toEqual(['soloThought-a3']);
    // Re-forming the groups would throw work away.
    expect(await s.facilitator.send('groups:form', { by: 'stakeholder' })).toMatchObject(refused('INVALID_STATE'));
  });

  it("runs a dot vote on the phones: each member's dots their own, the totals when the chair closes it", async () => {
    const s = await voted(await pointsMade(await presented(await written(await chaired()))));
    const { a, a1, a2, a3, b2, pa2, pa3 } = s;
    const tooMany = { questionId: 'q1', allocation: { 'pa-peer': 3 } };
    expect(await a1.send('groupVote:allocate', tooMany)).toMatchObject(refused('INVALID_PAYLOAD'));
    const outsider = { questionId: 'q1', allocation: { 'pa-peer': 1 } };
    expect(await b2.send('groupVote:allocate', outsider)).toMatchObject(refused('INVALID_STATE'));
    await a2.until((x) => groupQuestion(x.groups, a.id, 'q1').vote?.allocations[pa2]?.['pa-peer'] === 2);
    // A phone never learns how another member placed their dots.
    expect(groupQuestion(a2.state!.groups, a.id, 'q1').vote!.allocations[pa3]).toBeUndefined();
    await closed(s);
    const aState = await a3.until((x) => groupQuestion(x.groups, a.id, 'q1').vote?.totals !== null);
    expect(groupQuestion(aState.groups, a.id, 'q1').vote!.totals).toEqual({ 'pa-peer': 3, 'pa-listen': 1 });
  });

  it("keeps the chair's draft over a reload and a change of chair, and shows the lead each group's return", async () => {
    const s = await closed(await voted(await pointsMade(await presented(await written(await chaired())))));
    const { facilitator, screen, a, b, a1, a3, pa3 } = s;
    expect(await facilitator.send('phase:next', { expectedIndex: 2 })).toMatchObject(ok);
    expect(await a1.send('group:draftRecord', { questionId: 'q1', text: draft })).toMatchObject(ok);
    a1.socket.disconnect();
    const a1Again = await server.connect(tokenOf(a1));
    expect(groupQuestion(a1Again.state!.groups, a.id, 'q1').record.draft).toBe(draft);
    expect(pointsOf(a1Again.state!.groups, a.id, 'q1').map((p) => p.id)).toEqual(['pa-peer', 'pa-listen']);
    expect(a1Again.state!.groups.soloThoughts['soloThought-a2']?.text).toBe(privateText);

    // The chair leaves: the lead hands the role to another member, who finds the draft and returns it.
    expect(await facilitator.send('group:setChair', { smallGroupId: a.id, participantId: pa3 })).toMatchObject(ok);
    const handed = await a3.until((x) => x.groups.groups[a.id]?.chairId === pa3);
    expect(groupQuestion(handed.groups, a.id, 'q1').record.draft).toBe(draft);
    const back = { questionId: 'q1', text: record };
    expect(await a1Again.send('group:return', back)).toMatchObject(refused('FORBIDDEN'));
    expect(await a3.send('group:return', back)).toMatchObject(ok);
    const other = { questionId: 'q1', text: 'Palvelut kuvataan selkokielellä.' };
    expect(await s.b1.send('group:return', other)).toMatchObject(ok);

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
  });

  it("compiles every group's points and record into the published summary, and nothing private", async () => {
    const s = await returned(
      await closed(await voted(await pointsMade(await presented(await written(await chaired()))))),
    );
    const { facilitator } = s;
    const lead = await facilitator.until((x) => groupQuestion(x.groups, s.b.id, 'q1').record.returned !== null);
    for (let i = 3; i < lead.setup.phases.length - 1; i++) {
      expect(await facilitator.send('phase:next', { expectedIndex: i })).toMatchObject(ok);
    }
    const compiled = { key: 'question:q1', text: 'Kaikki ryhmät nostivat ihmisten kohtaamisen.' };
    expect(await facilitator.send('summary:setText', compiled)).toMatchObject(ok);
    expect(await facilitator.send('session:end')).toMatchObject(ok);
    expect(await facilitator.send('summary:publish')).toMatchObject(ok);
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
