import { useCallback, useState } from 'react';
import { ownerFragment, ownerTokenIn, rememberedProject, rememberProject } from '../home/staffProjects';

/**
 * The owner's token of a project page: the link's fragment (`#owner=<token>`), which stays in the address so that a
 * reload, a new tab or a copied address opens the same page; without one, the token this browser remembers for the
 * project (put back in the address). `adopt` takes a new token after the owner link was replaced.
 */
export const useOwnerToken = (projectId: string) => {
  const [token, setToken] = useState<string | null>(() => {
    const fromHash = ownerTokenIn(window.location.hash);
    if (fromHash) return fromHash;
    const remembered = rememberedProject(projectId)?.token ?? null;
    if (remembered) history.replaceState(history.state, '', window.location.pathname + ownerFragment(remembered));
    return remembered;
  });
  const adopt = useCallback(
    (next: string) => {
      history.replaceState(history.state, '', window.location.pathname + ownerFragment(next));
      const entry = rememberedProject(projectId);
      rememberProject({ projectId, name: entry?.name ?? '', openedAt: Date.now(), token: next });
      setToken(next);
    },
    [projectId],
  );
  return { token, adopt };
};
