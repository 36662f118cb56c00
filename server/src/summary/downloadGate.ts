import type { FastifyReply, FastifyRequest } from 'fastify';
import { DOCUMENT_FORMATS, ErrorCode, type DocumentFormat } from '@aquarium/shared';
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

/**
 * A file request's format, and for a published file its version (`v<number>`), checked, then counted against the
 * address's allowance: both, or null once a 400 `INVALID_PAYLOAD` or a 429 `RATE_LIMITED` has been sent.
 */
export const checkedDownload = async (
  downloads: Limit,
  request: FastifyRequest<{ Params: { format: string; version?: string } }>,
  reply: FastifyReply,
): Promise<{ format: DocumentFormat; version: number } | null> => {
  const format = DownloadFormat.safeParse(request.params.format);
  const published = request.params.version !== undefined;
  const version = published ? Number(request.params.version) : 0;
  if (!format.success || !Number.isInteger(version)) {
    const ask = published ? 'v<number>.md, .html, .docx or .pdf' : '.md, .html, .docx or .pdf';
    sendError(reply, 400, ErrorCode.InvalidPayload, `ask for ${ask}`);
    return null;
  }
  if (!(await withinDownloadAllowance(downloads, request, reply))) return null;
  return { format: format.data, version };
};
