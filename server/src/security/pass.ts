import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Storage, TokenGrant } from '../storage/storage.js';
import { hashToken } from './tokens.js';

/**
 * A joined phone's proof that it belongs to a session, for the join-code limits: the participant token,
 * sent as an HttpOnly, same-site cookie the join sets (so plain download links carry it too) or in the
 * `x-participant-token` header.
 */
export const PASS_COOKIE = 'aquarium_pass';

const fromCookie = (header: string | undefined): string | null => {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === PASS_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
};

/** The participant grant the request carries, if any (never a staff grant: staff do not use join codes). */
export const participantPass = async (storage: Storage, request: FastifyRequest): Promise<TokenGrant | null> => {
  const header = request.headers['x-participant-token'];
  const token = (typeof header === 'string' ? header : null) ?? fromCookie(request.headers.cookie);
  if (!token || token.length > 200) return null;
  const grant = await storage.findToken(hashToken(token));
  return grant?.role === 'participant' ? grant : null;
};

/** Sets the pass on the phone that just joined; it lasts as long as a session may be kept. */
export const setPass = (reply: FastifyReply, token: string, secure: boolean) =>
  reply.header(
    'set-cookie',
    `${PASS_COOKIE}=${encodeURIComponent(token)}; Path=/api; Max-Age=${400 * 86_400}; HttpOnly; SameSite=Strict${
      secure ? '; Secure' : ''
    }`,
  );
