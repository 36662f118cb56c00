import type { FastifyInstance } from 'fastify';
import { customAlphabet } from 'nanoid';
import {
  ErrorCode,
  JOIN_CODE_ALPHABET,
  ProjectMatchesRequest,
  ProjectTextRequest,
  type ProjectPublishResponse,
  type ProjectReportDraft,
} from '@aquarium/shared';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import type { SessionRegistry } from '../engine/registry.js';
import { sendError } from '../http/errors.js';
import type { Limit } from '../security/limits.js';
import { ProjectReportConflict, type Storage } from '../storage/storage.js';
import type { RenderPool } from '../summary/renderPool.js';
import { renderBusy, renderReport, sendReport } from './download.js';
import { matchesProblem } from './matching.js';
import { ownedProject } from './owner.js';
import { buildDraft, loadPublished, type PublishedSummaries } from './report.js';
import { writeDraft, type Project } from './stored.js';
import { checkedDownload } from '../summary/downloadGate.js';

export interface ReportDeps {
  storage: Storage;
  registry: SessionRegistry;
  clock: Clock;
  summaries: PublishedSummaries;
  renderPool: RenderPool;
  downloads: Limit;
}

type Params = { Params: { id: string } };

/** A report's public code: 10 letters and digits nobody mistakes for one another. */
export const newReportCode = customAlphabet(JOIN_CODE_ALPHABET, 10);

/** The owner's side of the project report: the draft, the matches, the closing text, publishing. */
export const projectReportRoutes = async (app: FastifyInstance, deps: ReportDeps) => {
  /** One publication at a time per project (on this node; a second node's is refused by the version's key). */
  const publishing = new Map<string, Promise<unknown>>();

  const draftOf = async (project: Project): Promise<ProjectReportDraft> => {
    const { published, unpublishedIds } = await loadPublished(deps.storage, deps.summaries, project.id);
    const versions = await deps.storage.projectReportVersions(project.id);
    const built = await buildDraft(project, published, {
      version: (versions.at(-1)?.version ?? 0) + 1,
      publishedAt: deps.clock.now(),
    });
    const unpublished = await Promise.all(
      unpublishedIds.map(async (sessionId) => {
        const setup = (await deps.registry.get(sessionId))?.current.setup;
        return { sessionId, region: setup?.region ?? '', title: setup?.title ?? '' };
      }),
    );
    return {
      ...built,
      matches: project.draft.matches,
      text: project.draft.text,
      unpublished,
      published: { code: project.reportCode, versions },
    };
  };

  app.get<Params>('/api/projects/:id/report', async (request, reply) => {
    const project = await ownedProject(deps.storage, request, reply);
    if (!project) return reply;
    return draftOf(project);
  });

  app.put<Params>('/api/projects/:id/report/matches', async (request, reply) => {
    const project = await ownedProject(deps.storage, request, reply);
    if (!project) return reply;
    const parsed = ProjectMatchesRequest.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, ErrorCode.InvalidPayload, z.prettifyError(parsed.error));
    const { matches } = parsed.data;
    if (matches) {
      const { themes } = await draftOf(project);
      const problem = matchesProblem(matches, themes);
      if (problem) return sendError(reply, 400, ErrorCode.InvalidPayload, problem);
    }
    const draft = { ...project.draft, matches };
    await deps.storage.updateProject(project.id, { updatedAt: deps.clock.now(), report: writeDraft(draft) });
    return draftOf({ ...project, draft });
  });

  app.put<Params>('/api/projects/:id/report/text', async (request, reply) => {
    const project = await ownedProject(deps.storage, request, reply);
    if (!project) return reply;
    const parsed = ProjectTextRequest.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, ErrorCode.InvalidPayload, z.prettifyError(parsed.error));
    const draft = { ...project.draft, text: parsed.data.text };
    await deps.storage.updateProject(project.id, { updatedAt: deps.clock.now(), report: writeDraft(draft) });
    return draftOf({ ...project, draft });
  });

  app.post<Params>('/api/projects/:id/report/publish', async (request, reply) => {
    const project = await ownedProject(deps.storage, request, reply);
    if (!project) return reply;
    const before = publishing.get(project.id) ?? Promise.resolve();
    const job = before.catch(() => undefined).then(() => publish(project));
    publishing.set(project.id, job);
    try {
      const answer = await job;
      if (!answer) return sendError(reply, 409, ErrorCode.InvalidState, 'no session of the project has published');
      return reply.code(201).send(answer);
    } finally {
      if (publishing.get(project.id) === job) publishing.delete(project.id);
    }
  });

  const publish = async (project: Project): Promise<ProjectPublishResponse | null> => {
    for (let attempt = 0; ; attempt++) {
      const { published } = await loadPublished(deps.storage, deps.summaries, project.id);
      if (published.length === 0) return null;
      const versions = await deps.storage.projectReportVersions(project.id);
      const version = (versions.at(-1)?.version ?? 0) + 1;
      const now = deps.clock.now();
      const code = (await deps.storage.project(project.id))?.reportCode ?? newReportCode();
      const { document } = await buildDraft(project, published, { version, publishedAt: now });
      try {
        await deps.storage.publishProjectReport(project.id, {
          version,
          publishedAt: now,
          document: JSON.stringify(document),
          sessionIds: published.map((s) => s.sessionId),
          code,
        });
        return { reportCode: code, version };
      } catch (err) {
        // Another node published this version, or the new code was taken: read again and retry.
        if (!(err instanceof ProjectReportConflict) || attempt >= 4) throw err;
      }
    }
  };

  app.post<{ Params: { id: string; format: string } }>(
    '/api/projects/:id/report/draft.:format',
    async (request, reply) => {
      const asked = await checkedDownload(deps.downloads, request, reply);
      if (!asked) return reply;
      const { format } = asked;
      const project = await ownedProject(deps.storage, request, reply);
      if (!project) return reply;
      const { document } = await draftOf(project);
      try {
        const file = await renderReport(deps.renderPool, document, format, true);
        return sendReport(reply, format, file, null, 'private, no-store');
      } catch (err) {
        return renderBusy(reply, err);
      }
    },
  );
};
