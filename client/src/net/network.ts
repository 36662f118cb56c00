type Target = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/**
 * Calls `onOffline` / `onOnline` when the browser loses or regains its network. The browser knows at once,
 * long before a socket's heartbeat notices, so commands can wait in the outbox and the page can say so.
 * Returns the function that stops watching.
 */
export const watchNetwork = (
  onOffline: () => void,
  onOnline: () => void,
  target: Target | null = typeof window === 'undefined' ? null : window,
): (() => void) => {
  if (!target) return () => {};
  target.addEventListener('offline', onOffline);
  target.addEventListener('online', onOnline);
  return () => {
    target.removeEventListener('offline', onOffline);
    target.removeEventListener('online', onOnline);
  };
};
