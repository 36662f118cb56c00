import { create } from 'zustand';
import type { PersistedCommand } from './outbox';

/** Durable commands this device has not had answered yet: for "not saved yet" and "not sent yet". */
export const useOutbox = create<{ waiting: PersistedCommand[] }>(() => ({ waiting: [] }));

export const setWaiting = (waiting: PersistedCommand[]) => useOutbox.setState({ waiting });
