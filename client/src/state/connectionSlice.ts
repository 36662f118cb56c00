import type { ErrorCode, Presence, ServerStatus } from '@aquarium/shared';
import type { StateCreator } from 'zustand';
import type { Store } from './store';

export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed';

/** The live connection: its status, why it failed, the server clock offset and who is online. */
export interface ConnectionSlice {
  connection: ConnectionStatus;
  connectionError: ErrorCode | null;
  /** Add to `Date.now()` to get the server's clock. */
  clockOffset: number;
  presence: Presence | null;
  /** The server said the session was deleted: nothing to reconnect to. */
  sessionDeleted: boolean;
  /** What the server stands on: its storage lost or full, or other nodes' updates delayed (Redis lost). */
  serverStatus: ServerStatus;
  setServerStatus: (status: Partial<ServerStatus>) => void;
  setConnection: (status: ConnectionStatus, error?: ErrorCode | null) => void;
  setClockOffset: (offset: number) => void;
  setPresence: (presence: Presence | null) => void;
  setSessionDeleted: (sessionDeleted: boolean) => void;
}

export const createConnectionSlice: StateCreator<Store, [], [], ConnectionSlice> = (set) => ({
  connection: 'idle',
  connectionError: null,
  clockOffset: 0,
  presence: null,
  sessionDeleted: false,
  serverStatus: { storage: 'ok', broadcast: 'ok' },
  setServerStatus: (status) =>
    set((s) => {
      const next = { ...s.serverStatus, ...status };
      const same = next.storage === s.serverStatus.storage && next.broadcast === s.serverStatus.broadcast;
      return same ? {} : { serverStatus: next };
    }),
  setConnection: (connection, connectionError = null) => set({ connection, connectionError }),
  setClockOffset: (clockOffset) => set({ clockOffset }),
  setPresence: (presence) => set({ presence }),
  setSessionDeleted: (sessionDeleted) => set({ sessionDeleted }),
});
