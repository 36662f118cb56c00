import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Storage } from './storage.js';

/**
 * PostgreSQL when `DATABASE_URL` is set (several server nodes can share it), else the embedded SQLite file.
 * Each engine's module (and its driver) is loaded only when configured: a SQLite node never loads `pg`.
 */
export const openStorage = async (config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Storage> =>
  config.databaseUrl
    ? (await import('./postgres.js')).openPostgresStorage(config.databaseUrl)
    : (await import('./sqlite.js')).openSqliteStorage(join(config.dataDir, 'aquarium.sqlite'));
