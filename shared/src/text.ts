import { z } from 'zod';

/**
 * Names no id may take: every member of `Object.prototype` (`__proto__`, `constructor`, `toString`, …).
 * State keeps items in plain objects keyed by id, so such an id would read or write a property of the
 * object itself instead of an item: an id is data, never a property name.
 */
export const reservedIds: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  // Named explicitly as well: some engines hide `__proto__` from getOwnPropertyNames.
  '__proto__',
  'constructor',
  'prototype',
]);

/** Stacked combining marks allowed on one character: enough for every script people write in. */
export const MAX_COMBINING_MARKS = 4;

// Bidi embeddings, overrides and isolates (LRE…RLO, LRI…PDI), the directional marks (LRM, RLM, ALM)
// and the byte-order mark: none belongs in typed text, and an override turns `gnp.exe` into `exe.png`.
const BIDI_AND_BOM = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF]/g;
// C0 and C1 controls and DEL, except tab and line feed (handled below); ESC sequences lose their ESC.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MARK_RUN = new RegExp(`(\\p{M}{${MAX_COMBINING_MARKS}})\\p{M}+`, 'gu');

/**
 * Text a person typed, made safe to show anywhere: composed (NFC), no control characters, no bidi
 * controls, at most {@link MAX_COMBINING_MARKS} combining marks per character, and line breaks only
 * where the field is multi-line (a single-line field gets a space instead).
 */
export const normalizeText = (input: string, multiline: boolean): string => {
  const text = input
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(BIDI_AND_BOM, '')
    .replace(CONTROLS, '')
    .replace(/\t/g, ' ')
    .replace(MARK_RUN, '$1');
  return multiline ? text : text.replace(/\n/g, ' ');
};

/** A user text field on one line (names, titles), normalised before it is trimmed and measured. */
export const lineText = () => z.string().overwrite((s) => normalizeText(s, false));

/** A user text field that may hold several lines (notes, thoughts, records, summary texts). */
export const multilineText = () => z.string().overwrite((s) => normalizeText(s, true));
