import { z } from 'zod';
import type { Role } from './protocol.js';
import { Circle, ItemId, SessionSetup } from './setup.js';

/** A client-made id (nanoid) that makes a retried command idempotent. */
export const CommandId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'invalid command id');

const command = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ commandId: CommandId, ...shape });

/** Index of the phase the sender believes is current: a second press of "next" by another facilitator is refused. */
const expectedPhase = z.number().int().min(-1).max(100);

/** Every client→server command and its payload schema. Names are `domain:verb`. */
export const commandSchemas = {
  'session:updateSetup': command({ setup: SessionSetup }),
  'joining:set': command({ open: z.boolean() }),
  'participant:seat': command({ participantId: ItemId, circle: Circle.nullable() }),
  'circles:balance': command({}),
  'session:start': command({}),
  'phase:next': command({ expectedIndex: expectedPhase }),
  'phase:previous': command({ expectedIndex: expectedPhase }),
  'timer:start': command({}),
  'timer:pause': command({}),
  'timer:extend': command({
    minutes: z
      .number()
      .int()
      .min(-60)
      .max(60)
      .refine((m) => m !== 0, 'must not be 0'),
  }),
  'session:end': command({}),
} as const;

export type CommandName = keyof typeof commandSchemas;
export type CommandPayload<K extends CommandName> = z.infer<(typeof commandSchemas)[K]>;
export const commandNames = Object.keys(commandSchemas) as CommandName[];

/** Which roles may send each command. The server refuses every other role with FORBIDDEN. */
export const commandRoles: Record<CommandName, readonly Role[]> = {
  'session:updateSetup': ['facilitator'],
  'joining:set': ['facilitator'],
  'participant:seat': ['facilitator'],
  'circles:balance': ['facilitator'],
  'session:start': ['facilitator'],
  'phase:next': ['facilitator'],
  'phase:previous': ['facilitator'],
  'timer:start': ['facilitator', 'scribe'],
  'timer:pause': ['facilitator', 'scribe'],
  'timer:extend': ['facilitator', 'scribe'],
  'session:end': ['facilitator'],
};

/** Asks for every event after `lastSeq` that this connection may see. */
export const SyncRequest = z.strictObject({ lastSeq: z.number().int().min(0) });
export type SyncRequest = z.infer<typeof SyncRequest>;
