import { systemClock, randomIds } from './clock.js';
import { loadConfig } from './config.js';
import { createApp } from './app.js';
import { loggerOptions } from './logging.js';
import { redisAdapter } from './realtime/redis.js';
import { openStorage } from './storage/open.js';

// A safety net: every socket handler answers a failure itself; one that does not is logged, never fatal
// (a database lost for a few seconds must not take every node down).
process.on('unhandledRejection', (err) => console.error('unhandled rejection:', err));

const config = loadConfig();
const storage = await openStorage(config);
const redis = config.redisUrl ? await redisAdapter(config.redisUrl, config.redisStream) : null;
const { app } = await createApp({
  adapter: redis?.adapter,
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
