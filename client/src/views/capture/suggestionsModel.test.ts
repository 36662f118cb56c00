import { describe, expect, it } from 'vitest';
import { moveItem, openPlacements, stillOpen, type DraftSuggestion } from './suggestionsModel';

const drafts: DraftSuggestion[] = [
  {
    key: 'a',
    name: 'Palvelukuvaus',
    items: [
      { kind: 'note', id: 'n1' },
      { kind: 'note', id: 'n2' },
    ],
  },
  { key: 'b', name: 'Järjestö', items: [{ kind: 'thought', id: 't1' }] },
];

describe('theme suggestions being shaped', () => {
  it('moves an item to another suggestion, or out of all', () => {
    const moved = moveItem(drafts, { kind: 'note', id: 'n2' }, 'b');
    expect(moved.map((d) => d.items.map((i) => i.id))).toEqual([['n1'], ['t1', 'n2']]);
    const out = moveItem(drafts, { kind: 'note', id: 'n2' }, null);
    expect(out.map((d) => d.items.map((i) => i.id))).toEqual([['n1'], ['t1']]);
  });

  it('leaves out what was placed meanwhile, and a suggestion with nothing left', () => {
    const open = stillOpen(drafts, (i) => i.id !== 't1');
    expect(open.map((d) => d.key)).toEqual(['a']);
    expect(
      openPlacements(
        [
          { kind: 'note', id: 'n1', themeId: 'th1' },
          { kind: 'note', id: 'n2', themeId: 'gone' },
        ],
        () => true,
        (id) => id === 'th1',
      ),
    ).toEqual([{ kind: 'note', id: 'n1', themeId: 'th1' }]);
  });
});
