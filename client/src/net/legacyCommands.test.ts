import { describe, expect, it } from 'vitest';
import { createOutbox, memoryStorage } from './outbox';

describe('an outbox written before the vocabulary of event version 2', () => {
  it('sends its waiting commands in today’s words', () => {
    const storage = memoryStorage();
    const queued = (name: string, payload: object) => ({
      name,
      payload: { commandId: `c-${name}`, ...payload },
      queuedAt: 1,
    });
    storage.setItem(
      'k',
      JSON.stringify([
        queued('idea:write', { ideaId: 'i1', questionId: 'q1', text: 'Vertaistuki' }),
        queued('point:add', { pointId: 'p1', questionId: 'q1', text: 'x', ideaIds: ['i1'] }),
        queued('group:assign', { participantId: 'p1', groupId: 'sg1' }),
        queued('turn:grant', { groupId: 'g2' }),
        queued('groups:form', { by: 'topic' }),
        queued('note:add', { noteId: 'n1', text: 'x', questionId: 'q1' }),
      ]),
    );
    expect(
      createOutbox(storage, 'k')
        .load()
        .map((c) => [c.name, c.payload]),
    ).toEqual([
      ['soloThought:write', { commandId: 'c-idea:write', soloThoughtId: 'i1', questionId: 'q1', text: 'Vertaistuki' }],
      ['point:add', { commandId: 'c-point:add', pointId: 'p1', questionId: 'q1', text: 'x', soloThoughtIds: ['i1'] }],
      ['group:assign', { commandId: 'c-group:assign', participantId: 'p1', smallGroupId: 'sg1' }],
      ['turn:grant', { commandId: 'c-turn:grant', stakeholderGroupId: 'g2' }],
      ['groups:form', { commandId: 'c-groups:form', by: 'developmentTheme' }],
      ['note:add', { commandId: 'c-note:add', noteId: 'n1', text: 'x', questionId: 'q1' }],
    ]);
  });
});
