import { commandNames, commandRoles, defaultSmallGroupSetup, type CommandName, type Role } from '@aquarium/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordFigures } from './figures.js';
import { startServer, type TestClient, type TestServer } from './helper.js';
import { samplePayloads } from './samples.js';

let server: TestServer;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
});

/** Every name an id could collide with on a plain object. */
const prototypeNames = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'])];

/** Every id-carrying place of a command's payload, with a way to put a value there. */
const idSlots = (name: CommandName): { field: string; put: (id: string) => Record<string, unknown> }[] => {
  const sample = samplePayloads[name];
  const slots: { field: string; put: (id: string) => Record<string, unknown> }[] = [];
  if (name === 'session:updateSetup') {
    const setup = sample.setup as ReturnType<typeof defaultSmallGroupSetup>;
    const q = setup.questions[0]!.id;
    slots.push(
      {
        field: 'setup.questions[].id',
        put: (id) => ({
          setup: {
            ...setup,
            questions: setup.questions.map((x) => (x.id === q ? { ...x, id } : x)),
            phases: setup.phases.map((p) => ({ ...p, questionIds: p.questionIds.map((x) => (x === q ? id : x)) })),
          },
        }),
      },
      {
        field: 'setup.stakeholderGroups[].id',
        put: (id) => ({ setup: { ...setup, stakeholderGroups: [{ id, name: 'Ryhmä' }] } }),
      },
      {
        field: 'setup.phases[].id',
        put: (id) => ({ setup: { ...setup, phases: setup.phases.map((p, i) => (i === 0 ? { ...p, id } : p)) } }),
      },
    );
    return slots;
  }
  for (const [key, value] of Object.entries(sample)) {
    if (key === 'allocation') {
      slots.push({ field: `${key}{key}`, put: (id) => ({ ...sample, allocation: { [id]: 1 } }) });
    } else if (/Ids$/.test(key)) {
      slots.push({ field: `${key}[]`, put: (id) => ({ ...sample, [key]: [id] }) });
    } else if (/(Id|^scope)$/.test(key) || key === 'itemId') {
      slots.push({ field: key, put: (id) => ({ ...sample, [key]: id }) });
    }
    void value;
  }
  // Summary text keys carry a question's or a theme's id after their kind.
  if (name === 'summary:setText') {
    slots.push({ field: 'key (question:)', put: (id) => ({ ...sample, key: `question:${id}` }) });
    slots.push({ field: 'key (theme:)', put: (id) => ({ ...sample, key: `theme:${id}` }) });
  }
  // Optional id fields the sample leaves out.
  if (name === 'turn:grant') {
    slots.push({ field: 'participantId', put: (id) => ({ participantId: id }) });
    slots.push({ field: 'stakeholderGroupId', put: (id) => ({ stakeholderGroupId: id }) });
  }
  if (name === 'note:add') slots.push({ field: 'themeId', put: (id) => ({ ...sample, themeId: id }) });
  if (name === 'note:edit') slots.push({ field: 'questionId', put: (id) => ({ ...sample, questionId: id }) });
  return slots;
};

/** A facilitator, scribe, screen and a seated participant of a running session of either method. */
const room = async (method: 'aquarium' | 'smallGroups') => {
  const created = await server.createSession(
    method === 'smallGroups' ? { ...defaultSmallGroupSetup('fi'), title: 'Pienryhmät' } : {},
  );
  const joined = await server.join(created.joinCode, 'g1');
  const clients: Record<Role, TestClient> = {
    facilitator: await server.connect(created.tokens.facilitator),
    scribe: await server.connect(created.tokens.scribe),
    screen: await server.connect(created.tokens.screen),
    participant: await server.connect(joined.token),
  };
  await clients.facilitator.send('session:start');
  return { created, joined, clients };
};

describe('ids are data, never property names', () => {
  it('refuses every Object.prototype name as every id field of every command', async () => {
    server = await startServer();
    const errors = vi.spyOn(console, 'error');
    const rooms = { aquarium: await room('aquarium'), smallGroups: await room('smallGroups') };
    const answers = new Map<string, number>();
    let sent = 0;
    for (const method of ['aquarium', 'smallGroups'] as const) {
      const { clients } = rooms[method];
      const seq = clients.facilitator.state!.seq;
      for (const name of commandNames) {
        const role = commandRoles[name][0]!;
        for (const slot of idSlots(name)) {
          for (const id of prototypeNames) {
            const ack = await clients[role].send(name, slot.put(id));
            sent++;
            const code: string = ack.ok ? 'OK' : (ack.error?.code ?? 'NONE');
            answers.set(code, (answers.get(code) ?? 0) + 1);
            if (ack.ok || code === 'INTERNAL' || code === 'NONE') {
              throw new Error(`${name} ${slot.field}=${id} answered ${JSON.stringify(ack)}`);
            }
          }
        }
      }
      // Nothing changed in the session.
      const sync = await clients.facilitator.sync();
      expect(sync.ok && sync.events).toEqual([]);
      expect(clients.facilitator.state!.seq).toBe(seq);
    }
    // Joining over HTTP with such a stakeholder group or theme is refused too.
    for (const id of prototypeNames) {
      for (const body of [{ stakeholderGroupId: id }, { stakeholderGroupId: 'g1', developmentThemeId: id }]) {
        const res = await server.post<{ error: { code: string } }>('/api/join', {
          code: rooms.aquarium.created.joinCode,
          ...body,
        });
        sent++;
        expect(res.status, `${JSON.stringify(body)}`).toBe(400);
      }
    }
    recordFigures('prototypeIds', {
      names: prototypeNames.length,
      sent,
      answers: Object.fromEntries(answers),
      accepted: answers.get('OK') ?? 0,
      internal: answers.get('INTERNAL') ?? 0,
    });
    expect(answers.get('OK') ?? 0).toBe(0);
    expect(answers.get('INTERNAL') ?? 0).toBe(0);
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('every refusal has a code', () => {
  it('answers unknown ids NOT_FOUND and unknown command names UNKNOWN_COMMAND, logging nothing', async () => {
    server = await startServer();
    const errors = vi.spyOn(console, 'error');
    const aquarium = await room('aquarium');
    const groups = await room('smallGroups');
    const f = aquarium.clients.facilitator;
    const g = groups.clients.facilitator;
    const unknown = 'nosuchid12';
    const cases: [TestClient, CommandName, Record<string, unknown>][] = [
      [g, 'group:rename', { smallGroupId: unknown, name: 'X' }],
      [g, 'group:delete', { smallGroupId: unknown }],
      [g, 'group:setChair', { smallGroupId: unknown, participantId: null }],
      [f, 'vote:close', { voteId: unknown }],
      [f, 'vote:reveal', { voteId: unknown }],
      [f, 'note:edit', { noteId: unknown, text: 'X' }],
      [f, 'note:delete', { noteId: unknown }],
      [f, 'theme:rename', { themeId: unknown, name: 'X' }],
      [f, 'theme:delete', { themeId: unknown }],
      [f, 'thought:moderate', { thoughtId: unknown, status: 'approved' }],
      [f, 'thought:pin', { thoughtId: unknown, pinned: true }],
      [f, 'participant:seat', { participantId: unknown, circle: 'inner' }],
      [f, 'turn:dismiss', { participantId: unknown }],
    ];
    for (const [client, name, payload] of cases) {
      expect(await client.send(name, payload), name).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    for (const name of ['note:create', 'thought:send', 'session:destroy', 'x', '']) {
      const ack = await f.socket.emitWithAck(name as 'session:start', { commandId: 'unknown-1234' });
      expect(ack, name).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    }
    expect(errors).not.toHaveBeenCalled();
  });
});
