import type { ErrorCode, ProjectView } from '@aquarium/shared';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../net/api';
import { getProject } from '../../net/projectApi';
import { rememberProject } from '../home/staffProjects';

export type Loaded<T> =
  { kind: 'loading' } | { kind: 'failed'; code: ErrorCode | 'network' } | { kind: 'ready'; value: T };

export const failureOf = (err: unknown): ErrorCode | 'network' => (err instanceof ApiError ? err.code : 'network');

/**
 * The project as its owner sees it, loaded with the owner's token; `reload` after a change. Once loaded, this browser
 * remembers the project (for the start page) under its current name.
 */
export const useProject = (projectId: string, token: string | null) => {
  const [state, setState] = useState<Loaded<ProjectView>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    if (!token) return;
    getProject(projectId, token).then(
      (project) => {
        if (!current) return;
        rememberProject({ projectId, token, name: project.name, openedAt: Date.now() });
        setState({ kind: 'ready', value: project });
      },
      (err: unknown) => {
        if (current) setState({ kind: 'failed', code: failureOf(err) });
      },
    );
    return () => {
      current = false;
    };
  }, [projectId, token, attempt]);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  /** A change the server answered with the new project (PUT): shown at once, no second request. */
  const replace = useCallback((project: ProjectView) => setState({ kind: 'ready', value: project }), []);
  // Without a token there is nothing to ask: the page says the link is needed.
  return { state: token ? state : ({ kind: 'failed', code: 'UNAUTHORIZED' } as const), reload, replace };
};
