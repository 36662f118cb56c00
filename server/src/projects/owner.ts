import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, ProjectId } from '@aquarium/shared';
import { sendError } from '../http/errors.js';
import { hashToken } from '../security/tokens.js';
import type { Storage } from '../storage/storage.js';
import { readProject, type Project } from './stored.js';

const sameHash = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The bearer token of the `authorization` header, or null. */
export const bearer = (request: FastifyRequest): string | null => {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header.trim()) : null;
  return match?.[1] ?? null;
};

/**
 * The project whose owner sent this request, or a 401 reply. A missing, malformed or wrong token and a project
 * that does not exist are answered the same, so nobody learns which project ids exist.
 */
export const ownedProject = async (
  storage: Storage,
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
): Promise<Project | null> => {
  const token = bearer(request);
  const id = ProjectId.safeParse(request.params.id);
  const stored = token && id.success ? await storage.project(id.data) : null;
  if (!token || !stored || !sameHash(stored.ownerHash, hashToken(token))) {
    await sendError(reply, 401, ErrorCode.Unauthorized, 'this project link is not valid (replaced, or wrong)');
    return null;
  }
  return readProject(stored);
};
