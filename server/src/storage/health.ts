import type { ServerStatus } from '@aquarium/shared';
import { storageFailure } from './failure.js';
import type { Storage } from './storage.js';

const WRITES = new Set<keyof Storage>(['append', 'appendMany', 'createSession', 'replaceToken']);

/**
 * Watches every call to the storage: a call that fails because the database is unreachable (or the
 * disk full) marks it down, and a probe then asks it again every `probeMs` until it answers. A read
 * that succeeds marks a lost database back; only a write that succeeds clears "disk full".
 */
export class StorageHealth {
  private state: ServerStatus['storage'] = 'ok';
  private probe: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<(state: ServerStatus['storage']) => void>();
  readonly storage: Storage;

  constructor(
    private readonly inner: Storage,
    private readonly probeMs = 1000,
  ) {
    const watched = {} as Record<string, unknown>;
    for (const key of Object.keys(inner) as (keyof Storage)[]) {
      const method = inner[key];
      if (typeof method !== 'function') continue;
      watched[key] = (...args: unknown[]) => {
        let result: Promise<unknown>;
        try {
          result = Promise.resolve((method as (...a: unknown[]) => unknown).apply(inner, args));
        } catch (err) {
          result = Promise.reject(err);
        }
        return result.then(
          (value) => {
            this.succeeded(WRITES.has(key));
            return value;
          },
          (err: unknown) => {
            this.failed(err);
            throw err;
          },
        );
      };
    }
    this.storage = watched as unknown as Storage;
  }

  get status(): ServerStatus['storage'] {
    return this.state;
  }

  onChange(listener: (state: ServerStatus['storage']) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stop(): void {
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
  }

  private set(next: ServerStatus['storage']) {
    if (next === this.state) return;
    this.state = next;
    if (next === 'unavailable' && !this.probe) {
      this.probe = setInterval(() => {
        // Any cheap read: it answers once the database is back, and marks it so.
        this.storage.sessionIdByJoinCode('-').catch(() => undefined);
      }, this.probeMs);
      this.probe.unref();
    }
    if (next !== 'unavailable') this.stop();
    for (const l of this.listeners) l(next);
  }

  private succeeded(write: boolean) {
    if (this.state === 'unavailable' || (this.state === 'full' && write)) this.set('ok');
  }

  private failed(err: unknown) {
    const failure = storageFailure(err);
    if (failure) this.set(failure);
  }
}
