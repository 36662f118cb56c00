import { groupHandlers } from '../groups/handlers.js';
import { noteHandlers } from '../notes/handlers.js';
import { participantHandlers } from '../participants/handlers.js';
import { phaseHandlers } from '../phases/handlers.js';
import type { CommandHandlers } from './commands.js';
import { summaryHandlers } from '../summary/handlers.js';
import { themeHandlers } from '../themes/handlers.js';
import { thoughtHandlers } from '../thoughts/handlers.js';
import { turnHandlers } from '../turns/handlers.js';
import { voteHandlers } from '../votes/handlers.js';
import { sessionHandlers } from './handlers.js';

/** Every command's handler, one group per domain; the type makes a missing one a compile error. */
export const commandHandlers: CommandHandlers = {
  ...sessionHandlers,
  ...participantHandlers,
  ...phaseHandlers,
  ...noteHandlers,
  ...thoughtHandlers,
  ...themeHandlers,
  ...voteHandlers,
  ...turnHandlers,
  ...summaryHandlers,
  ...groupHandlers,
};
