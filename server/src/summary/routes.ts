import type { FastifyInstance, FastifyReply } from 'fastify';
import { composeSummary, ErrorCode, latestSummaryVersion, summaryLabels, type SummaryDocument } from '@aquarium/shared';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { sendError } from '../http/errors.js';
import { sessionByCode } from '../http/sessionByCode.js';
import type { FailureLimiter } from '../http/failureLimiter.js';
import { hashToken } from '../security/tokens.js';
import type { SessionRegistry } from '../sessions/registry.js';
import type { Storage } from '../storage/storage.js';
import { escapeHtml } from './render/html.js';
import { renderSummary, summaryCss, type SummaryFormat } from './render/index.js';

interface Deps {
  storage: Storage;
  registry: SessionRegistry;
  joinFailures: FailureLimiter;
  clock: Clock;
}

const Format = z.enum(['md', 'html', 'docx', 'pdf']);
const DraftRequest = z.strictObject({ token: z.string().min(1).max(200) });

/** A file name people recognise in their downloads folder, with no characters file systems dislike. */
const fileName = (doc: SummaryDocument, ext: string) =>
  `${
    (doc.sessionTitle || 'summary')
      .replace(/[^\p{L}\p{N} _-]+/gu, '')
      .trim()
      .slice(0, 80) || 'summary'
  } v${doc.version}.${ext}`;

const send = async (reply: FastifyReply, doc: SummaryDocument, format: SummaryFormat, newer: number | null) => {
  const file = await renderSummary(doc, format);
  if (format === 'html' && newer !== null) {
    // Old links stay valid but say plainly that a newer version exists.
    const notice = escapeHtml(summaryLabels[doc.language].newerVersion.replace('{n}', String(newer)));
    file.body = String(file.body).replace(
      /<body([^>]*)>/,
      `<body$1><p class="newer-version" role="status">${notice}</p>`,
    );
  }
  const disposition = format === 'html' ? 'inline' : 'attachment';
  return reply
    .type(file.contentType)
    .header('cache-control', 'private, no-cache')
    .header(
      'content-disposition',
      `${disposition}; filename*=UTF-8''${encodeURIComponent(fileName(doc, file.extension))}`,
    )
    .send(file.body);
};

/**
 * Published summaries, reachable with the session's join code only; the facilitator's draft, with
 * the facilitator token in the request body (never in a URL).
 */
export const summaryRoutes = async (app: FastifyInstance, deps: Deps) => {
  app.get('/summary.css', async (_request, reply) =>
    reply.type('text/css').header('cache-control', 'public, max-age=3600').send(summaryCss),
  );

  app.get<{ Params: { code: string } }>('/api/summary/:code', async (request, reply) => {
    const runtime = await sessionByCode(deps, request, reply, request.params.code.slice(0, 20));
    if (!runtime) return reply;
    const { versions } = runtime.current.summary;
    if (versions.length === 0) return sendError(reply, 404, ErrorCode.NotFound, 'no summary has been published yet');
    return { versions, latest: latestSummaryVersion(runtime.current.summary) };
  });

  app.get<{ Params: { code: string; version: string; format: string } }>(
    '/api/summary/:code/v:version.:format',
    async (request, reply) => {
      const format = Format.safeParse(request.params.format);
      const version = Number(request.params.version);
      if (!format.success || !Number.isInteger(version)) {
        return sendError(reply, 400, ErrorCode.InvalidPayload, 'ask for v<number>.md, .html, .docx or .pdf');
      }
      const runtime = await sessionByCode(deps, request, reply, request.params.code.slice(0, 20));
      if (!runtime) return reply;
      const snapshots = await deps.storage.eventsOfType(runtime.id, 'summary.snapshot');
      const snapshot = snapshots.find((e) => e.type === 'summary.snapshot' && e.data.version === version);
      if (!snapshot || snapshot.type !== 'summary.snapshot') {
        return sendError(reply, 404, ErrorCode.NotFound, 'no such version of the summary');
      }
      const latest = latestSummaryVersion(runtime.current.summary);
      return send(reply, snapshot.data.document, format.data, latest > version ? latest : null);
    },
  );

  app.post<{ Params: { format: string } }>('/api/summary-draft.:format', async (request, reply) => {
    const format = Format.safeParse(request.params.format);
    const body = DraftRequest.safeParse(request.body);
    if (!format.success || !body.success) return sendError(reply, 400, ErrorCode.InvalidPayload, 'bad draft request');
    const grant = await deps.storage.findToken(hashToken(body.data.token));
    if (!grant || grant.role !== 'facilitator') {
      return sendError(reply, 403, ErrorCode.Forbidden, 'only a facilitator can download the draft');
    }
    const runtime = await deps.registry.get(grant.sessionId);
    if (!runtime) return sendError(reply, 404, ErrorCode.NotFound, 'the session no longer exists');
    const s = runtime.current;
    const doc = composeSummary(s, { version: latestSummaryVersion(s.summary) + 1, publishedAt: deps.clock.now() });
    return send(reply, doc, format.data, null);
  });
};
