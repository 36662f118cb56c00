import type { CommandName, Role } from '@aquarium/shared';
import { upgradeLegacyCommand } from './legacyCommands';

/** The part of Web Storage the outbox uses; tests pass a plain in-memory one. */
export interface KeyValueStorage {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
  removeItem: (key: string) => void;
}

/** A command kept on this device until the server has answered it. */
export interface PersistedCommand {
  name: CommandName;
  payload: { commandId: string } & Record<string, unknown>;
  /** When it was first queued (this device's clock), to list waiting items in order. */
  queuedAt: number;
}

/** Durable storage of commands not yet acknowledged, for one session and role on this device. */
export interface Outbox {
  readonly key: string;
  load: () => PersistedCommand[];
  put: (command: PersistedCommand) => void;
  remove: (commandId: string) => void;
}

export const outboxKey = (sessionId: string, role: Role) => `aquarium.outbox.${sessionId}.${role}`;

const isPersisted = (x: unknown): x is PersistedCommand => {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Partial<PersistedCommand>;
  return (
    typeof c.name === 'string' &&
    typeof c.queuedAt === 'number' &&
    typeof c.payload === 'object' &&
    c.payload !== null &&
    typeof c.payload.commandId === 'string'
  );
};

/**
 * Every change reads the stored list again before writing it, so two tabs of the same console do not
 * overwrite each other's waiting commands. Storage that fails (private mode, full quota) only loses
 * durability: the command still waits in memory.
 */
export const createOutbox = (storage: KeyValueStorage, key: string): Outbox => {
  const load = (): PersistedCommand[] => {
    try {
      const raw = storage.getItem(key);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter(isPersisted).map(upgradeLegacyCommand) : [];
    } catch {
      return [];
    }
  };
  const save = (list: PersistedCommand[]) => {
    try {
      if (list.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(list));
    } catch {
      // kept in memory only
    }
  };
  return {
    key,
    load,
    put: (command) => {
      const id = command.payload.commandId;
      save([...load().filter((c) => c.payload.commandId !== id), command]);
    },
    remove: (commandId) => {
      const list = load();
      const left = list.filter((c) => c.payload.commandId !== commandId);
      if (left.length !== list.length) save(left);
    },
  };
};

/** A storage that keeps nothing across reloads: the fallback when the browser has none. */
export const memoryStorage = (): KeyValueStorage => {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};

/** The outbox of this browser for a session and role (localStorage, or memory where it is blocked). */
export const browserOutbox = (sessionId: string, role: Role): Outbox => {
  let storage: KeyValueStorage;
  try {
    storage = window.localStorage;
  } catch {
    storage = memoryStorage();
  }
  return createOutbox(storage, outboxKey(sessionId, role));
};
