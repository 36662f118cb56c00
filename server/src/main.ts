// First: a wrong Node.js is told so before any native module loads.
import './nodeVersion.js';
import { systemClock, randomIds } from './clock.js';
import { loadConfig } from './config.js';
import { createApp } from './app.js';
import { log, setLog } from './log.js';
import { createLogger } from './logging.js';
import { openStorage } from './storage/open.js';

const config = loadConfig();
setLog(createLogger(config.logLevel));

// A safety net: every socket handler answers a failure itself; one that does not is logged, never fatal
// (a database lost for a few seconds must not take every node down).
process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));

const storage = await openStorage(config);
// The Redis client is loaded only when configured: a single node never loads it.
const redis = config.redisUrl
  ? await (await import('./realtime/redis.js')).redisAdapter(config.redisUrl, config.redisStream)
  : null;
const { app, drain } = await createApp({
  adapter: redis?.adapter,
  limitStore: redis?.client,
  limitPrefix: config.redisStream,
  trustProxy: config.trustProxy,
  maxParticipants: config.limits.maxParticipants,
  sessionsPerMinute: config.limits.sessionsPerMinute,
  joinFailuresPerMinute: config.limits.joinFailuresPerMinute,
  venueJoinFailuresPerMinute: config.limits.venueJoinFailuresPerMinute,
  joinsPerMinute: config.limits.joinsPerMinute,
  venueJoinsPerMinute: config.limits.venueJoinsPerMinute,
  downloadsPerMinute: config.limits.downloadsPerMinute,
  connectionsPerAddress: config.limits.connectionsPerAddress,
  connectionsPerToken: config.limits.connectionsPerToken,
  renderWorkers: config.renderWorkers,
  ...(redis ? { broadcast: redis.status } : {}),
  // Only PostgreSQL can be shared; several nodes on it decide sequence numbers in the database.
  sharedStorage: config.databaseUrl !== null,
  storage,
  clock: systemClock,
  ids: randomIds,
  publicUrl: config.publicUrl,
  retentionDays: config.retentionDays,
  clientDir: config.clientDir,
  loggerInstance: log,
  metricsToken: config.metricsToken,
  sessionIdleMs: config.sessionIdleMs,
});

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'draining: finishing queued commands, then closing');
  // Past the deadline the process goes anyway; acknowledged commands are on disk already.
  setTimeout(() => {
    log.error({ deadlineMs: config.shutdownMs }, 'shutdown deadline passed; exiting');
    process.exit(1);
  }, config.shutdownMs).unref();
  await drain();
  await app.close();
  await storage.close();
  await redis?.close();
  log.info('stopped');
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
log.info({ url: config.publicUrl }, 'Aquarium is running');
