import { z } from 'zod';
import type { Role } from '../protocol.js';
import { Method } from '../setup.js';

/** A client-made id (nanoid) that makes a retried command idempotent. */
export const CommandId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'invalid command id');

/** Everything about one command, in one place: the server, the tests and docs/PROTOCOL.md read it from here. */
interface Declaration<S extends z.ZodRawShape> {
  /** What it does, in a sentence or two, for people writing a client (docs/PROTOCOL.md). */
  doc: string;
  /** The roles that may send it; the server refuses every other role with FORBIDDEN. */
  roles: readonly Role[];
  /** The methods whose sessions take it (left out: both); a session of another method refuses it with INVALID_STATE. */
  methods?: readonly Method[];
  /** The payload's fields beside `commandId`; any other field is refused with INVALID_PAYLOAD. */
  payload: S;
}

/** A command's definition: its declaration, with the whole payload's schema. */
export const defineCommand = <S extends z.ZodRawShape>(d: Declaration<S>) => ({
  doc: d.doc,
  roles: d.roles,
  methods: d.methods ?? Method.options,
  schema: z.strictObject({ commandId: CommandId, ...d.payload }),
});

/* The roles and methods the definitions name most. */
export const facilitator = ['facilitator'] as const;
export const participant = ['participant'] as const;
export const staff = ['facilitator', 'scribe'] as const;
export const aquarium = ['aquarium'] as const;
export const smallGroups = ['smallGroups'] as const;
