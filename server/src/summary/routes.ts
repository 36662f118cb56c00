import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  composeSummary,
  ErrorCode,
  latestSummaryVersion,
  summaryLabels,
  type SummaryDocument,
  type SummaryInfo,
  type DocumentFormat,
} from '@aquarium/shared';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { sendError } from '../http/errors.js';
import { sessionByCode } from '../http/sessionByCode.js';
import type { Allowance, Limit } from '../security/limits.js';
import { hashToken } from '../security/tokens.js';
import type { SessionRegistry } from '../engine/registry.js';
import type { Storage } from '../storage/storage.js';
import { labelsOf } from './render/blocks.js';
import { escapeHtml } from './render/html.js';
import { summaryCss } from './render/index.js';
import type { FileCache } from './fileCache.js';
import { RenderBusy, type RenderedFile, type RenderPool } from './renderPool.js';
import { checkedDownload, DownloadFormat as Format, withinDownloadAllowance } from './downloadGate.js';

interface Deps {
  storage: Storage;
  registry: SessionRegistry;
  joinFailures: Allowance;
  /** Downloads (published or draft) per address per minute. */
  downloads: Limit;
  clock: Clock;
  renderPool: RenderPool;
  fileCache: FileCache<Download>;
  /**
   * The published report of the project a session belongs to, if any (given by the app: projects build on
   * summaries, so this folder does not import them).
   */
  projectReportOf: (sessionId: string) => Promise<SummaryInfo['projectReport'] | null>;
}

const DraftRequest = z.strictObject({ token: z.string().min(1).max(200) });

const safe = (text: string) =>
  text
    .replace(/[^\p{L}\p{N} _-]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A file name people recognise in their downloads folder, with no characters file systems dislike: the session's
 * title, its region when the title does not say it (each region's file its own name), the version, and
 * "luonnos"/"draft" for a draft (never the name of a published version).
 */
export const fileName = (doc: SummaryDocument, ext: string, draft = false) => {
  const title = safe(doc.sessionTitle || doc.title).slice(0, 80) || 'summary';
  const region = safe(doc.region ?? '');
  const named = region && !title.toLowerCase().includes(region.toLowerCase()) ? `${title} ${region}` : title;
  const version = draft ? `v${doc.version} ${safe(labelsOf(doc).draft)}` : `v${doc.version}`;
  return `${named.slice(0, 100)} ${version}.${ext}`;
};

/** A rendered file with what its download needs: its name and the document's language. */
export type Download = RenderedFile & { etag?: string; name: string; language: SummaryDocument['language'] };

const renderDownload = async (
  pool: RenderPool,
  doc: SummaryDocument,
  format: DocumentFormat,
  draft = false,
): Promise<Download> => {
  const file = await pool.render(doc, format);
  return { ...file, name: fileName(doc, file.extension, draft), language: doc.language };
};

/** Published versions never change (immutable); the web page gains a "newer version" notice. */
const send = (
  reply: FastifyReply,
  format: DocumentFormat,
  file: Download,
  newer: number | null,
  cacheControl: string,
) => {
  let body: Buffer | string = file.body;
  if (format === 'html' && newer !== null) {
    // Old links stay valid but say plainly that a newer version exists.
    const notice = escapeHtml(summaryLabels[file.language].newerVersion.replace('{n}', String(newer)));
    body = file.body
      .toString('utf8')
      .replace(/<body([^>]*)>/, `<body$1><p class="newer-version" role="status">${notice}</p>`);
  }
  const disposition = format === 'html' ? 'inline' : 'attachment';
  if (file.etag) reply.header('etag', newer === null ? file.etag : `${file.etag.slice(0, -1)}-n${newer}"`);
  return reply
    .type(file.contentType)
    .header('cache-control', cacheControl)
    .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .send(body);
};

/** Answers a download that could not be rendered now: the pool's queue is full. */
const busy = (reply: FastifyReply, err: unknown) => {
  if (err instanceof RenderBusy) {
    return sendError(reply.header('retry-after', '5'), 503, ErrorCode.RateLimited, 'the server is busy; try again');
  }
  throw err;
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
    const answer: SummaryInfo = { versions, latest: latestSummaryVersion(runtime.current.summary) };
    // A session of a project: once the project's report is published, its participants can reach it too.
    const projectReport = await deps.projectReportOf(runtime.id);
    return projectReport ? { ...answer, projectReport } : answer;
  });

  app.get<{ Params: { code: string; version: string; format: string } }>(
    '/api/summary/:code/v:version.:format',
    async (request, reply) => {
      const asked = await checkedDownload(deps.downloads, request, reply);
      if (!asked) return reply;
      const { format, version } = asked;
      const runtime = await sessionByCode(deps, request, reply, request.params.code.slice(0, 20));
      if (!runtime) return reply;
      const { summary } = runtime.current;
      if (!summary.versions.some((v) => v.version === version)) {
        return sendError(reply, 404, ErrorCode.NotFound, 'no such version of the summary');
      }
      const load = async () => {
        // Only on a cache miss: the snapshots of a large summary are costly to read and parse.
        const snapshots = await deps.storage.eventsOfType(runtime.id, 'summary.snapshot');
        const snapshot = snapshots.find((e) => e.type === 'summary.snapshot' && e.data.version === version);
        if (!snapshot || snapshot.type !== 'summary.snapshot') throw new Error(`snapshot v${version} missing`);
        return renderDownload(deps.renderPool, snapshot.data.document, format);
      };
      let file;
      try {
        file = await deps.fileCache.get(runtime.id, `v${version}.${format}`, load);
      } catch (err) {
        return busy(reply, err);
      }
      const latest = latestSummaryVersion(summary);
      // Only the web page says that a newer version exists; the other files stay byte for byte the same.
      const newer = format === 'html' && latest > version ? latest : null;
      const etag = newer === null ? file.etag : `${file.etag.slice(0, -1)}-n${newer}"`;
      // The web page can gain a notice, so it is revalidated; the other files of a version never change.
      const cacheControl = format === 'html' ? 'private, no-cache' : 'private, max-age=31536000, immutable';
      if (request.headers['if-none-match'] === etag) {
        return reply.code(304).header('etag', etag).header('cache-control', cacheControl).send();
      }
      return send(reply, format, file, newer, cacheControl);
    },
  );

  app.post<{ Params: { format: string } }>('/api/summary-draft.:format', async (request, reply) => {
    const format = Format.safeParse(request.params.format);
    const body = DraftRequest.safeParse(request.body);
    if (!format.success || !body.success) return sendError(reply, 400, ErrorCode.InvalidPayload, 'bad draft request');
    if (!(await withinDownloadAllowance(deps.downloads, request, reply))) return reply;
    const grant = await deps.storage.findToken(hashToken(body.data.token));
    if (!grant || grant.role !== 'facilitator') {
      return sendError(reply, 403, ErrorCode.Forbidden, 'only a facilitator can download the draft');
    }
    const runtime = await deps.registry.get(grant.sessionId);
    if (!runtime) return sendError(reply, 404, ErrorCode.NotFound, 'the session no longer exists');
    const s = runtime.current;
    const doc = composeSummary(s, { version: latestSummaryVersion(s.summary) + 1, publishedAt: deps.clock.now() });
    try {
      return send(
        reply,
        format.data,
        await renderDownload(deps.renderPool, doc, format.data, true),
        null,
        'private, no-store',
      );
    } catch (err) {
      return busy(reply, err);
    }
  });
};
