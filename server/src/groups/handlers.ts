import type { CommandName } from '@aquarium/shared';
import type { HandlerGroup } from '../engine/handlerTypes.js';
import { membershipHandlers } from './membership.js';
import { paceHandlers } from './pace.js';
import { workHandlers } from './work.js';

export type GroupCommands = Extract<
  CommandName,
  `group:${string}` | `groups:${string}` | `soloThought:${string}` | `point:${string}` | `groupVote:${string}`
>;

/** The small-group method: forming groups, chairs, writing alone, presenting, choosing, returning, pace. */
export const groupHandlers: HandlerGroup<GroupCommands> = { ...membershipHandlers, ...workHandlers, ...paceHandlers };
