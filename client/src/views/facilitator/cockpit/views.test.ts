import { describe, expect, it } from 'vitest';
import { consoleViews, viewForKey, viewsFor } from './views';

describe('the console views', () => {
  it('gives every view its own shortcut letter, none of them the thought keys A and H', () => {
    const keys = consoleViews.map((v) => v.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('A');
    expect(keys).not.toContain('H');
  });

  it('offers only what exists in the state and method: no participation figures in the lobby, no seating for groups', () => {
    expect(viewsFor('aquarium', 'lobby').map((v) => v.id)).not.toContain('participation');
    expect(viewsFor('aquarium', 'running').map((v) => v.id)).toContain('participation');
    expect(viewsFor('smallGroups', 'running').map((v) => v.id)).not.toContain('seating');
  });

  it('finds a view by its letter in either case', () => {
    const views = viewsFor('aquarium', 'running');
    expect(viewForKey(views, 's')?.id).toBe('seating');
    expect(viewForKey(views, 'x')).toBeUndefined();
  });
});
