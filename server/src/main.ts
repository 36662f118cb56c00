import { systemClock, randomIds } from './clock.js';
import { loadConfig } from './config.js';
import { createApp } from './app.js';
import { loggerOptions } from './logging.js';
import { openStorage } from './storage/open.js';

// A safety net: every socket handler answers a failure itself; one that does not is logged, never fatal
// (a database lost for a few seconds must not take every node down).
process.on('unhandledRejection', (err) => console.error('unhandled rejection:', err));

const config = loadConfig();
const storage = await openStorage(config);
// The Redis client is loaded only when configured: a single node never loads it.
const redis = config.redisUrl
  ? await (await import('./realtime/redis.js')).redisAdapter(config.redisUrl, config.redisStream)
  : null;
const { app } = await createApp({
  adapter: redis?.adapter,
  limitStore: redis?.client,
  limitPrefix: config.redisStream,
  trustProxy: config.trustProxy,
  maxParticipants: config.limits.maxParticipants,
  joinFailuresPerMinute: config.limits.joinFailuresPerMinute,
  joinsPerMinute: config.limits.joinsPerMinute,
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
  logger: loggerOptions(config.logLevel),
});

const shutdown = async () => {
  await app.close();
  await storage.close();
  await redis?.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

await app.listen({ port: config.port, host: config.host });
console.log(`Aquarium is running at ${config.publicUrl}`);
