import type { IncomingMessage } from 'node:http';

/**
 * Browsers send an Origin with every websocket handshake; a page of another site must not open a
 * socket with a participant's stored token. Programs that send no Origin (tests, the load benchmark)
 * still need a valid token to do anything.
 */
export const originAllowed = (req: IncomingMessage, publicUrl: string): boolean => {
  const origin = req.headers.origin;
  if (!origin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return host === req.headers.host || origin === new URL(publicUrl).origin;
};
