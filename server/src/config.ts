import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './security/trustProxy.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

// A relative path is taken from the directory the server was started in, as a shell user expects.
const directory = (fallback: string) =>
  z
    .string()
    .min(1)
    .default(fallback)
    .transform((p) => resolve(p));

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: directory(`${repoRoot}data`),
  CLIENT_DIR: directory(`${repoRoot}client/dist`),
  PUBLIC_URL: z.url().optional(),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  REDIS_STREAM: z
    .string()
    .regex(/^[\w:.-]{1,100}$/)
    .default('aquarium'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
  TRUST_PROXY: z.string().optional(),
  MAX_PARTICIPANTS: z.coerce.number().int().min(1).max(100_000).default(2000),
  JOIN_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(60),
  VENUE_JOIN_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
  JOINS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  VENUE_JOINS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(2000),
  DOWNLOADS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(300),
  CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(2200),
  CONNECTIONS_PER_TOKEN: z.coerce.number().int().min(1).max(10_000).default(10),
  RENDER_WORKERS: z.coerce.number().int().min(1).max(64).default(2),
  SESSIONS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .min(0.01)
    .max(24 * 60)
    .default(10),
  SHUTDOWN_SECONDS: z.coerce.number().min(1).max(600).default(20),
});

/** The app's whole configuration; nothing else reads `process.env`. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Base of the links the server hands out (facilitator, scribe, screen, join). */
  publicUrl: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  /** Days after its end when a session's data is deleted, unless the session set its own. */
  retentionDays: number;
  /** Built client to serve, if present. */
  clientDir: string;
  /** PostgreSQL to store in (postgres://…), or null for the SQLite file in `dataDir`. */
  databaseUrl: string | null;
  /** With Redis, several server nodes share rooms and broadcasts. */
  redisUrl: string | null;
  /** The Redis stream the nodes of one deployment share. */
  redisStream: string;
  /** Which proxies may name the client's address in `X-Forwarded-For` (see `security/trustProxy.ts`). */
  trustProxy: TrustProxy;
  /** Caps and per-address limits (README: Configuration). */
  limits: {
    maxParticipants: number;
    sessionsPerMinute: number;
    joinFailuresPerMinute: number;
    venueJoinFailuresPerMinute: number;
    joinsPerMinute: number;
    venueJoinsPerMinute: number;
    downloadsPerMinute: number;
    connectionsPerAddress: number;
    connectionsPerToken: number;
  };
  /** Worker threads that render summary files (PDF, DOCX), off the event loop. */
  renderWorkers: number;
  /** Bearer token for GET /metrics; null turns /metrics off. */
  metricsToken: string | null;
  /** A session nobody is connected to leaves memory after this long without use. */
  sessionIdleMs: number;
  /** On SIGTERM the node drains and exits; past this deadline it exits anyway. */
  shutdownMs: number;
}

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  let trustProxy: TrustProxy;
  try {
    trustProxy = parseTrustProxy(e.TRUST_PROXY);
  } catch (err) {
    throw new Error(`Invalid environment: ${(err as Error).message}`);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    retentionDays: e.RETENTION_DAYS,
    clientDir: e.CLIENT_DIR,
    databaseUrl: e.DATABASE_URL ?? null,
    redisUrl: e.REDIS_URL ?? null,
    redisStream: e.REDIS_STREAM,
    trustProxy,
    limits: {
      maxParticipants: e.MAX_PARTICIPANTS,
      sessionsPerMinute: e.SESSIONS_PER_MINUTE,
      joinFailuresPerMinute: e.JOIN_FAILURES_PER_MINUTE,
      venueJoinFailuresPerMinute: e.VENUE_JOIN_FAILURES_PER_MINUTE,
      joinsPerMinute: e.JOINS_PER_MINUTE,
      venueJoinsPerMinute: e.VENUE_JOINS_PER_MINUTE,
      downloadsPerMinute: e.DOWNLOADS_PER_MINUTE,
      connectionsPerAddress: e.CONNECTIONS_PER_ADDRESS,
      connectionsPerToken: e.CONNECTIONS_PER_TOKEN,
    },
    renderWorkers: e.RENDER_WORKERS,
    metricsToken: e.METRICS_TOKEN ?? null,
    sessionIdleMs: Math.round(e.SESSION_IDLE_MINUTES * 60_000),
    shutdownMs: e.SHUTDOWN_SECONDS * 1000,
  };
};
