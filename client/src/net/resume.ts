/** The parts of `document` and `window` that tell when a frozen or hidden page comes back. */
export interface ResumeTargets {
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

/**
 * Calls `onResume` when the page becomes visible again or is restored from the back/forward cache.
 * Mobile browsers freeze background tabs, so a phone can miss events without noticing a disconnect.
 * Returns the function that stops watching.
 */
export const watchResume = (onResume: () => void, targets?: ResumeTargets): (() => void) => {
  const t = targets ?? (typeof document === 'undefined' ? null : { document, window });
  if (!t) return () => {};
  const onVisibility = () => {
    if (t.document.visibilityState === 'visible') onResume();
  };
  const onPageShow = (e: PageTransitionEvent) => {
    if (e.persisted) onResume();
  };
  t.document.addEventListener('visibilitychange', onVisibility);
  t.window.addEventListener('pageshow', onPageShow);
  return () => {
    t.document.removeEventListener('visibilitychange', onVisibility);
    t.window.removeEventListener('pageshow', onPageShow);
  };
};
