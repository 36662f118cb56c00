import { z } from 'zod';
import { reservedIds } from './text.js';

/** Id of an item inside a session (question, group, phase): short, URL-safe, never an `Object.prototype` name. */
export const ItemId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, 'invalid id')
  .refine((id) => !reservedIds.has(id), 'this id is a reserved name');
