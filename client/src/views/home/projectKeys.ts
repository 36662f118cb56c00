/**
 * Where this browser keeps a project's owner link (`staffProjects.ts`). Apart, so that the start page (in the phone's
 * entry) can ask whether there is any without carrying the rest.
 */
export const projectKeyPrefix = 'aquarium.projectOwner.';

export const hasRememberedProjects = (): boolean => {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(projectKeyPrefix)) return true;
  } catch {
    // Storage off (private mode): nothing remembered.
  }
  return false;
};
