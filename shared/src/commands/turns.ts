import { z } from 'zod';
import { ItemId } from '../setup.js';
import { aquarium, defineCommand as command, facilitator, participant } from './define.js';

/** Turns to speak in the aquarium's speaking circle. */
export const turnCommands = {
  'turn:request': command({
    doc: 'A participant asks for a turn to speak; `emptyChair`: a listener asks for the empty chair.',
    roles: participant,
    methods: aquarium,
    payload: { emptyChair: z.boolean() },
  }),
  'turn:cancel': command({ doc: 'A participant takes back their request.', roles: participant, payload: {} }),
  'turn:dismiss': command({
    doc: 'Takes a participant’s request out of the queue.',
    roles: facilitator,
    payload: { participantId: ItemId },
  }),
  'turn:reorder': command({
    doc: 'The whole queue in its new order.',
    roles: facilitator,
    payload: { participantIds: z.array(ItemId).max(5000) },
  }),
  'turn:grant': command({
    doc: 'Starts a turn: a named participant, a participant of a stakeholder group who has no phone (`stakeholderGroupId` alone), or, with neither, the first in the queue. A running turn ends first.',
    roles: facilitator,
    methods: aquarium,
    payload: { participantId: ItemId.optional(), stakeholderGroupId: ItemId.optional() },
  }),
  'turn:end': command({ doc: 'Ends the running turn.', roles: facilitator, payload: {} }),
  'turn:invite': command({
    doc: 'Invites participants who have not spoken yet to ask for a turn.',
    roles: facilitator,
    methods: aquarium,
    payload: { participantIds: z.array(ItemId).min(1).max(5000) },
  }),
  'turn:setLimit': command({
    doc: 'Sets the soft time limit per turn in seconds (`null`: none).',
    roles: facilitator,
    payload: { seconds: z.number().int().min(10).max(3600).nullable() },
  }),
};
