import { participantHandlers } from '../participants/handlers.js';
import { phaseHandlers } from '../phases/handlers.js';
import type { CommandHandlers } from './commands.js';
import { sessionHandlers } from './handlers.js';

/** Every command's handler, one group per domain; the type makes a missing one a compile error. */
export const commandHandlers: CommandHandlers = {
  ...sessionHandlers,
  ...participantHandlers,
  ...phaseHandlers,
};
