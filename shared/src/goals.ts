import { z } from 'zod';
import { ItemId } from './ids.js';
import { MAX_ACTIVITY_DEPTH } from './goalsModel.js';
import { lineText, multilineText } from './text.js';

/**
 * The project plan in the room (DESIGN §2.4): goals with their expected results, indicators and the
 * activities done per goal. Set up once, copied into each regional session; notes, thoughts and themes
 * are tagged to a goal, and phones rate each goal anonymously.
 */

/** One activity done for a goal, optionally dated (free text: "syksy 2024", "14.5.2025"), with sub-activities. */
export interface Activity {
  id: string;
  text: string;
  date?: string;
  children?: Activity[];
}

const activityAt = (depth: number): z.ZodType<Activity> =>
  z.object({
    id: ItemId,
    text: multilineText().trim().min(1).max(1000),
    date: lineText().trim().max(40).optional(),
    children:
      depth > 1
        ? z
            .array(z.lazy(() => activityAt(depth - 1)))
            .max(50)
            .optional()
        : z.array(z.never()).max(0).optional(),
  }) as z.ZodType<Activity>;

/** An activity with at most {@link MAX_ACTIVITY_DEPTH} levels below and including it. */
export const ActivitySchema = activityAt(MAX_ACTIVITY_DEPTH);

/** One goal of the project plan. */
export const Goal = z.object({
  id: ItemId,
  name: lineText().trim().min(1).max(300),
  expectedResult: multilineText().trim().max(2000),
  indicators: z.array(lineText().trim().min(1).max(300)).max(20).optional(),
  activities: z.array(ActivitySchema).max(100).optional(),
});
export type Goal = z.infer<typeof Goal>;

/** How well a goal was reached: 1 (not at all) … 4 (fully), or `cantSay`. */
export const GoalRatingValue = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('cantSay')]);

export type GoalRatingValue = z.infer<typeof GoalRatingValue>;
export * from './goalsModel.js';
