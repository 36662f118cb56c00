import {
  composeSummary,
  defaultAquariumSetup,
  reduceAll,
  type EventBodies,
  type EventType,
  type SessionEvent,
} from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { orderAfterMove, scopeItems } from './scopeItems';

let seq = 0;
const ev = <K extends EventType>(type: K, data: EventBodies[K], at = 0) =>
  ({ seq: ++seq, at, type, data }) as SessionEvent;

const thought = (id: string, themeId: string | null, at: number) =>
  ev('thought.submitted', {
    thought: {
      id,
      participantId: 'a',
      stakeholderGroupId: 'g1',
      questionId: 'q1',
      phaseId: null,
      text: `thought ${id}`,
      authorName: id === 't1' ? 'Anna' : null,
      status: 'pending',
      pinned: false,
      themeId,
      submittedAt: at,
    },
  });

const session = () => {
  seq = 0;
  const note = (id: string, order: number, themeId: string | null) =>
    ev('note.added', {
      note: { id, phaseId: null, questionId: 'q1', themeId, text: `note ${id}`, order, createdAt: 0 },
    });
  return reduceAll(null, [
    ev('session.created', { setup: { ...defaultAquariumSetup('fi'), title: 'T' }, joinCode: 'ABCDEFGH' }),
    ev('participant.joined', { participant: { id: 'a', displayName: 'Anna', stakeholderGroupId: 'g1' } }),
    ev('theme.created', { theme: { id: 'th', questionId: 'q1', name: 'Teema', createdAt: 0 } }),
    note('n1', 1, 'th'),
    note('n2', 2, 'th'),
    note('n3', 3, null),
    thought('t1', 'th', 1),
    thought('t2', 'th', 2),
    thought('t3', 'th', 3),
    ev('thought.moderated', { thoughtId: 't1', participantId: 'a', status: 'approved' }),
    ev('thought.moderated', { thoughtId: 't2', participantId: 'a', status: 'approved' }),
    ev('summary.ordered', { scope: 'th', itemIds: ['n2', 'n1', 't2', 't1'] }),
    ev('summary.itemExcluded', { itemId: 't1', excluded: true }),
  ])!;
};

describe('summary editor items', () => {
  it('lists a scope in the order the summary uses, excluded items marked, pending thoughts left out', () => {
    const s = session();
    const items = scopeItems(s, 'th');
    expect(items.notes.map((i) => i.id)).toEqual(['n2', 'n1']);
    expect(items.thoughts.map((i) => [i.id, i.excluded])).toEqual([
      ['t2', false],
      ['t1', true],
    ]);
    expect(items.thoughts[1]!.source).toContain('Anna');
    const doc = composeSummary(s, { version: 1, publishedAt: 0 });
    const theme = doc.questions[0]!.themes[0]!;
    expect(theme.items.notes).toEqual(items.notes.map((i) => i.text));
    expect(theme.items.thoughts.map((t) => t.text)).toEqual(['thought t2']);
    expect(scopeItems(s, 'q:q1').notes.map((i) => i.id)).toEqual(['n3']);
  });

  it('moves one item within its own list and keeps the rest of the scope', () => {
    const items = scopeItems(session(), 'th');
    expect(orderAfterMove(items, 'notes', 1, -1)).toEqual(['n1', 'n2', 't2', 't1']);
    expect(orderAfterMove(items, 'thoughts', 0, 1)).toEqual(['n2', 'n1', 't1', 't2']);
    expect(orderAfterMove(items, 'thoughts', 1, 1)).toEqual(['n2', 'n1', 't2', 't1']);
  });
});
