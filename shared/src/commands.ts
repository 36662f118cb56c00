import { z } from 'zod';
import type { Role } from './protocol.js';
import { limits } from './capture.js';
import { SUMMARY_TEXT_KEY } from './summaryDraft.js';
import { projectorModes } from './projector.js';
import { Circle, GroupStep, ItemId, SessionSetup, type Method } from './setup.js';
import { lineText, multilineText, reservedIds } from './text.js';

/** A client-made id (nanoid) that makes a retried command idempotent. */
export const CommandId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'invalid command id');

const command = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ commandId: CommandId, ...shape });

/** Index of the phase the sender believes is current: a second press of "next" by another facilitator is refused. */
const expectedPhase = z.number().int().min(-1).max(100);

const noteText = multilineText().trim().min(1).max(limits.noteLength);
const summaryText = multilineText().max(20_000);
const themeName = lineText().trim().min(1).max(limits.themeNameLength);
const groupName = lineText().trim().min(1).max(80);
const soloThoughtText = multilineText()
  .trim()
  .min(1)
  .max(limits.thoughtLength, `a thought can be at most ${limits.thoughtLength} characters`);
const pointText = multilineText().trim().min(1).max(limits.thoughtLength);
const recordText = multilineText().trim().max(limits.noteLength);

/**
 * Dots per target id. A key named like an `Object.prototype` member is refused before the record is
 * built (zod would silently drop `__proto__`, and the sender would believe its dot counted).
 */
const dotsById = z
  .custom<object>(
    (raw) => typeof raw !== 'object' || raw === null || !Object.keys(raw).some((k) => reservedIds.has(k)),
    { message: 'a target id is a reserved name' },
  )
  .pipe(z.record(ItemId, z.number().int().min(0).max(limits.maxDots)));

/** Every client→server command and its payload schema. Names are `domain:verb`. */
export const commandSchemas = {
  'session:updateSetup': command({ setup: SessionSetup }),
  'joining:set': command({ open: z.boolean() }),
  'participant:seat': command({ participantId: ItemId, circle: Circle.nullable() }),
  /** Seats everyone mixing stakeholder groups: two even circles, or an inner circle of `innerSize` people. */
  'circles:balance': command({ innerSize: z.number().int().min(1).max(5000).optional() }),
  'session:start': command({}),
  'phase:next': command({ expectedIndex: expectedPhase }),
  'phase:previous': command({ expectedIndex: expectedPhase }),
  'timer:start': command({}),
  'timer:pause': command({}),
  'timer:extend': command({
    minutes: z
      .number()
      .int()
      .min(-60)
      .max(60)
      .refine((m) => m !== 0, 'must not be 0'),
  }),
  'session:end': command({}),
  /**
   * What every projector shows now. `voteId` picks the vote for `vote`/`results` (default: the newest);
   * `showNames` puts the inner circle's names on the projector (left out: unchanged).
   */
  'screen:show': command({
    mode: z.enum(projectorModes),
    voteId: ItemId.nullable().optional(),
    showNames: z.boolean().optional(),
  }),
  'session:setRetention': command({ days: z.number().int().min(1).max(365) }),

  'settings:update': command({
    thoughtsNeedApproval: z.boolean().optional(),
    showNotesOnScreen: z.boolean().optional(),
    openChair: z.boolean().optional(),
    queueAtPhaseChange: z.enum(['keep', 'clear']).optional(),
  }),

  'note:add': command({
    noteId: ItemId,
    text: noteText,
    questionId: ItemId,
    themeId: ItemId.nullable().optional(),
  }),
  'note:edit': command({ noteId: ItemId, text: noteText.optional(), questionId: ItemId.optional() }),
  /** Puts the note right after `afterNoteId` within its question, or first with `null`. */
  'note:move': command({ noteId: ItemId, afterNoteId: ItemId.nullable() }),
  'note:delete': command({ noteId: ItemId }),

  'thought:submit': command({
    thoughtId: ItemId,
    text: multilineText()
      .trim()
      .min(1)
      .max(limits.thoughtLength, `a thought can be at most ${limits.thoughtLength} characters`),
    questionId: ItemId,
    showName: z.boolean(),
  }),
  'thought:withdraw': command({ thoughtId: ItemId }),
  'thought:moderate': command({ thoughtId: ItemId, status: z.enum(['approved', 'hidden']) }),
  'thought:pin': command({ thoughtId: ItemId, pinned: z.boolean() }),

  'theme:create': command({ themeId: ItemId, questionId: ItemId, name: themeName }),
  'theme:rename': command({ themeId: ItemId, name: themeName }),
  'theme:merge': command({ sourceId: ItemId, targetId: ItemId }),
  'theme:delete': command({ themeId: ItemId }),
  /** Puts a note or a thought under a theme, or takes it out with `null`. */
  'item:theme': command({ kind: z.enum(['note', 'thought']), itemId: ItemId, themeId: ItemId.nullable() }),

  'vote:open': command({
    voteId: ItemId,
    questionId: ItemId,
    targetKind: z.enum(['theme', 'thought']),
    dots: z.number().int().min(1).max(limits.maxDots),
  }),
  /** Replaces the sender's dots in a vote: target id → number of dots. */
  'vote:allocate': command({
    voteId: ItemId,
    allocation: dotsById,
  }),
  'vote:close': command({ voteId: ItemId }),
  'vote:reveal': command({ voteId: ItemId }),

  'turn:request': command({ emptyChair: z.boolean() }),
  'turn:cancel': command({}),
  'turn:dismiss': command({ participantId: ItemId }),
  /** The whole queue in its new order. */
  'turn:reorder': command({ participantIds: z.array(ItemId).max(5000) }),
  /**
   * Starts a turn: a named participant, a participant of a group who has no phone (`stakeholderGroupId` alone),
   * or, with neither, the first in the queue. A running turn ends first.
   */
  'turn:grant': command({ participantId: ItemId.optional(), stakeholderGroupId: ItemId.optional() }),
  'turn:end': command({}),
  'turn:invite': command({ participantIds: z.array(ItemId).min(1).max(5000) }),
  'turn:setLimit': command({ seconds: z.number().int().min(10).max(3600).nullable() }),

  'summary:setBackground': command({
    background: z.strictObject({ goals: summaryText, developmentThemes: summaryText, activities: summaryText }),
  }),
  'summary:setText': command({
    key: z
      .string()
      .regex(SUMMARY_TEXT_KEY, 'unknown summary text key')
      .refine((key) => !reservedIds.has(key.slice(key.indexOf(':') + 1)), 'this id is a reserved name'),
    text: summaryText,
  }),
  'summary:exclude': command({ itemId: ItemId, excluded: z.boolean() }),
  /** `scope` is a theme id, or `q:<questionId>` for items under no theme. */
  'summary:order': command({
    scope: z.union([ItemId, z.string().regex(/^q:[A-Za-z0-9_-]{1,32}$/, 'invalid scope')]),
    itemIds: z.array(ItemId).max(10_000),
  }),
  'summary:publish': command({}),

  /** Small groups: the lead forms every group at once (only while no group has work). */
  'groups:form': command({
    by: z.enum(['stakeholder', 'developmentTheme', 'mixed']),
    /** Number of groups for `mixed`. */
    count: z.number().int().min(1).max(100).optional(),
  }),
  'group:create': command({ smallGroupId: ItemId, name: groupName }),
  'group:rename': command({ smallGroupId: ItemId, name: groupName }),
  'group:delete': command({ smallGroupId: ItemId }),
  /** Moves a participant into a group, or out of every group with `null`. */
  'group:assign': command({ participantId: ItemId, smallGroupId: ItemId.nullable() }),
  /** The lead names (or hands over, or clears) a group's chair. */
  'group:setChair': command({ smallGroupId: ItemId, participantId: ItemId.nullable() }),
  /** A member takes the chair of their group when it has none. */
  'group:claimChair': command({}),
  /** A member writes a thought alone: no one else sees it until they present. */
  'soloThought:write': command({ soloThoughtId: ItemId, questionId: ItemId, text: soloThoughtText }),
  'soloThought:withdraw': command({ soloThoughtId: ItemId }),
  /** The chair calls a member to present: their solo thoughts on the question become visible to the group. */
  'group:present': command({ questionId: ItemId, participantId: ItemId }),
  'point:add': command({
    pointId: ItemId,
    questionId: ItemId,
    text: pointText,
    soloThoughtIds: z.array(ItemId).max(100),
  }),
  'point:edit': command({ pointId: ItemId, text: pointText }),
  /** The source point's solo thoughts join the target, whose text the chair chose; the source is gone. */
  'point:merge': command({ sourceId: ItemId, targetId: ItemId }),
  'point:delete': command({ pointId: ItemId }),
  'point:order': command({ questionId: ItemId, pointIds: z.array(ItemId).max(200) }),
  'groupVote:open': command({ questionId: ItemId, dots: z.number().int().min(1).max(limits.maxDots) }),
  'groupVote:allocate': command({
    questionId: ItemId,
    allocation: dotsById,
  }),
  'groupVote:close': command({ questionId: ItemId }),
  /** The chair's record of one question, saved as it is written. */
  'group:draftRecord': command({ questionId: ItemId, text: recordText }),
  /** The chair returns the record to the lead; returning again replaces it. */
  'group:return': command({ questionId: ItemId, text: recordText.min(1) }),
  /**
   * Moves a group on the question in focus to a later step than the lead's: the chair their own group,
   * the lead one group (`smallGroupId`). The lead's "next step" still moves every group at once.
   */
  'group:setStep': command({ smallGroupId: ItemId.optional(), questionId: ItemId, step: GroupStep }),
  /** The lead gives one group more time on a question: minutes in all beyond the step's time. */
  'group:giveTime': command({
    smallGroupId: ItemId,
    questionId: ItemId,
    extraMinutes: z.number().int().min(0).max(60),
  }),
  /** The lead shows a group's returned record on the projector, or takes it off (`smallGroupId` null). */
  'groups:show': command({ smallGroupId: ItemId.nullable(), questionId: ItemId.nullable() }),
} as const;

export type CommandName = keyof typeof commandSchemas;
export type CommandPayload<K extends CommandName> = z.infer<(typeof commandSchemas)[K]>;
export const commandNames = Object.keys(commandSchemas) as CommandName[];

/** Which roles may send each command. The server refuses every other role with FORBIDDEN. */
export const commandRoles: Record<CommandName, readonly Role[]> = {
  'session:updateSetup': ['facilitator'],
  'joining:set': ['facilitator'],
  'participant:seat': ['facilitator'],
  'circles:balance': ['facilitator'],
  'session:start': ['facilitator'],
  'phase:next': ['facilitator'],
  'phase:previous': ['facilitator'],
  'timer:start': ['facilitator', 'scribe'],
  'timer:pause': ['facilitator', 'scribe'],
  'timer:extend': ['facilitator', 'scribe'],
  'session:end': ['facilitator'],
  'screen:show': ['facilitator'],
  'session:setRetention': ['facilitator'],
  'settings:update': ['facilitator'],
  'note:add': ['scribe', 'facilitator'],
  'note:edit': ['scribe', 'facilitator'],
  'note:move': ['scribe', 'facilitator'],
  'note:delete': ['scribe', 'facilitator'],
  'thought:submit': ['participant'],
  'thought:withdraw': ['participant'],
  'thought:moderate': ['facilitator'],
  'thought:pin': ['facilitator'],
  'theme:create': ['facilitator', 'scribe'],
  'theme:rename': ['facilitator', 'scribe'],
  'theme:merge': ['facilitator', 'scribe'],
  'theme:delete': ['facilitator', 'scribe'],
  'item:theme': ['facilitator', 'scribe'],
  'vote:open': ['facilitator'],
  'vote:allocate': ['participant'],
  'vote:close': ['facilitator'],
  'vote:reveal': ['facilitator'],
  'turn:request': ['participant'],
  'turn:cancel': ['participant'],
  'turn:dismiss': ['facilitator'],
  'turn:reorder': ['facilitator'],
  'turn:grant': ['facilitator'],
  'turn:end': ['facilitator'],
  'turn:invite': ['facilitator'],
  'turn:setLimit': ['facilitator'],
  'summary:setBackground': ['facilitator'],
  'summary:setText': ['facilitator'],
  'summary:exclude': ['facilitator'],
  'summary:order': ['facilitator'],
  'summary:publish': ['facilitator'],
  'groups:form': ['facilitator'],
  'group:create': ['facilitator'],
  'group:rename': ['facilitator'],
  'group:delete': ['facilitator'],
  'group:assign': ['facilitator'],
  'group:setChair': ['facilitator'],
  'group:claimChair': ['participant'],
  'soloThought:write': ['participant'],
  'soloThought:withdraw': ['participant'],
  // The chair commands: the handler checks that the sender chairs their group.
  'group:present': ['participant'],
  'point:add': ['participant'],
  'point:edit': ['participant'],
  'point:merge': ['participant'],
  'point:delete': ['participant'],
  'point:order': ['participant'],
  'groupVote:open': ['participant'],
  'groupVote:allocate': ['participant'],
  'groupVote:close': ['participant'],
  'group:draftRecord': ['participant'],
  'group:return': ['participant'],
  'group:setStep': ['facilitator', 'participant'],
  'group:giveTime': ['facilitator'],
  'groups:show': ['facilitator'],
};

/**
 * Commands that belong to one method: the server refuses them in a session of the other (circles, turns
 * and projector thoughts are the aquarium's; groups, chairs and written-alone thoughts the small groups').
 */
export const commandMethod: Partial<Record<CommandName, Method>> = {
  'participant:seat': 'aquarium',
  'circles:balance': 'aquarium',
  'thought:submit': 'aquarium',
  'turn:request': 'aquarium',
  'turn:grant': 'aquarium',
  'turn:invite': 'aquarium',
  'vote:open': 'aquarium',
  ...Object.fromEntries(
    commandNames
      .filter((name) => /^(groups?|soloThought|point|groupVote):/.test(name))
      .map((name) => [name, 'smallGroups']),
  ),
};

/** Deletes the whole session now; the facilitator confirms by repeating the join code. */
export const DeleteSessionRequest = z.strictObject({ joinCode: z.string().max(20) });

/** Replaces a staff or projector link: the old one stops working at once. */
export const RotateLinkRequest = z.strictObject({ role: z.enum(['facilitator', 'scribe', 'screen']) });

/** Asks for every event after `lastSeq` that this connection may see. */
export const SyncRequest = z.strictObject({ lastSeq: z.number().int().min(0) });
export type SyncRequest = z.infer<typeof SyncRequest>;
