import type { CommandAck, CommandName } from '@aquarium/shared';

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
  /** Called once per command that is not acknowledged in time (so the user knows it is still on its way). */
  onDelayed?: (name: CommandName) => void;
}

interface Entry {
  name: CommandName;
  payload: { commandId: string };
  resolve: (res: CommandAck) => void;
  timer: unknown;
  delayed: boolean;
}

const browserTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Sends commands so that each is applied at most once and, as long as the page lives, at least once:
 * the id is made once, and every retry (after a timeout or a reconnect) reuses it; the server dedupes.
 */
export const createCommandQueue = ({
  transport,
  makeId,
  timeoutMs = 5000,
  timers = browserTimers,
  onDelayed,
}: CommandQueueOptions) => {
  const pending = new Map<string, Entry>();

  const settle = (commandId: string, res: CommandAck) => {
    const entry = pending.get(commandId);
    if (!entry) return; // an answer to an earlier attempt already settled it
    pending.delete(commandId);
    timers.clear(entry.timer);
    entry.resolve(res);
  };

  const attempt = (entry: Entry) => {
    timers.clear(entry.timer);
    entry.timer = null;
    if (!transport.isReady()) return; // flushed again on reconnect
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
    send: (name: CommandName, payload: object): Promise<CommandAck> =>
      new Promise<CommandAck>((resolve) => {
        const commandId = makeId();
        const entry: Entry = { name, payload: { ...payload, commandId }, resolve, timer: null, delayed: false };
        pending.set(commandId, entry);
        attempt(entry);
      }),
    /** Resends everything not yet acknowledged, with the same ids; call after every (re)connect. */
    flush: () => {
      for (const entry of pending.values()) attempt(entry);
    },
    size: () => pending.size,
  };
};

export type CommandQueue = ReturnType<typeof createCommandQueue>;
