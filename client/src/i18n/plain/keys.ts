import type { CoreKey } from '../core.fi';

/**
 * Entry strings a participant never reads as text to simplify: the app's name, the language names, and the front
 * page's way to staff. Every other entry string is participant-facing and has a plain-language version.
 */
export const notPlain = ['app.name', 'lang.fi', 'lang.en', 'lang.sv', 'home.staffTitle', 'home.create'] as const;

/** The participant-facing keys: each has a plain-language (selkokieli) string in Finnish and in Swedish. */
export type PlainKey = Exclude<CoreKey, (typeof notPlain)[number]>;
