import {
  commandNames,
  commands,
  ErrorCode,
  type CommandName,
  type NewEvent,
  type SessionState,
} from '@aquarium/shared';
import type { CommandContext, CommandHandler, CommandHandlers } from './handlerTypes.js';

/** Events a domain adds after any accepted command (e.g. the turn queue's order as phones see it). */
export type AfterEveryCommand = (state: SessionState, events: NewEvent[], ctx: CommandContext) => NewEvent[];

/**
 * The handlers the runtime runs, from every domain's: each refuses its command in a session of a method its
 * definition does not list (INVALID_STATE), and passes accepted events through `after`.
 */
export const registerHandlers = (byDomain: CommandHandlers, after: AfterEveryCommand): CommandHandlers =>
  Object.fromEntries(
    commandNames.map((name) => {
      const handler = byDomain[name] as CommandHandler<CommandName>;
      const { methods } = commands[name];
      const guarded: CommandHandler<CommandName> = (state, payload, ctx) => {
        if (!methods.includes(state.setup.method)) {
          return { code: ErrorCode.InvalidState, message: `${name} is not part of this session's method` };
        }
        const result = handler(state, payload, ctx);
        return Array.isArray(result) ? after(state, result, ctx) : result;
      };
      return [name, guarded];
    }),
  ) as CommandHandlers;
