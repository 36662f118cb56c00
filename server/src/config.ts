import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default(`${repoRoot}data`),
  CLIENT_DIR: z.string().min(1).default(`${repoRoot}client/dist`),
  PUBLIC_URL: z.url().optional(),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  REDIS_STREAM: z
    .string()
    .regex(/^[\w:.-]{1,100}$/)
    .default('aquarium'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
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
}

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
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
  };
};
