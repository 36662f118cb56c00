import type { EventType, SessionEvent } from '../events.js';
import type { SessionState } from '../state.js';

/** Folds one event type into state; `state` is never null here. */
export type Fold<K extends EventType> = (s: SessionState, e: Extract<SessionEvent, { type: K }>) => SessionState;

export { patch, put, without } from './owned.js';
