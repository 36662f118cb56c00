import { z } from 'zod';
import { limits } from '../capture.js';
import { ItemId } from '../setup.js';
import { aquarium, defineCommand as command, facilitator, participant, staff } from './define.js';
import { dotsById, noteText, themeName, thoughtText } from './fields.js';

const scribe = ['scribe', 'facilitator'] as const;

/** What the room says: the scribe's notes, participants' thoughts, themes and dot votes. */
export const captureCommands = {
  'note:add': command({
    doc: 'Writes a note under a question (and a theme, if given).',
    roles: scribe,
    payload: { noteId: ItemId, text: noteText, questionId: ItemId, themeId: ItemId.nullable().optional() },
  }),
  'note:edit': command({
    doc: 'Changes a note’s text or question; the previous text is kept as a version.',
    roles: scribe,
    payload: { noteId: ItemId, text: noteText.optional(), questionId: ItemId.optional() },
  }),
  'note:move': command({
    doc: 'Puts the note right after `afterNoteId` within its question, or first with `null`.',
    roles: scribe,
    payload: { noteId: ItemId, afterNoteId: ItemId.nullable() },
  }),
  'note:delete': command({
    doc: 'Strikes a note out (kept, no longer shown).',
    roles: scribe,
    payload: { noteId: ItemId },
  }),

  'thought:submit': command({
    doc: 'A participant sends a thought on a question, with or without their name.',
    roles: participant,
    methods: aquarium,
    payload: { thoughtId: ItemId, text: thoughtText, questionId: ItemId, showName: z.boolean() },
  }),
  'thought:withdraw': command({
    doc: 'The author takes back their thought.',
    roles: participant,
    payload: { thoughtId: ItemId },
  }),
  'thought:moderate': command({
    doc: 'Approves a thought (it becomes public) or hides it.',
    roles: facilitator,
    payload: { thoughtId: ItemId, status: z.enum(['approved', 'hidden']) },
  }),
  'thought:pin': command({
    doc: 'Pins a thought to the projector, or unpins it.',
    roles: facilitator,
    payload: { thoughtId: ItemId, pinned: z.boolean() },
  }),

  'theme:create': command({
    doc: 'Creates a theme (a heading notes and thoughts sit under) under a question.',
    roles: staff,
    payload: { themeId: ItemId, questionId: ItemId, name: themeName },
  }),
  'theme:rename': command({ doc: 'Renames a theme.', roles: staff, payload: { themeId: ItemId, name: themeName } }),
  'theme:merge': command({
    doc: 'Everything under the source theme moves under the target; the source is gone.',
    roles: staff,
    payload: { sourceId: ItemId, targetId: ItemId },
  }),
  'theme:delete': command({
    doc: 'Removes a theme; what was under it stays, without a theme.',
    roles: staff,
    payload: { themeId: ItemId },
  }),
  'item:theme': command({
    doc: 'Puts a note or a thought under a theme, or takes it out with `null`.',
    roles: staff,
    payload: { kind: z.enum(['note', 'thought']), itemId: ItemId, themeId: ItemId.nullable() },
  }),

  'vote:open': command({
    doc: 'Opens a dot vote on the themes or thoughts of a question, with `dots` per participant.',
    roles: facilitator,
    methods: aquarium,
    payload: {
      voteId: ItemId,
      questionId: ItemId,
      targetKind: z.enum(['theme', 'thought']),
      dots: z.number().int().min(1).max(limits.maxDots),
    },
  }),
  'vote:allocate': command({
    doc: 'Replaces the sender’s dots in a vote: target id → number of dots.',
    roles: participant,
    payload: { voteId: ItemId, allocation: dotsById },
  }),
  'vote:close': command({ doc: 'Closes a vote: no more dots.', roles: facilitator, payload: { voteId: ItemId } }),
  'vote:reveal': command({
    doc: 'Shows a vote’s totals to everyone.',
    roles: facilitator,
    payload: { voteId: ItemId },
  }),
};
