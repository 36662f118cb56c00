import { describe, expect, it } from 'vitest';
import {
  clockOffset,
  extendTimer,
  formatCountdown,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
} from './timer.js';

describe('phase timer arithmetic', () => {
  it('counts down while running and stands still while paused', () => {
    let t = startTimer(10 * 60_000, 1_000);
    expect(remainingMs(t, 61_000)).toBe(9 * 60_000);
    t = pauseTimer(t, 61_000);
    expect(remainingMs(t, 600_000)).toBe(9 * 60_000);
    t = resumeTimer(t, 600_000);
    expect(remainingMs(t, 660_000)).toBe(8 * 60_000);
  });

  it('pausing twice or resuming a running timer changes nothing', () => {
    const t = pauseTimer(startTimer(60_000, 0), 10_000);
    expect(pauseTimer(t, 50_000)).toEqual(t);
    const running = startTimer(60_000, 0);
    expect(resumeTimer(running, 5_000)).toEqual(running);
  });

  it('extends and shortens, never below zero duration', () => {
    const t = startTimer(5 * 60_000, 0);
    expect(remainingMs(extendTimer(t, 60_000), 0)).toBe(6 * 60_000);
    expect(extendTimer(t, -10 * 60_000).durationMs).toBe(0);
  });

  it('goes negative when a phase runs over', () => {
    expect(remainingMs(startTimer(60_000, 0), 90_000)).toBe(-30_000);
  });

  it('formats a countdown the way a wall clock would', () => {
    expect(formatCountdown(20 * 60_000)).toBe('20:00');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(59_000)).toBe('0:59');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-42_500)).toBe('-0:42');
  });

  it('estimates the server clock offset from a round trip', () => {
    // Sent at 1000, answered at 1200 local; the server said 5100 half way through (local 1100).
    expect(clockOffset(1_000, 5_100, 1_200)).toBe(4_000);
  });
});
