import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, type ProjectReport, type ProjectReportInfo } from '@aquarium/shared';
import { sendError } from '../http/errors.js';
import type { Allowance, Limit } from '../security/limits.js';
import { addressKey } from '../security/trustProxy.js';
import type { Storage } from '../storage/storage.js';
import type { FileCache } from '../summary/fileCache.js';
import type { RenderPool } from '../summary/renderPool.js';
import { renderBusy, renderReport, sendReport, type ReportDownload } from './download.js';
import { readProject, type Project } from './stored.js';
import { checkedDownload } from '../summary/downloadGate.js';

export interface PublicReportDeps {
  storage: Storage;
  joinFailures: Allowance;
  downloads: Limit;
  renderPool: RenderPool;
  fileCache: FileCache<ReportDownload>;
}

const tooMany = 'too many wrong codes; wait a minute and try again';

/**
 * The project behind a report code typed or followed by a person, or a reply saying why not. Wrong codes count
 * against the caller's address with the join codes' limit: past it, codes are not looked up.
 */
const projectByCode = async (
  deps: PublicReportDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  input: string,
): Promise<Project | null> => {
  const key = addressKey(request.ip);
  if (await deps.joinFailures.spent(key)) {
    await sendError(reply, 429, ErrorCode.RateLimited, tooMany);
    return null;
  }
  const code = input.toUpperCase().replace(/[\s-]/g, '').slice(0, 20);
  const stored = /^[A-Z0-9]{10}$/.test(code) ? await deps.storage.projectByReportCode(code) : null;
  if (!stored) {
    await deps.joinFailures.take(key);
    await sendError(reply, 404, ErrorCode.NotFound, 'no report has this code');
    return null;
  }
  return readProject(stored);
};

/** The published project report, for anyone with its code (a participant of any of its sessions gets it). */
export const projectPublicRoutes = async (app: FastifyInstance, deps: PublicReportDeps) => {
  app.get<{ Params: { code: string } }>('/api/project-report/:code', async (request, reply) => {
    const project = await projectByCode(deps, request, reply, request.params.code);
    if (!project) return reply;
    const versions = await deps.storage.projectReportVersions(project.id);
    if (versions.length === 0) return sendError(reply, 404, ErrorCode.NotFound, 'no report has been published yet');
    const info: ProjectReportInfo = {
      title: project.data.name,
      language: project.data.language,
      versions,
      latest: versions.at(-1)!.version,
    };
    return info;
  });

  app.get<{ Params: { code: string; version: string; format: string } }>(
    '/api/project-report/:code/v:version.:format',
    async (request, reply) => {
      const asked = await checkedDownload(deps.downloads, request, reply);
      if (!asked) return reply;
      const { format, version } = asked;
      const project = await projectByCode(deps, request, reply, request.params.code);
      if (!project) return reply;
      const versions = await deps.storage.projectReportVersions(project.id);
      if (!versions.some((v) => v.version === version)) {
        return sendError(reply, 404, ErrorCode.NotFound, 'no such version of the report');
      }
      const load = async () => {
        const stored = await deps.storage.projectReportDocument(project.id, version);
        if (!stored) throw new Error(`project report v${version} missing`);
        return renderReport(deps.renderPool, JSON.parse(stored) as ProjectReport, format);
      };
      let file;
      try {
        file = await deps.fileCache.get(project.id, `v${version}.${format}`, load);
      } catch (err) {
        return renderBusy(reply, err);
      }
      const latest = versions.at(-1)!.version;
      const newer = format === 'html' && latest > version ? latest : null;
      const etag = newer === null ? file.etag : `${file.etag.slice(0, -1)}-n${newer}"`;
      const cacheControl = format === 'html' ? 'private, no-cache' : 'private, max-age=31536000, immutable';
      if (request.headers['if-none-match'] === etag) {
        return reply.code(304).header('etag', etag).header('cache-control', cacheControl).send();
      }
      return sendReport(reply, format, file, newer, cacheControl);
    },
  );
};
