import { customAlphabet, nanoid } from 'nanoid';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@aquarium/shared';

/** Time source; tests pass a controllable one. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Id sources; tests may pass predictable ones. */
export interface Ids {
  /** Ids of sessions and participants. */
  id(): string;
  joinCode(): string;
}

const joinCode = customAlphabet(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH);

export const randomIds: Ids = { id: () => nanoid(12), joinCode: () => joinCode() };
