import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import type { Bindings, ChildLoggerOptions } from 'pino';
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

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * A request's logger, made only when something is logged at a level the logger writes. Fastify makes a child
 * logger (with the request's id) for every request; pino's child costs a copy of the bindings and their
 * serialisation, which at 2,000 phones joining was a tenth of an HTTP join's time for nothing when the level
 * is above `info` (issue #24). At `info` the child is made as before, on the request's first line.
 */
class LazyChild {
  private made: FastifyBaseLogger | null = null;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly opts: ChildLoggerOptions,
  ) {}

  get level(): string {
    return this.made?.level ?? this.parent.level;
  }

  set level(level: string) {
    this.real().level = level;
  }

  fatal(...args: unknown[]) {
    this.write('fatal', args);
  }
  error(...args: unknown[]) {
    this.write('error', args);
  }
  warn(...args: unknown[]) {
    this.write('warn', args);
  }
  info(...args: unknown[]) {
    this.write('info', args);
  }
  debug(...args: unknown[]) {
    this.write('debug', args);
  }
  trace(...args: unknown[]) {
    this.write('trace', args);
  }
  silent() {}

  child(bindings: Bindings, opts?: ChildLoggerOptions) {
    return this.real().child(bindings, opts);
  }

  private real(): FastifyBaseLogger {
    return (this.made ??= this.parent.child(this.bindings, this.opts));
  }

  private write(level: Level, args: unknown[]) {
    const enabled = (this.parent as Partial<Pick<Logger, 'isLevelEnabled'>>).isLevelEnabled;
    if (enabled && !enabled.call(this.parent, level)) return;
    (this.real()[level] as (...a: unknown[]) => void)(...args);
  }
}

/** Fastify's `childLoggerFactory`: see LazyChild. */
export const lazyChildLogger = (
  logger: FastifyBaseLogger,
  bindings: Bindings,
  opts: ChildLoggerOptions,
): FastifyBaseLogger => new LazyChild(logger, bindings, opts) as unknown as FastifyBaseLogger;
