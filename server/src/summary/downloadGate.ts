import type { FastifyReply, FastifyRequest } from 'fastify';
import { DOCUMENT_FORMATS, ErrorCode } from '@aquarium/shared';
import { z } from 'zod';
import { sendError } from '../http/errors.js';
import type { Limit } from '../security/limits.js';
import { addressKey } from '../security/trustProxy.js';

/** The four file formats of a summary or a project report, as a download's URL names them. */
export const DownloadFormat = z.enum(DOCUMENT_FORMATS);

/**
 * Each address's allowance of downloads per minute (summaries, drafts and project reports alike): true when
 * this one may go on; false once a 429 `RATE_LIMITED` has been sent.
 */
export const withinDownloadAllowance = async (
  downloads: Limit,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<boolean> => {
  if (await downloads.take(addressKey(request.ip))) return true;
  sendError(reply, 429, ErrorCode.RateLimited, 'too many downloads; wait a minute');
  return false;
};
