import { describe, expect, it } from 'vitest';
import { addPhase, dropQuestion, movePhase, nextId, plannedMinutesTotal, removePhase, updatePhase } from './plan.js';
import { defaultAquariumSetup } from './templates.js';

const plan = defaultAquariumSetup('fi').phases;

describe('phase plan operations', () => {
  it('the default plan has five phases alternating inner and outer, then everyone', () => {
    expect(plan.map((p) => p.speaking)).toEqual(['inner', 'outer', 'inner', 'outer', 'everyone']);
    expect(plannedMinutesTotal(plan)).toBe(80);
  });

  it('adds, removes and reorders', () => {
    const extra = { ...plan[0]!, id: nextId('p', plan), name: 'Tauko' };
    expect(extra.id).toBe('p6');
    const added = addPhase(plan, extra, 2);
    expect(added.map((p) => p.id)).toEqual(['p1', 'p2', 'p6', 'p3', 'p4', 'p5']);
    expect(removePhase(added, 'p6')).toEqual(plan);
    expect(movePhase(plan, 4, 0).map((p) => p.id)).toEqual(['p5', 'p1', 'p2', 'p3', 'p4']);
    expect(movePhase(plan, 0, 9)).toEqual(plan);
  });

  it('updates one phase and drops a deleted question from every focus', () => {
    const updated = updatePhase(plan, 'p2', { plannedMinutes: 30, speaking: 'everyone' });
    expect(updated[1]).toMatchObject({ plannedMinutes: 30, speaking: 'everyone' });
    expect(updated[0]).toEqual(plan[0]);
    expect(dropQuestion(plan, 'q3').every((p) => !p.questionIds.includes('q3'))).toBe(true);
  });
});
