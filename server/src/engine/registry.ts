import { reduceAll } from '@aquarium/shared';
import { GroupWriter } from './groupWriter.js';
import type { Storage } from '../storage/storage.js';
import { SessionRuntime, type RuntimeDeps } from './runtime.js';
import { log } from '../log.js';

/**
 * The live sessions of this server. A session not in memory (after a restart, say) is rebuilt from
 * its stored events on first use.
 */
export class SessionRegistry {
  private readonly live = new Map<string, Promise<SessionRuntime | null>>();
  /** The same runtimes once loaded, for the periodic catch-up and head announcements. */
  private readonly loaded = new Map<string, SessionRuntime>();
  /** The join codes of the loaded sessions: a phone joining a session in memory costs no database read. */
  private readonly codes = new Map<string, string>();
  /** The last sequence number a broken runtime had sent to this node's connections: its successor goes on from there. */
  private readonly handedOver = new Map<string, number>();

  private readonly deps: RuntimeDeps;

  /** Called after a session is deleted, so caches of its data (rendered summaries) let it go too. */
  readonly deleted: ((sessionId: string) => void)[] = [];

  /** Open connections per session on this node: a session someone is connected to stays in memory. */
  private readonly connections = new Map<string, number>();
  /** When each session in memory was last asked for (clock time). */
  private readonly lastUse = new Map<string, number>();

  constructor(
    deps: Omit<RuntimeDeps, 'writer' | 'onBroken' | 'shared'> & {
      storage: Storage;
      shared?: boolean;
      /** Told each group commit's size and duration (metrics). */
      onWrite?: (commands: number, seconds: number) => void;
    },
  ) {
    this.deps = {
      ...deps,
      shared: deps.shared ?? false,
      writer: new GroupWriter(deps.storage, deps.onWrite),
      onBroken: (sessionId) => {
        log.warn({ session: sessionId }, 'a write failed; rebuilding the session from storage');
        const broken = this.loaded.get(sessionId);
        if (broken) this.handedOver.set(sessionId, broken.head);
        this.live.delete(sessionId);
        this.unlist(sessionId);
      },
    };
  }

  /** Sessions in memory now. */
  get size(): number {
    return this.loaded.size;
  }

  /**
   * Sessions this registry remembers anything of (state, connections, last use, a hand-over): what a day of
   * sessions must not grow. Deleted and unloaded sessions leave no entry behind.
   */
  get remembered(): number {
    return new Set([
      ...this.live.keys(),
      ...this.connections.keys(),
      ...this.lastUse.keys(),
      ...this.handedOver.keys(),
      ...this.codes.values(),
    ]).size;
  }

  /** The id of the session in memory with this join code (null: none in memory; storage may know one). */
  sessionIdOfCode(joinCode: string): string | null {
    return this.codes.get(joinCode) ?? null;
  }

  private unlist(sessionId: string): void {
    const runtime = this.loaded.get(sessionId);
    if (runtime && this.codes.get(runtime.current.joinCode) === sessionId) this.codes.delete(runtime.current.joinCode);
    this.loaded.delete(sessionId);
  }

  /** A connection to the session opened on this node. */
  retain(sessionId: string): void {
    this.connections.set(sessionId, (this.connections.get(sessionId) ?? 0) + 1);
  }

  /** A connection to the session closed; the session may leave memory once it has been idle long enough. */
  release(sessionId: string): void {
    const left = (this.connections.get(sessionId) ?? 1) - 1;
    if (left > 0) this.connections.set(sessionId, left);
    else this.connections.delete(sessionId);
    // Only a session in memory has a last use to remember (a deleted one's connections close after it is gone).
    if (this.live.has(sessionId)) this.lastUse.set(sessionId, this.deps.clock.now());
  }

  /**
   * Lets go of every session that has no connection on this node, no command queued or being written, and
   * has not been asked for in `idleMs`. Its next use rebuilds it from storage, as after a restart.
   */
  unloadIdle(now: number, idleMs: number): string[] {
    const unloaded: string[] = [];
    for (const [id, runtime] of this.loaded) {
      if (this.connections.has(id) || runtime.busy) continue;
      if ((this.lastUse.get(id) ?? 0) + idleMs > now) continue;
      this.live.delete(id);
      this.unlist(id);
      this.lastUse.delete(id);
      unloaded.push(id);
    }
    for (const id of this.lastUse.keys()) if (!this.live.has(id)) this.lastUse.delete(id);
    return unloaded;
  }

  /** Resolves once every command queued in any session so far has been decided and written (shutdown). */
  async drainAll(): Promise<void> {
    await Promise.all([...this.loaded.values()].map((r) => r.drain()));
  }

  /** The live session, caught up with what other nodes stored when several share the storage. */
  async get(sessionId: string): Promise<SessionRuntime | null> {
    this.lastUse.set(sessionId, this.deps.clock.now());
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
        if (this.live.get(sessionId) !== loading) return;
        this.live.delete(sessionId);
        this.lastUse.delete(sessionId);
      };
      loading
        .then((r) => {
          if (!r) return forget();
          this.loaded.set(sessionId, r);
          this.codes.set(r.current.joinCode, sessionId);
        })
        .catch(forget);
    }
    return runtime;
  }

  /** Deletes a session for good, after any command already queued for it. */
  async delete(sessionId: string): Promise<void> {
    const runtime = await this.get(sessionId);
    if (runtime) await runtime.drain();
    this.live.delete(sessionId);
    this.unlist(sessionId);
    this.lastUse.delete(sessionId);
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
