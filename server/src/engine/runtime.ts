import {
  audienceOf,
  ErrorCode,
  fail,
  StateOwner,
  type CommandAck,
  type CommandName,
  type CommandPayload,
  type NewEvent,
  type Role,
  type SessionEvent,
  type SessionState,
} from '@aquarium/shared';
import type { Clock } from '../clock.js';
import { failureCode, failureMessage, storageFailure } from '../storage/failure.js';
import type { GroupWriter } from './groupWriter.js';
import { SequenceConflict, type AppendBatch, type NewToken, type Storage } from '../storage/storage.js';
import { isError, type Actor, type CommandHandlers } from './handlerTypes.js';
import { AudienceStates, snapshotAudienceOf } from './audienceStates.js';
import { VisibleHeads } from './heads.js';
import { PhoneLog } from './phoneLog.js';
import { log } from '../log.js';

/** Frozen summary snapshots are read from storage on download and never sent to anyone. */
const isVisibleToSomeone = (e: SessionEvent) => {
  const a = audienceOf(e);
  return a.staff || a.screen || a.participants === 'all' || a.participant !== null || (a.members?.length ?? 0) > 0;
};

/**
 * Sends persisted events to this node's connections allowed to see them. Called for every stored event
 * in sequence order: this node's own as they are written, other nodes' as they are read back.
 */
export type Publish = (sessionId: string, events: SessionEvent[], meta: { shared: boolean; own: boolean }) => void;

export interface RuntimeDeps {
  storage: Storage;
  writer: GroupWriter;
  clock: Clock;
  handlers: CommandHandlers;
  publish: Publish;
  /** Called when a write failed: the registry forgets this runtime and rebuilds it from storage. */
  onBroken: (sessionId: string) => void;
  /**
   * Several server nodes write to the same storage: each command is decided on the newest stored
   * events and written before the next is decided; the database's (session, seq) key decides.
   */
  shared: boolean;
}

/** How often a command is decided again after another node took its sequence number. */
const MAX_CONFLICT_RETRIES = 30;

/**
 * One live session: its full state in memory, folded from the stored events. Commands are decided one
 * at a time on the newest state, so sequence numbers have no gaps; their writes are grouped (see
 * GroupWriter) and each command is acknowledged and broadcast only once its events are on disk.
 */
export class SessionRuntime {
  private queue: Promise<unknown> = Promise.resolve();
  /** Every event some audience may see, in order: reconnecting clients catch up from memory. */
  private readonly log: SessionEvent[];
  /** The newest sequence number that is on disk (the state may be ahead while a write is pending). */
  private committedSeq: number;
  /** Commands decided but not yet written, by id: a retry waits for the same answer. */
  private readonly inFlight = new Map<string, Promise<CommandAck>>();
  private broken: unknown = null;
  /** The newest stored sequence number each audience may see (announced as `session:head`). */
  readonly heads = new VisibleHeads();
  /** The stored events phones may see, per phone: a phone's catch-up reads only its own. */
  readonly phones = new PhoneLog();
  /** The state as staff and as the projector see it, at the newest stored event: a far-behind catch-up starts there. */
  private readonly audiences = new AudienceStates();
  /** This runtime alone holds its state, so events change it in place (no copy of a collection per event). */
  private readonly owner = new StateOwner();
  /** Events written by this node and not yet broadcast: one group commit's are broadcast together. */
  private unpublished: SessionEvent[] = [];

  constructor(
    readonly id: string,
    private state: SessionState,
    private readonly deps: RuntimeDeps,
    events: SessionEvent[] = [],
  ) {
    this.log = events.filter(isVisibleToSomeone);
    this.committedSeq = state.seq;
    for (const e of this.log) this.committed(e);
  }

  /** A visible event is on disk: it counts for the heads and phones' catch-up. */
  private committed(e: SessionEvent): void {
    this.heads.add(e);
    this.phones.add(e);
    this.audiences.add(e);
  }

  /** The newest sequence number on disk. */
  get head(): number {
    return this.committedSeq;
  }

  get current(): SessionState {
    return this.state;
  }

  /** The first index of the ordered log whose sequence number is above `seq` (binary search). */
  private firstAfter(seq: number): number {
    let lo = 0;
    let hi = this.log.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.log[mid]!.seq <= seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Committed events after `seq`, found by binary search in the ordered log. */
  eventsAfter(seq: number): SessionEvent[] {
    return this.log.slice(this.firstAfter(seq), this.firstAfter(this.committedSeq));
  }

  /** How many stored events some audience may see come after `seq` (at least what one connection lacks). */
  countAfter(seq: number): number {
    return Math.max(0, this.firstAfter(this.committedSeq) - this.firstAfter(seq));
  }

  /**
   * The stored state as a staff member or the projector sees it (null for a phone: a phone's catch-up reads
   * its own index). Folded once, then kept up to date with every stored event.
   */
  snapshotFor(role: Role): SessionState | null {
    const audience = snapshotAudienceOf(role);
    return audience === null ? null : this.audiences.stateOf(audience, () => this.eventsAfter(0));
  }

  /** Commands queued or being decided; with `inFlight` (being written) it tells whether the session is busy. */
  private queued = 0;

  /** Something is queued, being decided or being written: the session must stay in memory. */
  get busy(): boolean {
    return this.queued > 0 || this.inFlight.size > 0;
  }

  /** Runs `work` after everything queued before it has been decided. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    this.queued++;
    const run = this.queue
      .then(() => {
        if (this.broken) throw this.broken;
        return work();
      })
      .finally(() => this.queued--);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every command queued so far has been decided and written. */
  async drain(): Promise<void> {
    await this.serial(async () => undefined).catch(() => undefined);
    await this.lastWrite;
  }

  private lastWrite: Promise<void> = Promise.resolve();

  execute<K extends CommandName>(name: K, payload: CommandPayload<K>, actor: Actor): Promise<CommandAck> {
    const same = this.inFlight.get(payload.commandId);
    if (same) return same;
    const answer = this.serial(() =>
      this.decide(async () => {
        const known = await this.deps.storage.commandAck(this.id, payload.commandId);
        if (known) return { ack: JSON.parse(known) as CommandAck, written: Promise.resolve() };
        const result = this.deps.handlers[name](this.state, payload, { now: this.deps.clock.now(), actor });
        if (isError(result))
          return { ack: fail(result.code, result.message) as CommandAck, written: Promise.resolve() };
        const events = this.stamp(result);
        const ack: CommandAck = { ok: true, seq: events.at(-1)?.seq ?? this.state.seq };
        return { ack, written: this.stage(events, { command: { id: payload.commandId, ack: JSON.stringify(ack) } }) };
      }),
    )
      .then(async ({ ack, written }) => {
        await written;
        return ack;
      })
      .catch((err: unknown) => {
        const failure = storageFailure(err);
        if (failure) return fail(failureCode(failure), failureMessage(failure)) as CommandAck;
        log.error({ err, command: name, session: this.id }, 'command failed');
        return fail(ErrorCode.Internal, 'the server could not save this; try again') as CommandAck;
      })
      .finally(() => this.inFlight.delete(payload.commandId));
    this.inFlight.set(payload.commandId, answer);
    return answer;
  }

  /** Appends events that are not a client command (a phone joining over HTTP), with new tokens. */
  async record(build: (state: SessionState) => NewEvent[], tokens: NewToken[] = []): Promise<SessionEvent[]> {
    const { events, written } = await this.serial(() =>
      this.decide(async () => {
        const stamped = this.stamp(build(this.state));
        return { events: stamped, written: this.stage(stamped, { tokens }) };
      }),
    );
    await written;
    return events;
  }

  /**
   * Runs one decision. Alone on its storage, the write is only queued (group commit). Sharing it with
   * other nodes, the runtime first catches up with what they wrote, waits for its own write, and
   * decides again if another node took the sequence number meanwhile.
   */
  private async decide<T extends { written: Promise<void> }>(attempt: () => Promise<T>): Promise<T> {
    if (!this.deps.shared) return attempt();
    for (let tries = 0; ; tries++) {
      await this.catchUpNow();
      // Kept to roll back to: the attempt copies what it changes instead of changing this in place.
      this.owner.release();
      const state = this.state;
      const logLength = this.log.length;
      const decided = await attempt();
      try {
        await decided.written;
        return decided;
      } catch (err) {
        // What was decided is not stored: forget it, so the next decision folds in what is.
        this.state = state;
        this.log.length = logLength;
        if (!(err instanceof SequenceConflict) || tries >= MAX_CONFLICT_RETRIES) throw err;
      }
    }
  }

  /** Folds in what other nodes stored, in turn with this node's own commands. */
  refresh(): Promise<void> {
    return this.deps.shared ? this.serial(() => this.catchUpNow()) : Promise.resolve();
  }

  /** Folds in events other nodes stored since this node's last one. */
  private async catchUpNow(): Promise<void> {
    if (!this.deps.shared) return;
    const events = await this.deps.storage.loadEvents(this.id, this.committedSeq);
    const fresh: SessionEvent[] = [];
    for (const e of events) {
      if (e.seq <= this.state.seq) continue;
      this.state = this.owner.apply(this.state, e);
      if (!isVisibleToSomeone(e)) continue;
      this.log.push(e);
      this.committed(e);
      fresh.push(e);
    }
    this.committedSeq = this.state.seq;
    // Another node stored these (and told its own connections, if it lived long enough): this node
    // tells its own, so a node that died between writing and broadcasting loses nobody an event.
    this.publishWritten();
    if (fresh.length > 0) this.deps.publish(this.id, fresh, { shared: true, own: false });
  }

  /**
   * Broadcasts written events once the group commit that wrote them has resolved every write of this session:
   * a group's writes resolve one after another in the same microtask run, and the broadcast is queued by the
   * first of them, so it runs before any of their acknowledgements (each waits for its write's callback) and
   * sends the group's events as one message per audience (`runsByRooms`), not one per command (issue #24).
   */
  private toPublish(events: SessionEvent[]): void {
    if (this.unpublished.length === 0) queueMicrotask(() => this.publishWritten());
    for (const e of events) this.unpublished.push(e);
  }

  private publishWritten(): void {
    if (this.unpublished.length === 0) return;
    const events = this.unpublished;
    this.unpublished = [];
    try {
      this.deps.publish(this.id, events, { shared: this.deps.shared, own: true });
    } catch (err) {
      // Written all the same: each screen's head check fetches what it missed.
      log.error({ err, session: this.id }, 'could not broadcast written events');
    }
  }

  private stamp(events: NewEvent[]): SessionEvent[] {
    const at = this.deps.clock.now();
    return events.map((e, i) => ({ ...e, seq: this.state.seq + i + 1, at }) as SessionEvent);
  }

  /**
   * Folds the events into the state now, so the next command is decided on top of them, and queues
   * their write. They are broadcast (and visible to catch-up) only once written; a failed write
   * breaks this runtime so the registry rebuilds the session from what is really on disk.
   */
  private stage(events: SessionEvent[], extra: Omit<AppendBatch, 'events'>): Promise<void> {
    if (events.length === 0 && !extra.command && !extra.tokens?.length) return Promise.resolve();
    this.state = this.owner.applyAll(this.state, events)!;
    for (const e of events) if (isVisibleToSomeone(e)) this.log.push(e);
    const last = events.at(-1)?.seq;
    const written = this.deps.writer.append(this.id, { events, ...extra }).then(
      () => {
        if (last !== undefined) this.committedSeq = last;
        const visible = events.filter(isVisibleToSomeone);
        for (const e of visible) this.committed(e);
        if (visible.length > 0) this.toPublish(visible);
      },
      (err: unknown) => {
        if (this.deps.shared && err instanceof SequenceConflict) throw err; // decided again by decide()
        if (!this.broken) {
          this.broken = err ?? new Error('a write failed');
          this.deps.writer.cancel(this.id, err);
          this.deps.onBroken(this.id);
        }
        throw err;
      },
    );
    this.lastWrite = written.catch(() => undefined);
    return written;
  }
}
