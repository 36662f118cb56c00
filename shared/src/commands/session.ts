import { z } from 'zod';
import { projectorModes } from '../projector.js';
import { Circle, ItemId, SessionSetup } from '../setup.js';
import { aquarium, defineCommand as command, facilitator, staff } from './define.js';
import { expectedPhase } from './fields.js';

/** Running the session: its setup, joining, seating, phases, timer, projector and settings. */
export const sessionCommands = {
  'session:updateSetup': command({
    doc: 'Replaces the setup (questions, stakeholder groups, development themes, phase plan).',
    roles: facilitator,
    payload: { setup: SessionSetup },
  }),
  'joining:set': command({
    doc: 'Opens or closes joining with the join code.',
    roles: facilitator,
    payload: { open: z.boolean() },
  }),
  'participant:seat': command({
    doc: 'Puts a participant in the inner or outer circle, or takes them out of both with `null`.',
    roles: facilitator,
    methods: aquarium,
    payload: { participantId: ItemId, circle: Circle.nullable() },
  }),
  'circles:balance': command({
    doc: 'Seats everyone mixing stakeholder groups: two even circles, or an inner circle of `innerSize` people.',
    roles: facilitator,
    methods: aquarium,
    payload: { innerSize: z.number().int().min(1).max(5000).optional() },
  }),
  'session:start': command({ doc: 'Starts the first phase.', roles: facilitator, payload: {} }),
  'phase:next': command({
    doc: 'Moves to the next phase; `expectedIndex` is the phase the sender sees, so a second press by another facilitator is refused (STALE).',
    roles: facilitator,
    payload: { expectedIndex: expectedPhase },
  }),
  'phase:previous': command({
    doc: 'Moves back one phase; `expectedIndex` as for `phase:next`.',
    roles: facilitator,
    payload: { expectedIndex: expectedPhase },
  }),
  'timer:start': command({ doc: 'Starts the paused phase timer again.', roles: staff, payload: {} }),
  'timer:pause': command({ doc: 'Pauses the phase timer.', roles: staff, payload: {} }),
  'timer:extend': command({
    doc: 'Lengthens (or, with a negative number, shortens) the current phase by whole minutes.',
    roles: staff,
    payload: {
      minutes: z
        .number()
        .int()
        .min(-60)
        .max(60)
        .refine((m) => m !== 0, 'must not be 0'),
    },
  }),
  'session:end': command({ doc: 'Ends the session: nothing runs any more.', roles: facilitator, payload: {} }),
  'screen:show': command({
    doc: 'What every projector shows now. `voteId` picks the vote for `vote`/`results` (default: the newest); `showNames` puts the inner circle’s names on the projector (left out: unchanged).',
    roles: facilitator,
    payload: { mode: z.enum(projectorModes), voteId: ItemId.nullable().optional(), showNames: z.boolean().optional() },
  }),
  'session:setRetention': command({
    doc: 'Days after the end when everything of the session is deleted.',
    roles: facilitator,
    payload: { days: z.number().int().min(1).max(365) },
  }),
  'settings:update': command({
    doc: 'Changes how thoughts, notes and the turn queue behave; a field left out is unchanged.',
    roles: facilitator,
    payload: {
      thoughtsNeedApproval: z.boolean().optional(),
      showNotesOnScreen: z.boolean().optional(),
      openChair: z.boolean().optional(),
      queueAtPhaseChange: z.enum(['keep', 'clear']).optional(),
    },
  }),
};
