import type { CoreKey } from '../core.fi';
import type { joinClosedFi } from '../joinClosed.fi';
import type { nowCardFi } from '../nowCard.fi';

/**
 * Entry strings (and the aquarium top card's) a participant never reads as text to simplify: the app's name, the language names, and the front
 * page's way to staff. Every other entry string is participant-facing and has a plain-language version.
 */
export const notPlain = [
  'app.name',
  'lang.fi',
  'lang.en',
  'lang.sv',
  'home.staffTitle',
  'home.create',
  'home.createProject',
] as const;
export type NotPlainKey = (typeof notPlain)[number];

/** The participant-facing keys: each has a plain-language (selkokieli) string in Finnish and in Swedish. */
export type PlainKey = Exclude<CoreKey | keyof typeof nowCardFi | keyof typeof joinClosedFi, NotPlainKey>;
