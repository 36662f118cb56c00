import { z } from 'zod';
import { ItemId } from '../setup.js';
import { SUMMARY_TEXT_KEY } from '../summaryDraft.js';
import { reservedIds } from '../text.js';
import { defineCommand as command, facilitator } from './define.js';
import { summaryText } from './fields.js';

/** The shared summary: the facilitator's draft and its published versions. */
export const summaryCommands = {
  'summary:setBackground': command({
    doc: 'The summary’s background: goals, development themes and activities.',
    roles: facilitator,
    payload: {
      background: z.strictObject({ goals: summaryText, developmentThemes: summaryText, activities: summaryText }),
    },
  }),
  'summary:setText': command({
    doc: 'One consolidated text of the draft (`question:<id>`, `theme:<id>` or a closing text).',
    roles: facilitator,
    payload: {
      key: z
        .string()
        .regex(SUMMARY_TEXT_KEY, 'unknown summary text key')
        .refine((key) => !reservedIds.has(key.slice(key.indexOf(':') + 1)), 'this id is a reserved name'),
      text: summaryText,
    },
  }),
  'summary:exclude': command({
    doc: 'Leaves a note or thought out of the summary, or puts it back.',
    roles: facilitator,
    payload: { itemId: ItemId, excluded: z.boolean() },
  }),
  'summary:order': command({
    doc: 'Orders the items of one scope: a theme id, or `q:<questionId>` for items under no theme.',
    roles: facilitator,
    payload: {
      scope: z.union([ItemId, z.string().regex(/^q:[A-Za-z0-9_-]{1,32}$/, 'invalid scope')]),
      itemIds: z.array(ItemId).max(10_000),
    },
  }),
  'summary:publish': command({
    doc: 'Publishes a new version of the summary: every phone and the projector offer it.',
    roles: facilitator,
    payload: {},
  }),
};
