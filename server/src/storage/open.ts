import { join } from 'node:path';
import type { Config } from '../config.js';
import { openPostgresStorage } from './postgres.js';
import { openSqliteStorage } from './sqlite.js';
import type { Storage } from './storage.js';

/** PostgreSQL when `DATABASE_URL` is set (several server nodes can share it), else the embedded SQLite file. */
export const openStorage = async (config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Storage> =>
  config.databaseUrl
    ? openPostgresStorage(config.databaseUrl)
    : openSqliteStorage(join(config.dataDir, 'aquarium.sqlite'));
