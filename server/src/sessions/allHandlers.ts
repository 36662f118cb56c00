import { groupHandlers } from '../groups/handlers.js';
import { noteHandlers } from '../notes/handlers.js';
import { participantHandlers } from '../participants/handlers.js';
import { phaseHandlers } from '../phases/handlers.js';
import { projectorHandlers } from '../projector/handlers.js';
import { commands, commandNames, ErrorCode, type CommandName } from '@aquarium/shared';
import type { CommandHandler, CommandHandlers } from '../engine/handlerTypes.js';
import { summaryHandlers } from '../summary/handlers.js';
import { themeHandlers } from '../themes/handlers.js';
import { thoughtHandlers } from '../thoughts/handlers.js';
import { turnHandlers } from '../turns/handlers.js';
import { withQueueShown } from '../turns/queueShown.js';
import { voteHandlers } from '../votes/handlers.js';
import { sessionHandlers } from './handlers.js';

/** Every command's handler, one group per domain; the type makes a missing one a compile error. */
const byDomain: CommandHandlers = {
  ...sessionHandlers,
  ...participantHandlers,
  ...phaseHandlers,
  ...projectorHandlers,
  ...noteHandlers,
  ...thoughtHandlers,
  ...themeHandlers,
  ...voteHandlers,
  ...turnHandlers,
  ...summaryHandlers,
  ...groupHandlers,
};

/** The handlers, each refusing its command in a session of a method it does not apply to (its definition's `methods`). */
export const commandHandlers = Object.fromEntries(
  commandNames.map((name) => {
    const handler = byDomain[name] as CommandHandler<CommandName>;
    const { methods } = commands[name];
    const guarded: CommandHandler<CommandName> = (state, payload, ctx) => {
      if (!methods.includes(state.setup.method)) {
        return { code: ErrorCode.InvalidState, message: `${name} is not part of this session's method` };
      }
      const result = handler(state, payload, ctx);
      // Any command that changes the turn queue also tells the phones its new order (nobody named).
      return Array.isArray(result) ? withQueueShown(state, result, ctx.now) : result;
    };
    return [name, guarded];
  }),
) as CommandHandlers;
