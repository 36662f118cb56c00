import { z } from 'zod';
import { limits } from '../capture.js';
import { ItemId } from '../setup.js';
import { lineText, multilineText, reservedIds } from '../text.js';

/* Field schemas that several commands share. */

/** Index of the phase the sender believes is current: a second press of "next" by another facilitator is refused. */
export const expectedPhase = z.number().int().min(-1).max(100);

export const noteText = multilineText().trim().min(1).max(limits.noteLength);
export const summaryText = multilineText().max(20_000);
export const themeName = lineText().trim().min(1).max(limits.themeNameLength);
export const groupName = lineText().trim().min(1).max(80);
export const thoughtText = multilineText()
  .trim()
  .min(1)
  .max(limits.thoughtLength, `a thought can be at most ${limits.thoughtLength} characters`);
export const pointText = multilineText().trim().min(1).max(limits.thoughtLength);
export const recordText = multilineText().trim().max(limits.noteLength);
export const dotCount = z.number().int().min(1).max(limits.maxDots);

/**
 * Dots per target id. A key named like an `Object.prototype` member is refused before the record is
 * built (zod would silently drop `__proto__`, and the sender would believe its dot counted).
 */
export const dotsById = z
  .custom<object>(
    (raw) => typeof raw !== 'object' || raw === null || !Object.keys(raw).some((k) => reservedIds.has(k)),
    { message: 'a target id is a reserved name' },
  )
  .pipe(z.record(ItemId, z.number().int().min(0).max(limits.maxDots)));
