import { describe, expect, it, vi } from 'vitest';
import { watchResume, type ResumeTargets } from './resume';

type Listener = (e: unknown) => void;

const fakeTargets = () => {
  const listeners = new Map<string, Listener>();
  const on = (name: string, fn: Listener) => listeners.set(name, fn);
  const off = (name: string) => listeners.delete(name);
  const doc = { visibilityState: 'hidden' as DocumentVisibilityState, addEventListener: on, removeEventListener: off };
  const win = { addEventListener: on, removeEventListener: off };
  const fire = (name: string, e: unknown = {}) => listeners.get(name)?.(e);
  return { targets: { document: doc, window: win } as unknown as ResumeTargets, doc, fire, listeners };
};

describe('watchResume', () => {
  it('resumes when the page becomes visible, not when it is hidden', () => {
    const { targets, doc, fire } = fakeTargets();
    const onResume = vi.fn();
    watchResume(onResume, targets);
    fire('visibilitychange');
    expect(onResume).not.toHaveBeenCalled();
    doc.visibilityState = 'visible';
    fire('visibilitychange');
    expect(onResume).toHaveBeenCalledTimes(1);
  });

  it('resumes on a page restored from the back/forward cache only', () => {
    const { targets, fire } = fakeTargets();
    const onResume = vi.fn();
    watchResume(onResume, targets);
    fire('pageshow', { persisted: false });
    fire('pageshow', { persisted: true });
    expect(onResume).toHaveBeenCalledTimes(1);
  });

  it('stops watching', () => {
    const { targets, listeners } = fakeTargets();
    const stop = watchResume(() => {}, targets);
    expect(listeners.size).toBe(2);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('does nothing without a document (node)', () => {
    expect(() => watchResume(() => {})()).not.toThrow();
  });
});
