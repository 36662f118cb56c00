import {
  audienceOf,
  ErrorCode,
  fail,
  reduce,
  type CommandAck,
  type CommandName,
  type CommandPayload,
  type NewEvent,
  type SessionEvent,
  type SessionState,
} from '@aquarium/shared';
import type { Clock } from '../clock.js';
import type { NewToken, Storage } from '../storage/storage.js';
import { isError, type Actor, type CommandHandlers } from './commands.js';

/** Frozen summary snapshots are read from storage on download and never sent to anyone. */
const isVisibleToSomeone = (e: SessionEvent) => {
  const a = audienceOf(e);
  return a.staff || a.screen || a.participants === 'all' || a.participant !== null;
};

/** Sends persisted events to the connections allowed to see them. */
export type Publish = (sessionId: string, events: SessionEvent[]) => void;

export interface RuntimeDeps {
  storage: Storage;
  clock: Clock;
  handlers: CommandHandlers;
  publish: Publish;
}

/**
 * One live session: its full state in memory, folded from the stored events. Commands run one at a
 * time, so sequence numbers have no gaps, and each is persisted before it is acknowledged.
 */
export class SessionRuntime {
  private queue: Promise<unknown> = Promise.resolve();

  /** Every event some audience may see, in order: reconnecting clients catch up from memory. */
  private readonly log: SessionEvent[];

  constructor(
    readonly id: string,
    private state: SessionState,
    private readonly deps: RuntimeDeps,
    events: SessionEvent[] = [],
  ) {
    this.log = events.filter(isVisibleToSomeone);
  }

  get current(): SessionState {
    return this.state;
  }

  /** Events after `seq`, found by binary search in the ordered log. */
  eventsAfter(seq: number): SessionEvent[] {
    let lo = 0;
    let hi = this.log.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.log[mid]!.seq <= seq) lo = mid + 1;
      else hi = mid;
    }
    return this.log.slice(lo);
  }

  /** Runs `work` after every command queued before it. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every command queued so far has finished. */
  drain(): Promise<void> {
    return this.serial(async () => undefined);
  }

  execute<K extends CommandName>(name: K, payload: CommandPayload<K>, actor: Actor): Promise<CommandAck> {
    return this.serial(async () => {
      const known = await this.deps.storage.commandAck(this.id, payload.commandId);
      if (known) return JSON.parse(known) as CommandAck;
      const result = this.deps.handlers[name](this.state, payload, { now: this.deps.clock.now(), actor });
      if (isError(result)) return { ok: false as const, error: result };
      const events = this.stamp(result);
      const ack: CommandAck = { ok: true, seq: events.at(-1)?.seq ?? this.state.seq };
      await this.commit(events, { id: payload.commandId, ack: JSON.stringify(ack) });
      return ack;
    }).catch((err: unknown) => {
      console.error(`command ${name} failed in session ${this.id}:`, err);
      return fail(ErrorCode.Internal, 'the server could not save this; try again');
    });
  }

  /** Appends events that are not a client command (a phone joining over HTTP), with new tokens. */
  record(build: (state: SessionState) => NewEvent[], tokens: NewToken[] = []): Promise<SessionEvent[]> {
    return this.serial(async () => {
      const events = this.stamp(build(this.state));
      await this.commit(events, undefined, tokens);
      return events;
    });
  }

  private stamp(events: NewEvent[]): SessionEvent[] {
    const at = this.deps.clock.now();
    return events.map((e, i) => ({ ...e, seq: this.state.seq + i + 1, at }) as SessionEvent);
  }

  private async commit(events: SessionEvent[], command?: { id: string; ack: string }, tokens?: NewToken[]) {
    await this.deps.storage.append(this.id, { events, command, tokens });
    this.state = events.reduce(reduce, this.state);
    for (const e of events) if (isVisibleToSomeone(e)) this.log.push(e);
    if (events.length > 0) this.deps.publish(this.id, events);
  }
}
