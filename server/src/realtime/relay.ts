import type { SessionEvent } from '@aquarium/shared';
import type { SessionRegistry } from '../engine/registry.js';
import type { SessionRuntime } from '../engine/runtime.js';
import { rooms, runsByRooms } from './rooms.js';
import type { AppServer } from './types.js';
import { log } from '../log.js';

export interface RelayOptions {
  /** Several nodes share the storage: read what the others stored every `pollMs`. */
  shared: boolean;
  /** The nodes share an adapter (Redis) to wake each other on a write. */
  wake: boolean;
  /** How often a node reads its connected sessions' new events back from the database (several nodes). */
  pollMs?: number;
  /** How often heads are announced when something changed; unchanged heads are repeated every `repeatMs`. */
  headMs?: number;
  repeatMs?: number;
}

/**
 * Delivers stored events to this node's own connections, in sequence order, from the session's log:
 * the database is the source of every broadcast, not Redis. With several nodes, a node that writes wakes
 * the others through the adapter (`stored`), and each node also reads its connected sessions back every
 * `pollMs`, so events a node stored and died before sending, or a wake-up lost while Redis was down,
 * still reach every screen within a few seconds. Every `headMs` each connection is told its newest
 * sequence number (`session:head`), so a client that lacks something notices and asks for it.
 */
export class Relay {
  private registry: SessionRegistry | null = null;
  /** This node's connections per session. */
  private readonly connected = new Map<string, number>();
  /** Per session: the head last announced, when everyone was last told, and what each room was told since. */
  private readonly announced = new Map<string, { head: number; at: number; told: Map<string, number> }>();
  private readonly refreshing = new Set<string>();
  private readonly timer: NodeJS.Timeout;
  private readonly pollMs: number;
  private readonly headMs: number;
  private readonly repeatMs: number;
  private lastPoll = 0;

  constructor(
    private readonly io: AppServer,
    private readonly options: RelayOptions,
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.headMs = options.headMs ?? 1000;
    this.repeatMs = options.repeatMs ?? 10_000;
    this.timer = setInterval(() => this.tick(), this.headMs);
    this.timer.unref();
  }

  attach(registry: SessionRegistry) {
    this.registry = registry;
  }

  connect(sessionId: string, delta: 1 | -1) {
    const n = (this.connected.get(sessionId) ?? 0) + delta;
    if (n > 0) this.connected.set(sessionId, n);
    else {
      this.connected.delete(sessionId);
      this.announced.delete(sessionId);
    }
  }

  /** Sends stored events to this node's connections allowed to see them; wakes the other nodes on a write. */
  publish = (sessionId: string, events: SessionEvent[], meta: { shared: boolean; own: boolean }) => {
    for (const run of runsByRooms(sessionId, events)) {
      if (run.rooms.length > 0) this.io.local.to(run.rooms).emit('session:events', run.events);
    }
    if (this.options.wake && meta.shared && meta.own) {
      try {
        this.io.serverSideEmit('stored', sessionId, events.at(-1)!.seq);
      } catch (err) {
        log.warn({ err: (err as Error).message }, 'relay: could not wake the other nodes');
      }
    }
  };

  /** Another node stored events of a session: catch up now if anyone here follows it. */
  stored(sessionId: string, seq: number) {
    const runtime = this.registry?.peek(sessionId);
    if (runtime && this.connected.has(sessionId) && runtime.head < seq) this.refresh(runtime);
  }

  stop() {
    clearInterval(this.timer);
  }

  private refresh(runtime: SessionRuntime): Promise<void> {
    if (this.refreshing.has(runtime.id)) return Promise.resolve();
    this.refreshing.add(runtime.id);
    return runtime
      .refresh()
      .catch(() => undefined) // the database is down: the storage health says so, and the next tick tries again
      .finally(() => this.refreshing.delete(runtime.id));
  }

  private tick() {
    const now = Date.now();
    const poll = this.options.shared && now - this.lastPoll >= this.pollMs - 50;
    if (poll) this.lastPoll = now;
    for (const sessionId of this.connected.keys()) {
      const runtime = this.registry?.peek(sessionId);
      if (!runtime) continue;
      if (poll) void this.refresh(runtime).then(() => this.announce(runtime));
      else this.announce(runtime);
    }
  }

  /**
   * Tells each of this node's connections of the session the newest sequence number it may see: when
   * it changed since the last announcement, and to everyone every `repeatMs`.
   */
  private announce(runtime: SessionRuntime) {
    const id = runtime.id;
    const now = Date.now();
    let last = this.announced.get(id);
    const repeat = !last || now - last.at >= this.repeatMs;
    if (!repeat && last!.head === runtime.head) return;
    if (!last || repeat) {
      last = { head: runtime.head, at: now, told: new Map() };
      this.announced.set(id, last);
    } else last.head = runtime.head;
    const told = last.told;
    const tell = (room: string, seq: number, except: string[] = []) => {
      if (told.get(room) === seq) return;
      told.set(room, seq);
      this.io.local.to(room).except(except).emit('session:head', { seq });
    };
    const { heads } = runtime;
    tell(rooms.staff(id), heads.headFor('facilitator', null));
    tell(rooms.screen(id), heads.headFor('screen', null));
    const { all, ahead } = heads.participants();
    const changed = heads.takeChanged();
    const here = this.io.of('/').adapter.rooms;
    // Phones ahead of `all` hear their own head instead (the list is built only when `all` is to be told).
    const everyPhone = rooms.participants(id);
    if (told.get(everyPhone) !== all) {
      const own = [...ahead.keys()].map((p) => rooms.participant(id, p)).filter((room) => here.has(room));
      tell(everyPhone, all, own);
    }
    // Each phone ahead: all of them when everyone is told again, else only those whose head changed.
    for (const p of repeat ? ahead.keys() : changed) {
      const seq = ahead.get(p);
      const room = rooms.participant(id, p);
      if (seq !== undefined && here.has(room)) tell(room, seq);
    }
  }

  /** A connection was answered its sync with `head`: its phone's room need not be told that head again. */
  synced(sessionId: string, participantId: string | null, head: number) {
    if (participantId) this.announced.get(sessionId)?.told.set(rooms.participant(sessionId, participantId), head);
  }
}
