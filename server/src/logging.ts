import type { FastifyServerOptions } from 'fastify';
import { pino, type Logger } from 'pino';

/**
 * Log options: requests are logged by method and a path with secrets cut out (join codes, summary
 * codes); bodies, headers and socket payloads are never logged, so no thought, note or token appears.
 */
export const loggerOptions = (
  level: string,
  stream?: { write(line: string): void },
): FastifyServerOptions['logger'] => ({
  level,
  ...(stream ? { stream } : {}),
  serializers: {
    req: (req: { method: string; url: string }) => ({ method: req.method, url: redactUrl(req.url) }),
  },
});

/** The process's logger (main.ts), with the same redaction as `loggerOptions`. */
export const createLogger = (level: string): Logger =>
  pino({
    level,
    serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: redactUrl(req.url) }) },
  });

export const redactUrl = (url: string): string =>
  url.replace(/\/(j|api\/join|api\/qr|api\/summary)\/[^/?#]+/, '/$1/…').replace(/[?#].*$/, '');
