import type { AppError, CommandName, CommandPayload, NewEvent, Role, SessionState } from '@aquarium/shared';

/** Who sent a command. */
export interface Actor {
  role: Role;
  participantId: string | null;
}

export interface CommandContext {
  now: number;
  actor: Actor;
}

/** Pure decision: the events a command produces from the current state, or why it is refused. */
export type CommandHandler<K extends CommandName> = (
  state: SessionState,
  payload: CommandPayload<K>,
  ctx: CommandContext,
) => NewEvent[] | AppError;

export type CommandHandlers = { [K in CommandName]: CommandHandler<K> };
export type HandlerGroup<K extends CommandName> = { [P in K]: CommandHandler<P> };

export const isError = (r: NewEvent[] | AppError): r is AppError => !Array.isArray(r);
