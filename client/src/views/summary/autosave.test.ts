import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { combineSaveStates, createAutosaver, type SaveState } from './autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A save whose answers the test gives by hand. */
const manualSave = () => {
  const calls: { value: string; answer: (ok: boolean) => void }[] = [];
  const save = (value: string) => new Promise<boolean>((answer) => calls.push({ value, answer }));
  return { calls, save };
};

const setUp = () => {
  const { calls, save } = manualSave();
  const states: SaveState[] = [];
  const saver = createAutosaver({ save, onState: (s) => states.push(s), delayMs: 800 });
  return { calls, states, saver };
};

describe('autosave', () => {
  it('saves once after typing pauses, with the last text', async () => {
    const { calls, states, saver } = setUp();
    saver.change('a');
    vi.advanceTimersByTime(500);
    saver.change('ab');
    vi.advanceTimersByTime(799);
    expect(calls).toHaveLength(0);
    expect(states).toEqual(['pending']);
    vi.advanceTimersByTime(1);
    expect(calls.map((c) => c.value)).toEqual(['ab']);
    expect(states).toEqual(['pending', 'saving']);
    calls[0]!.answer(true);
    await vi.runAllTimersAsync();
    expect(states).toEqual(['pending', 'saving', 'saved']);
  });

  it('does not say saved while newer text waits', async () => {
    const { calls, states, saver } = setUp();
    saver.change('one');
    vi.advanceTimersByTime(800);
    saver.change('one two');
    calls[0]!.answer(true);
    await Promise.resolve();
    expect(states.at(-1)).toBe('pending');
    vi.advanceTimersByTime(800);
    calls[1]!.answer(true);
    await vi.runAllTimersAsync();
    expect(states.at(-1)).toBe('saved');
  });

  it('reports a refused save, and saves waiting text at once on flush and dispose', async () => {
    const { calls, states, saver } = setUp();
    saver.change('x');
    saver.flush();
    expect(calls.map((c) => c.value)).toEqual(['x']);
    calls[0]!.answer(false);
    await vi.runAllTimersAsync();
    expect(states.at(-1)).toBe('failed');
    saver.change('y');
    saver.dispose();
    expect(calls.map((c) => c.value)).toEqual(['x', 'y']);
    calls[1]!.answer(true);
    await vi.runAllTimersAsync();
    expect(states.at(-1)).toBe('saving'); // nothing is reported after dispose
  });

  it('combines several fields into the most pressing state', () => {
    expect(combineSaveStates([])).toBe('saved');
    expect(combineSaveStates(['saved', 'pending'])).toBe('pending');
    expect(combineSaveStates(['pending', 'saving', 'saved'])).toBe('saving');
    expect(combineSaveStates(['saving', 'failed'])).toBe('failed');
  });
});
