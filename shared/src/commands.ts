import { z } from 'zod';
import type { Role } from './protocol.js';
import type { Method } from './setup.js';
import { captureCommands } from './commands/capture.js';
import { goalCommands } from './commands/goals.js';
import { smallGroupCommands } from './commands/groups.js';
import { sessionCommands } from './commands/session.js';
import { summaryCommands } from './commands/summary.js';
import { turnCommands } from './commands/turns.js';

export { CommandId } from './commands/define.js';

/**
 * Every client→server command, declared once (`shared/src/commands/<domain>.ts`): its payload schema, the roles
 * that may send it, the methods it applies to and a sentence for docs/PROTOCOL.md. Names are `domain:verb`.
 * Adding a command: its definition here, its handler in the server domain's `handlers.ts`, and their tests.
 */
export const commands = {
  ...sessionCommands,
  ...captureCommands,
  ...turnCommands,
  ...summaryCommands,
  ...smallGroupCommands,
  ...goalCommands,
};

export type CommandName = keyof typeof commands;
export type CommandPayload<K extends CommandName> = z.infer<(typeof commands)[K]['schema']>;
export const commandNames = Object.keys(commands) as CommandName[];

const eachCommand = <T>(pick: (name: CommandName) => T) =>
  Object.fromEntries(commandNames.map((name) => [name, pick(name)])) as Record<CommandName, T>;

/** Each command's payload schema (read from its definition). */
export const commandSchemas = eachCommand((name) => commands[name].schema) as {
  [K in CommandName]: (typeof commands)[K]['schema'];
};

/** Which roles may send each command (read from its definition). */
export const commandRoles: Record<CommandName, readonly Role[]> = eachCommand((name) => commands[name].roles);

/** The methods whose sessions take each command (read from its definition). */
export const commandMethods: Record<CommandName, readonly Method[]> = eachCommand((name) => commands[name].methods);

/* The socket's other messages (not commands: no command id, no events). */

/** Deletes the whole session now; the facilitator confirms by repeating the join code. */
export const DeleteSessionRequest = z.strictObject({ joinCode: z.string().max(20) });

/** Replaces a staff or projector link: the old one stops working at once. */
export const RotateLinkRequest = z.strictObject({ role: z.enum(['facilitator', 'scribe', 'screen']) });

/**
 * Asks for every event after `lastSeq` that this connection may see. `snapshot: true`: the client can
 * install a folded state (staff and the projector far behind get one in place of the whole log).
 */
export const SyncRequest = z.strictObject({ lastSeq: z.number().int().min(0), snapshot: z.boolean().optional() });
export type SyncRequest = z.infer<typeof SyncRequest>;
