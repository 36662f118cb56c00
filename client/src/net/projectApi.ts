import type {
  CreateProjectResponse,
  CreateProjectSessionRequest,
  CreateProjectSessionResponse,
  ProjectOwnerLink,
  ProjectPublishResponse,
  ProjectReportDraft,
  ProjectReportInfo,
  ProjectSettings,
  ProjectView,
  ThemeMatch,
} from '@aquarium/shared';
import type { DocumentFormat, ErrorCode } from '@aquarium/shared';
import { ApiError } from './api';

/**
 * The project API (issue #18). The owner's token goes as `authorization: Bearer`, never in a URL; reads are never
 * answered from the browser's cache (another tab or co-owner may have changed the project).
 */
const base = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}`;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * A JSON request, with the owner's header when given. (Its own, not `api.ts`'s: the phone's entry carries that one.)
 */
const request = async <T>(path: string, init: RequestInit & { extra?: Record<string, string> }): Promise<T> => {
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      headers: {
        accept: 'application/json',
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...init.extra,
      },
    });
  } catch {
    throw new ApiError('network', 0);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: ErrorCode; message?: string } } | null;
    throw new ApiError(body?.error?.code ?? (res.status === 404 ? 'NOT_FOUND' : 'INTERNAL'), res.status);
  }
  // A deletion answers 204 with no body.
  return (res.status === 204 ? undefined : await res.json()) as T;
};
const json = (method: string, body: unknown, token?: string) => ({
  method,
  body: JSON.stringify(body),
  ...(token ? { extra: auth(token) } : {}),
});

export const createProject = (settings: ProjectSettings) =>
  request<CreateProjectResponse>('/api/projects', json('POST', settings));

export const getProject = (projectId: string, token: string) =>
  request<ProjectView>(base(projectId), { extra: auth(token), cache: 'no-store' });

export const updateProject = (projectId: string, token: string, settings: ProjectSettings) =>
  request<ProjectView>(base(projectId), json('PUT', settings, token));

export const rotateOwnerToken = (projectId: string, token: string) =>
  request<ProjectOwnerLink>(`${base(projectId)}/owner-token`, json('POST', {}, token));

export const createProjectSession = (projectId: string, token: string, body: CreateProjectSessionRequest) =>
  request<CreateProjectSessionResponse>(`${base(projectId)}/sessions`, json('POST', body, token));

/** Deletes the project with its sessions and report versions, for good. */
export const deleteProject = (projectId: string, token: string) =>
  request<void>(base(projectId), { method: 'DELETE', extra: auth(token) });

/** Deletes one of the project's sessions, and every report version built from it. */
export const deleteProjectSession = (projectId: string, token: string, sessionId: string) =>
  request<void>(`${base(projectId)}/sessions/${encodeURIComponent(sessionId)}`, {
    method: 'DELETE',
    extra: auth(token),
  });

export const getReportDraft = (projectId: string, token: string) =>
  request<ProjectReportDraft>(`${base(projectId)}/report`, { extra: auth(token), cache: 'no-store' });

/** The owner's matches (null: back to the suggestions). */
export const saveMatches = (projectId: string, token: string, matches: ThemeMatch[] | null) =>
  request<ProjectReportDraft>(`${base(projectId)}/report/matches`, json('PUT', { matches }, token));

export const saveReportText = (projectId: string, token: string, text: string) =>
  request<ProjectReportDraft>(`${base(projectId)}/report/text`, json('PUT', { text }, token));

export const publishReport = (projectId: string, token: string) =>
  request<ProjectPublishResponse>(`${base(projectId)}/report/publish`, json('POST', {}, token));

/** A published project report, by its public code. */
export const getPublishedReport = (code: string) =>
  request<ProjectReportInfo>(`/api/project-report/${encodeURIComponent(code)}`, { cache: 'no-store' });

/** A published version's file (public, by the report's code). */
export const reportFileUrl = (code: string, version: number, format: DocumentFormat) =>
  `/api/project-report/${encodeURIComponent(code)}/v${version}.${format}`;

/**
 * Downloads the report's draft in one format (owner): the token travels as a header (never in a URL), and the
 * answer is saved through a temporary blob link. False when it failed.
 */
export const downloadReportDraft = async (projectId: string, token: string, format: DocumentFormat) => {
  let res: Response;
  try {
    res = await fetch(`${base(projectId)}/report/draft.${format}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    });
  } catch {
    return false;
  }
  if (!res.ok) return false;
  const disposition = /filename\*=UTF-8''([^;]+)/i.exec(res.headers.get('content-disposition') ?? '');
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = disposition ? decodeURIComponent(disposition[1]!.trim()) : `report.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
};
