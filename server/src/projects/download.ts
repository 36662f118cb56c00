import type { FastifyReply } from 'fastify';
import { ErrorCode, type ProjectReport, type DocumentFormat } from '@aquarium/shared';
import { sendError } from '../http/errors.js';
import { escapeHtml } from '../summary/render/html.js';
import { cleanDocument } from '../summary/render/index.js';
import { RenderBusy, type RenderedFile, type RenderPool } from '../summary/renderPool.js';
import { projectBlocks, reportFrame } from './blocks.js';
import { projectReportLabels } from './labels.js';

/** A rendered project report file with its name and the notice an older version's web page gains. */
export type ReportDownload = RenderedFile & { etag?: string; name: string; newerVersion: string };

const safe = (text: string) =>
  text
    .replace(/[^\p{L}\p{N} _-]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** "OSMO v2.pdf", "OSMO v3 luonnos.pdf": the project's name, the version, and "draft" for a draft. */
export const reportFileName = (doc: ProjectReport, ext: string, draft = false) => {
  const title = safe(doc.title).slice(0, 100) || 'report';
  return `${title} v${doc.version}${draft ? ` ${safe(doc.labels.draft)}` : ''}.${ext}`;
};

/** Renders the report in the summary's layout, in a render thread. */
export const renderReport = async (
  pool: RenderPool,
  raw: ProjectReport,
  format: DocumentFormat,
  draft = false,
): Promise<ReportDownload> => {
  // Labels added after a version was published fall back to today's.
  const doc = cleanDocument({ ...raw, labels: { ...projectReportLabels[raw.language], ...raw.labels } });
  const file = await pool.renderBlocks(reportFrame(doc), projectBlocks(doc, draft), format);
  return { ...file, name: reportFileName(doc, file.extension, draft), newerVersion: doc.labels.newerVersion };
};

/** Sends a file: the web page inline (with a notice when a newer version exists), the others as attachments. */
export const sendReport = (
  reply: FastifyReply,
  format: DocumentFormat,
  file: ReportDownload,
  newer: number | null,
  cacheControl: string,
) => {
  let body: Buffer | string = file.body;
  if (format === 'html' && newer !== null) {
    const notice = escapeHtml(file.newerVersion.replace('{n}', String(newer)));
    body = file.body
      .toString('utf8')
      .replace(/<body([^>]*)>/, `<body$1><p class="newer-version" role="status">${notice}</p>`);
  }
  if (file.etag) reply.header('etag', newer === null ? file.etag : `${file.etag.slice(0, -1)}-n${newer}"`);
  const disposition = format === 'html' ? 'inline' : 'attachment';
  return reply
    .type(file.contentType)
    .header('cache-control', cacheControl)
    .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .send(body);
};

/** A file that could not be rendered now: the render queue is full. */
export const renderBusy = (reply: FastifyReply, err: unknown) => {
  if (err instanceof RenderBusy) {
    return sendError(reply.header('retry-after', '5'), 503, ErrorCode.RateLimited, 'the server is busy; try again');
  }
  throw err;
};
