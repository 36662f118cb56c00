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
  /** The same runtimes once loaded, for the periodic catch-up and head announcements. */
  private readonly loaded = new Map<string, SessionRuntime>();
  /** The last sequence number a broken runtime had sent to this node's connections: its successor goes on from there. */
  private readonly handedOver = new Map<string, number>();

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
        const broken = this.loaded.get(sessionId);
        if (broken) this.handedOver.set(sessionId, broken.head);
        this.live.delete(sessionId);
        this.loaded.delete(sessionId);
      },
    };
  }

  /** The live session, caught up with what other nodes stored when several share the storage. */
  async get(sessionId: string): Promise<SessionRuntime | null> {
    const runtime = await this.cached(sessionId);
    if (runtime && this.deps.shared) await runtime.refresh();
    return runtime;
  }

  /** The session's runtime if it is in memory now, without loading it. */
  peek(sessionId: string): SessionRuntime | undefined {
    return this.loaded.get(sessionId);
  }

  private cached(sessionId: string): Promise<SessionRuntime | null> {
    let runtime = this.live.get(sessionId);
    if (!runtime) {
      const loading = this.load(sessionId);
      runtime = loading;
      this.live.set(sessionId, loading);
      const forget = () => {
        if (this.live.get(sessionId) === loading) this.live.delete(sessionId);
      };
      loading.then((r) => (r ? this.loaded.set(sessionId, r) : forget())).catch(forget);
    }
    return runtime;
  }

  /** Deletes a session for good, after any command already queued for it. */
  async delete(sessionId: string): Promise<void> {
    const runtime = await this.get(sessionId);
    if (runtime) await runtime.drain();
    this.live.delete(sessionId);
    this.loaded.delete(sessionId);
    await this.deps.storage.deleteSession(sessionId);
    for (const listener of this.deleted) listener(sessionId);
  }

  private async load(sessionId: string): Promise<SessionRuntime | null> {
    const events = await this.deps.storage.loadEvents(sessionId);
    const state = reduceAll(null, events);
    if (!state) return null;
    const runtime = new SessionRuntime(sessionId, state, this.deps, events);
    // Rebuilt after a failed write: what other nodes stored meanwhile has not been sent here yet.
    const sent = this.handedOver.get(sessionId);
    this.handedOver.delete(sessionId);
    const missed = sent === undefined ? [] : runtime.eventsAfter(sent);
    if (missed.length > 0) this.deps.publish(sessionId, missed, { shared: this.deps.shared, own: false });
    return runtime;
  }
}
