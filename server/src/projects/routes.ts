import type { FastifyInstance } from 'fastify';
import {
  CreateProjectRequest,
  CreateProjectSessionRequest,
  ErrorCode,
  projectPaths,
  UpdateProjectRequest,
  type FundingMark,
  type ProjectOwnerLink,
  type ProjectSettings,
} from '@aquarium/shared';
import { z } from 'zod';
import type { Clock, Ids } from '../clock.js';
import type { SessionRegistry } from '../engine/registry.js';
import { sendError } from '../http/errors.js';
import { hashToken, newToken } from '../security/tokens.js';
import { createSession } from '../sessions/create.js';
import type { Storage } from '../storage/storage.js';
import { storedFundingMark } from '../summary/fundingMark.js';
import { ownedProject } from './owner.js';
import { sessionExtras, sessionSetupFor } from './sessionSetup.js';
import { emptyDraft, writeData, writeDraft, type ProjectData } from './stored.js';
import { projectView } from './view.js';

export interface ProjectDeps {
  storage: Storage;
  registry: SessionRegistry;
  clock: Clock;
  ids: Ids;
  publicUrl: string;
  /** Projects, and sessions of projects, one address may create per minute. */
  sessionsPerMinute?: number;
  /** Deletes a session for good and tells its connections (as `session:delete` does). */
  deleteSession: (sessionId: string) => Promise<void>;
  /** A project was deleted: its files leave the caches. */
  onProjectDeleted?: (projectId: string) => void;
}

type Params = { Params: { id: string } };

/** The settings as stored: the funding mark a PNG; `keep` is the stored mark, kept when the request has none. */
const projectData = (
  settings: ProjectSettings,
  keep: FundingMark | null,
): ProjectData | { code: ErrorCode; message: string } => {
  let fundingMark = keep;
  if (settings.fundingMark === null) fundingMark = null;
  else if (settings.fundingMark) {
    const stored = storedFundingMark(settings.fundingMark);
    if ('code' in stored) return stored;
    fundingMark = stored;
  }
  const { fundingMark: _upload, footer, ...rest } = settings;
  return { ...rest, footer: footer ?? '', fundingMark };
};

/** A project: created by anyone, then read and changed only with its owner token (issue #18). */
export const projectRoutes = async (app: FastifyInstance, deps: ProjectDeps) => {
  const creating = { config: { rateLimit: { max: deps.sessionsPerMinute ?? 30, timeWindow: '1 minute' } } };
  const ownerLink = (projectId: string, token: string): ProjectOwnerLink => ({
    projectId,
    ownerToken: token,
    link: `${deps.publicUrl}${projectPaths.owner(projectId, token)}`,
  });

  app.post('/api/projects', creating, async (request, reply) => {
    const parsed = CreateProjectRequest.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, ErrorCode.InvalidPayload, z.prettifyError(parsed.error));
    const data = projectData(parsed.data, null);
    if ('code' in data) return sendError(reply, 400, data.code, data.message);
    const id = deps.ids.id();
    const token = newToken();
    const now = deps.clock.now();
    await deps.storage.createProject({
      id,
      ownerHash: hashToken(token),
      createdAt: now,
      updatedAt: now,
      settings: writeData(data),
      report: writeDraft(emptyDraft),
      reportCode: null,
    });
    return reply.code(201).send(ownerLink(id, token));
  });

  app.get<Params>('/api/projects/:id', async (request, reply) => {
    const project = await ownedProject(deps.storage, request, reply);
    if (!project) return reply;
    return projectView(deps, project);
  });

  app.put<Params>('/api/projects/:id', async (request, reply) => {
    const project = await ownedProject(deps.storage, request, reply);
    if (!project) return reply;
    const parsed = UpdateProjectRequest.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, ErrorCode.InvalidPayload, z.prettifyError(parsed.error));
    const data = projectData(parsed.data, project.data.fundingMark);
    if ('code' in data) return sendError(reply, 400, data.code, data.message);
    await deps.storage.updateProject(project.id, { updatedAt: deps.clock.now(), settings: writeData(data) });
    return projectView(deps, { ...project, data });
  });

  app.delete<Params>('/api/projects/:id', async (request, reply) => {
    const project = await ownedProject(deps.storage, request, reply);
    if (!project) return reply;
    // The project's retention covers its sessions: they go first, then the project and its report.
    for (const s of await deps.storage.projectSessions(project.id)) await deps.deleteSession(s.id);
    await deps.storage.deleteProject(project.id);
    deps.onProjectDeleted?.(project.id);
    return reply.code(204).send();
  });

  app.post<Params>('/api/projects/:id/owner-token', async (request, reply) => {
    const project = await ownedProject(deps.storage, request, reply);
    if (!project) return reply;
    const token = newToken();
    await deps.storage.updateProject(project.id, { updatedAt: deps.clock.now(), ownerHash: hashToken(token) });
    return reply.header('cache-control', 'private, no-store').send(ownerLink(project.id, token));
  });

  app.post<Params>('/api/projects/:id/sessions', creating, async (request, reply) => {
    const project = await ownedProject(deps.storage, request, reply);
    if (!project) return reply;
    const parsed = CreateProjectSessionRequest.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, ErrorCode.InvalidPayload, z.prettifyError(parsed.error));
    let setup;
    try {
      setup = sessionSetupFor(project.data, parsed.data);
    } catch (err) {
      if (err instanceof z.ZodError) return sendError(reply, 400, ErrorCode.InvalidPayload, z.prettifyError(err));
      throw err;
    }
    const body = await createSession(deps, setup, { projectId: project.id, then: sessionExtras(project.data) });
    if (!body) return sendError(reply, 503, ErrorCode.Internal, 'could not find a free join code; try again');
    await deps.storage.updateProject(project.id, { updatedAt: deps.clock.now() });
    return reply.code(201).send(body);
  });

  app.delete<{ Params: { id: string; sessionId: string } }>(
    '/api/projects/:id/sessions/:sessionId',
    async (request, reply) => {
      const project = await ownedProject(deps.storage, request, reply);
      if (!project) return reply;
      const sessionId = request.params.sessionId.slice(0, 40);
      if ((await deps.storage.projectOfSession(sessionId)) !== project.id) {
        return sendError(reply, 404, ErrorCode.NotFound, 'no such session in this project');
      }
      await deps.deleteSession(sessionId);
      await deps.storage.updateProject(project.id, { updatedAt: deps.clock.now() });
      return reply.code(204).send();
    },
  );
};
