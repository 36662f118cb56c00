import type { CommandAck, CommandName } from '@aquarium/shared';
import type { Outbox, PersistedCommand } from './outbox';

/** What the queue needs from a connection; the socket module provides it, tests fake it. */
export interface CommandTransport {
  isReady: () => boolean;
  emit: (name: CommandName, payload: { commandId: string }, ack: (res: CommandAck) => void) => void;
}

export interface Timers {
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

export interface CommandQueueOptions {
  transport: CommandTransport;
  makeId: () => string;
  timeoutMs?: number;
  timers?: Timers;
  now?: () => number;
  /** Called once per command that is not acknowledged in time (so the user knows it is still on its way). */
  onDelayed?: (name: CommandName) => void;
  /** A refusal that may pass (a busy server): a durable command keeps waiting and is tried again. */
  isTransient?: (name: CommandName, res: CommandAck) => boolean;
  /**
   * A refusal that any command waits out: the milliseconds after which it goes again with the same id
   * (the flood limit's `retryInMs`), or null when the refusal is final.
   */
  retryAfter?: (name: CommandName, res: CommandAck, durable: boolean) => number | null;
  /** Sends at most `burst` commands at once and then `perSecond` (a reconnect's replays stay under the flood limit). */
  pace?: { perSecond: number; burst: number };
  /** The durable commands still waiting, after every change (for "3 not saved yet"). */
  onDurableChange?: (waiting: PersistedCommand[]) => void;
  /** The answer to a durable command restored from storage after a reload (nobody awaits it). */
  onRestoredSettled?: (name: CommandName, res: CommandAck) => void;
}

export interface SendOptions {
  /** Kept in the outbox (surviving a reload) until the server answers. */
  durable?: boolean;
}

interface Entry {
  name: CommandName;
  payload: PersistedCommand['payload'];
  queuedAt: number;
  resolve: (res: CommandAck) => void;
  timer: unknown;
  delayed: boolean;
  durable: boolean;
}

const browserTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const persisted = (e: Entry): PersistedCommand => ({ name: e.name, payload: e.payload, queuedAt: e.queuedAt });

/**
 * Sends commands so that each is applied at most once and, as long as the page lives, at least once:
 * the id is made once, and every retry (after a timeout or a reconnect) reuses it; the server dedupes.
 * Durable commands are also written to the outbox before the first attempt and leave it only with the
 * server's answer, so they survive a reload and are sent again with the same id.
 */
export const createCommandQueue = ({
  transport,
  makeId,
  timeoutMs = 5000,
  timers = browserTimers,
  now = Date.now,
  onDelayed,
  isTransient = () => false,
  retryAfter = () => null,
  pace = { perSecond: 8, burst: 20 },
  onDurableChange,
  onRestoredSettled,
}: CommandQueueOptions) => {
  let pending = new Map<string, Entry>();
  let outbox: Outbox | null = null;
  // A token bucket a little below the server's (10/s, burst 30): what waits here is sent as tokens come back.
  let tokens = pace.burst;
  let refilledAt = now();
  const takeToken = (): number => {
    const t = now();
    tokens = Math.min(pace.burst, tokens + ((t - refilledAt) / 1000) * pace.perSecond);
    refilledAt = t;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - tokens) / pace.perSecond) * 1000);
  };

  const waiting = () => [...pending.values()].filter((e) => e.durable).map(persisted);
  const changed = () => onDurableChange?.(waiting());

  const settle = (commandId: string, res: CommandAck) => {
    const entry = pending.get(commandId);
    if (!entry) return; // an answer to an earlier attempt already settled it
    const wait = retryAfter(entry.name, res, entry.durable);
    if (wait !== null) {
      timers.clear(entry.timer);
      entry.timer = timers.set(() => attempt(entry), wait);
      return;
    }
    if (entry.durable && isTransient(entry.name, res)) return; // its timer tries again
    pending.delete(commandId);
    timers.clear(entry.timer);
    if (entry.durable) {
      outbox?.remove(commandId);
      changed();
    }
    entry.resolve(res);
  };

  const attempt = (entry: Entry) => {
    timers.clear(entry.timer);
    entry.timer = null;
    if (!transport.isReady()) return; // flushed again on reconnect
    const wait = takeToken();
    if (wait > 0) {
      entry.timer = timers.set(() => attempt(entry), wait);
      return;
    }
    entry.timer = timers.set(() => {
      entry.timer = null;
      if (!entry.delayed) {
        entry.delayed = true;
        onDelayed?.(entry.name);
      }
      attempt(entry);
    }, timeoutMs);
    transport.emit(entry.name, entry.payload, (res) => settle(entry.payload.commandId, res));
  };

  return {
    send: (name: CommandName, payload: object, { durable = false }: SendOptions = {}): Promise<CommandAck> =>
      new Promise<CommandAck>((resolve) => {
        const commandId = makeId();
        const entry: Entry = {
          name,
          payload: { ...payload, commandId },
          queuedAt: now(),
          resolve,
          timer: null,
          delayed: false,
          durable,
        };
        pending.set(commandId, entry);
        if (durable) {
          outbox?.put(persisted(entry));
          changed();
        }
        attempt(entry);
      }),
    /**
     * Binds the queue to the outbox of the session it now talks to: durable commands made before are
     * stored there, and those stored by an earlier page are taken up again (oldest first). Call before
     * `flush` once the session is known.
     */
    attachOutbox: (next: Outbox) => {
      if (outbox?.key === next.key) return;
      const previous = outbox;
      outbox = next;
      const restored = new Map<string, Entry>();
      for (const command of next.load()) {
        if (pending.has(command.payload.commandId)) continue;
        restored.set(command.payload.commandId, {
          ...command,
          resolve: (res) => onRestoredSettled?.(command.name, res),
          timer: null,
          delayed: false,
          durable: true,
        });
      }
      for (const [id, entry] of pending) {
        if (entry.durable && previous) {
          timers.clear(entry.timer); // safe in the other session's outbox; it goes there again later
          continue;
        }
        if (entry.durable) next.put(persisted(entry));
        restored.set(id, entry);
      }
      pending = restored;
      changed();
    },
    /** Resends everything not yet acknowledged, with the same ids; call after every (re)connect. */
    flush: () => {
      for (const entry of pending.values()) attempt(entry);
    },
    size: () => pending.size,
    /** Durable commands not yet answered. */
    waiting,
  };
};

export type CommandQueue = ReturnType<typeof createCommandQueue>;
