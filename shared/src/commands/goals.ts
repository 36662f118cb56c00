import { z } from 'zod';
import { GoalRatingValue } from '../goals.js';
import { ItemId } from '../setup.js';
import { defineCommand as command, facilitator, participant, staff } from './define.js';

/** The project plan in the room: tagging items to goals and the anonymous goal rating (issue #17). */
export const goalCommands = {
  'goal:tag': command({
    doc: 'Tags a note, thought or theme to a goal of the plan, or untags it with `null`.',
    roles: staff,
    payload: { kind: z.enum(['note', 'thought', 'theme']), itemId: ItemId, goalId: ItemId.nullable() },
  }),
  'goalRating:open': command({ doc: 'Phones may rate the goals now.', roles: facilitator, payload: {} }),
  'goalRating:close': command({
    doc: 'Ends the rating: the aggregated results go to everyone.',
    roles: facilitator,
    payload: {},
  }),
  'goal:rate': command({
    doc: 'A participant rates one goal ("how well was this reached?"); rating again replaces it.',
    roles: participant,
    payload: { goalId: ItemId, value: GoalRatingValue },
  }),
};
