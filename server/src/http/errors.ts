import type { FastifyReply } from 'fastify';
import type { ErrorCode } from '@aquarium/shared';

/** Every HTTP error has the same shape as a failed socket ack: `{ error: { code, message } }`. */
export const sendError = (reply: FastifyReply, status: number, code: ErrorCode, message: string) =>
  reply.code(status).send({ error: { code, message } });
