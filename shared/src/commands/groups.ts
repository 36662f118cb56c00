import { z } from 'zod';
import { limits } from '../capture.js';
import { GroupStep, ItemId } from '../setup.js';
import { defineCommand as command, facilitator, participant, smallGroups } from './define.js';
import { dotsById, groupName, pointText, recordText, thoughtText } from './fields.js';

/** A small group's member command; the chair commands' handlers also check that the sender chairs their group. */
const member = { roles: participant, methods: smallGroups };
const lead = { roles: facilitator, methods: smallGroups };

/** The small-group method: forming groups, chairs, solo thoughts, points, group votes and records. */
export const smallGroupCommands = {
  'groups:form': command({
    ...lead,
    doc: 'Forms every group at once, by stakeholder group, by development theme, or mixed into `count` groups (only while no group has work).',
    payload: {
      by: z.enum(['stakeholder', 'developmentTheme', 'mixed']),
      count: z.number().int().min(1).max(100).optional(),
    },
  }),
  'group:create': command({
    ...lead,
    doc: 'Creates an empty small group.',
    payload: { smallGroupId: ItemId, name: groupName },
  }),
  'group:rename': command({
    ...lead,
    doc: 'Renames a small group.',
    payload: { smallGroupId: ItemId, name: groupName },
  }),
  'group:delete': command({
    ...lead,
    doc: 'Removes a small group; its members are in no group.',
    payload: { smallGroupId: ItemId },
  }),
  'group:assign': command({
    ...lead,
    doc: 'Moves a participant into a small group, or out of every group with `null`.',
    payload: { participantId: ItemId, smallGroupId: ItemId.nullable() },
  }),
  'group:setChair': command({
    ...lead,
    doc: 'Names (or hands over, or clears with `null`) a group’s chair.',
    payload: { smallGroupId: ItemId, participantId: ItemId.nullable() },
  }),
  'group:claimChair': command({
    ...member,
    doc: 'A member takes the chair of their group when it has none.',
    payload: {},
  }),
  'soloThought:write': command({
    ...member,
    doc: 'A member writes a thought alone (a solo thought): no one else sees it until they present.',
    payload: { soloThoughtId: ItemId, questionId: ItemId, text: thoughtText },
  }),
  'soloThought:withdraw': command({
    ...member,
    doc: 'A member takes back a solo thought before presenting it.',
    payload: { soloThoughtId: ItemId },
  }),
  'group:present': command({
    ...member,
    doc: 'The chair calls a member to present: their solo thoughts on the question become visible to the group.',
    payload: { questionId: ItemId, participantId: ItemId },
  }),
  'point:add': command({
    ...member,
    doc: 'The chair adds one of the group’s points, gathering presented solo thoughts.',
    payload: { pointId: ItemId, questionId: ItemId, text: pointText, soloThoughtIds: z.array(ItemId).max(100) },
  }),
  'point:edit': command({
    ...member,
    doc: 'The chair rewrites a point.',
    payload: { pointId: ItemId, text: pointText },
  }),
  'point:merge': command({
    ...member,
    doc: 'The source point’s solo thoughts join the target, whose text the chair chose; the source is gone.',
    payload: { sourceId: ItemId, targetId: ItemId },
  }),
  'point:delete': command({ ...member, doc: 'The chair removes a point.', payload: { pointId: ItemId } }),
  'point:order': command({
    ...member,
    doc: 'The chair orders a question’s points.',
    payload: { questionId: ItemId, pointIds: z.array(ItemId).max(200) },
  }),
  'groupVote:open': command({
    ...member,
    doc: 'The chair opens a dot vote on the group’s points of a question.',
    payload: { questionId: ItemId, dots: z.number().int().min(1).max(limits.maxDots) },
  }),
  'groupVote:allocate': command({
    ...member,
    doc: 'A member places their dots: point id → number of dots.',
    payload: { questionId: ItemId, allocation: dotsById },
  }),
  'groupVote:close': command({
    ...member,
    doc: 'The chair closes the vote: the totals are shown to the group.',
    payload: { questionId: ItemId },
  }),
  'group:draftRecord': command({
    ...member,
    doc: 'The chair’s record of one question, saved as it is written.',
    payload: { questionId: ItemId, text: recordText },
  }),
  'group:return': command({
    ...member,
    doc: 'The chair returns the record to the lead; returning again replaces it.',
    payload: { questionId: ItemId, text: recordText.min(1) },
  }),
  'group:setStep': command({
    roles: ['facilitator', 'participant'],
    methods: smallGroups,
    doc: 'Moves a group on the question in focus to a later step than the lead’s: the chair their own group, the lead one group (`smallGroupId`). The lead’s “next step” still moves every group at once.',
    payload: { smallGroupId: ItemId.optional(), questionId: ItemId, step: GroupStep },
  }),
  'group:giveTime': command({
    ...lead,
    doc: 'Gives one group more time on a question: minutes in all beyond the step’s time.',
    payload: { smallGroupId: ItemId, questionId: ItemId, extraMinutes: z.number().int().min(0).max(60) },
  }),
  'groups:show': command({
    ...lead,
    doc: 'Shows a group’s returned record on the projector, or takes it off (`smallGroupId` null).',
    payload: { smallGroupId: ItemId.nullable(), questionId: ItemId.nullable() },
  }),
};
