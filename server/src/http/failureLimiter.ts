/**
 * Counts failures (not requests) per key in a sliding one-minute window. Guessing join codes fails
 * almost every time, while a whole venue behind one address mostly succeeds: limiting failures stops
 * the guesser without locking out the venue.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxPerWindow: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  blocked(key: string): boolean {
    return this.recent(key).length >= this.maxPerWindow;
  }

  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }
}
