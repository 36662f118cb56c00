import { reduceAll } from '@aquarium/shared';
import { GroupWriter } from '../storage/groupWriter.js';
import type { Storage } from '../storage/storage.js';
import { SessionRuntime, type RuntimeDeps } from './runtime.js';

/**
 * The live sessions of this server. A session not in memory (after a restart, say) is rebuilt from
 * its stored events on first use.
 */
export class SessionRegistry {
  private readonly live = new Map<string, Promise<SessionRuntime | null>>();

  private readonly deps: RuntimeDeps;

  /** Called after a session is deleted, so caches of its data (rendered summaries) let it go too. */
  readonly deleted: ((sessionId: string) => void)[] = [];

  constructor(deps: Omit<RuntimeDeps, 'writer' | 'onBroken' | 'shared'> & { storage: Storage; shared?: boolean }) {
    this.deps = {
      ...deps,
      shared: deps.shared ?? false,
      writer: new GroupWriter(deps.storage),
      onBroken: (sessionId) => {
        console.error(`session ${sessionId}: a write failed; rebuilding it from storage`);
        this.live.delete(sessionId);
      },
    };
  }

  /** The live session, caught up with what other nodes stored when several share the storage. */
  async get(sessionId: string): Promise<SessionRuntime | null> {
    const runtime = await this.cached(sessionId);
    if (runtime && this.deps.shared) await runtime.refresh();
    return runtime;
  }

  private cached(sessionId: string): Promise<SessionRuntime | null> {
    let runtime = this.live.get(sessionId);
    if (!runtime) {
      runtime = this.load(sessionId);
      this.live.set(sessionId, runtime);
      runtime.then((r) => r ?? this.live.delete(sessionId)).catch(() => this.live.delete(sessionId));
    }
    return runtime;
  }

  /** Deletes a session for good, after any command already queued for it. */
  async delete(sessionId: string): Promise<void> {
    const runtime = await this.get(sessionId);
    if (runtime) await runtime.drain();
    this.live.delete(sessionId);
    await this.deps.storage.deleteSession(sessionId);
    for (const listener of this.deleted) listener(sessionId);
  }

  private async load(sessionId: string): Promise<SessionRuntime | null> {
    const events = await this.deps.storage.loadEvents(sessionId);
    const state = reduceAll(null, events);
    return state ? new SessionRuntime(sessionId, state, this.deps, events) : null;
  }
}
