import { groupOf, groupProgress, groupQuestion, pointsOf } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeServers,
  saw,
  twoGroupsOfThree,
  ok,
  refused,
  privateText,
  draft,
  record,
  chaired,
  written,
  presented,
  add,
  pointsMade,
  voted,
  closed,
  returned,
  tokenOf,
} from './groupStages.js';

afterEach(closeServers);

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
    const a1Again = await s.server.connect(tokenOf(a1));
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
    const md = (await (await fetch(`${s.server.url}/api/summary/${s.created.joinCode}/v1.md`)).text()).replace(
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
});
