import {
  currentPhase,
  defaultSmallGroupSetup,
  groupQuestion,
  type JoinResponse,
  type SessionState,
  type SmallGroup,
} from '@aquarium/shared';
import { expect } from 'vitest';
import { startServer, type TestClient, type TestServer } from './helper.js';

/**
 * A small-group session over real sockets (six phones in two groups by development theme) and the stages of one
 * question, each from where the one before it ended: the groups tests start from the stage they assert.
 */

const started: TestServer[] = [];
/** Closes the servers the stages started (after each test). */
export const closeServers = async () => {
  for (const server of started.splice(0)) await server.close();
};

export const developmentThemes = [
  { id: 't1', name: 'Sosiaalinen kuntoutus' },
  { id: 't2', name: 'Palvelukuvaukset' },
];

/** Whether any frame or raw packet a client received contains `text`. */
export const saw = (client: TestClient, text: string) =>
  client.wire.some((packet) => packet.includes(text)) || JSON.stringify(client.frames).includes(text);

export const groupNamed = (s: SessionState, name: string): SmallGroup =>
  Object.values(s.groups.groups).find((g) => g.name === name)!;

/** Sets up a small-group session with six phones, three per development theme, and the lead's groups by theme. */
export const twoGroupsOfThree = async () => {
  const server = await startServer();
  started.push(server);
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
  return { server, created, facilitator, screen, a, b, a1, a2, a3, b1, b2, b3, pa1, pa2, pa3, pb1, pb2, pb3, phones };
};

export type Groups = Awaited<ReturnType<typeof twoGroupsOfThree>>;
export const ok = { ok: true };
export const refused = (code: string) => ({ ok: false, error: { code } });
export const privateText = 'Vertaistuki piti minut mukana';
export const draft = 'Tärkeintä oli vertaistuki.';
export const record = `${draft}\nOhjaajalla oli aikaa kuunnella.`;

/** The stages of one question, each from where the one before it ended; a test asserts its own stage. */
export const chaired = async () => {
  const s = await twoGroupsOfThree();
  expect(await s.facilitator.send('group:setChair', { smallGroupId: s.a.id, participantId: s.pa1 })).toMatchObject(ok);
  expect(await s.b1.send('group:claimChair')).toMatchObject(ok);
  return s;
};
/** Step 1, question 1: a2, a3 and b2 write alone; a3 withdraws one of theirs. */
export const written = async (s: Groups) => {
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
export const presented = async (s: Groups, beforeA3?: () => Promise<void>) => {
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
export const add = (phone: TestClient, pointId: string, text: string, soloThoughtIds: string[] = []) =>
  phone.send('point:add', { pointId, questionId: 'q1', text, soloThoughtIds });
/** Step 3: group A's chair makes three points, merges two, edits and orders them; group B makes one. */
export const pointsMade = async (s: Groups) => {
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
export const voted = async (s: Groups) => {
  expect(await s.a1.send('groupVote:open', { questionId: 'q1', dots: 2 })).toMatchObject(ok);
  await s.a3.until((x) => groupQuestion(x.groups, s.a.id, 'q1').vote?.status === 'open');
  const allocate = (phone: TestClient, allocation: Record<string, number>) =>
    phone.send('groupVote:allocate', { questionId: 'q1', allocation });
  expect(await allocate(s.a2, { 'pa-peer': 2 })).toMatchObject(ok);
  expect(await allocate(s.a3, { 'pa-peer': 1, 'pa-listen': 1 })).toMatchObject(ok);
  return s;
};
export const closed = async (s: Groups) => {
  expect(await s.a1.send('groupVote:close', { questionId: 'q1' })).toMatchObject(ok);
  expect(await s.a1.send('point:order', { questionId: 'q1', pointIds: ['pa-peer', 'pa-listen'] })).toMatchObject(ok);
  return s;
};
/** Step 4: group A's chair drafts, the lead hands the chair to a3, who returns it; group B returns too. */
export const returned = async (s: Groups) => {
  expect(await s.facilitator.send('phase:next', { expectedIndex: 2 })).toMatchObject(ok);
  expect(await s.a1.send('group:draftRecord', { questionId: 'q1', text: draft })).toMatchObject(ok);
  expect(await s.facilitator.send('group:setChair', { smallGroupId: s.a.id, participantId: s.pa3 })).toMatchObject(ok);
  await s.a3.until((x) => x.groups.groups[s.a.id]?.chairId === s.pa3);
  expect(await s.a3.send('group:return', { questionId: 'q1', text: record })).toMatchObject(ok);
  const other = { questionId: 'q1', text: 'Palvelut kuvataan selkokielellä.' };
  expect(await s.b1.send('group:return', other)).toMatchObject(ok);
  return s;
};

/** A phone's token, to connect again as after a reload. */
export const tokenOf = (phone: TestClient) => (phone.socket.auth as { token: string }).token;
