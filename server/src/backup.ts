// Backup and restore of the embedded SQLite database, run beside (backup) or instead of (restore) the server:
//   node server/dist/backup.js backup  <file>   online, while the server runs
//   node server/dist/backup.js restore <file>   with the server stopped
// It reads the same environment as the server (DATA_DIR). PostgreSQL deployments use pg_dump/pg_restore
// (docs/OPERATIONS.md).
// First: a wrong Node.js is told so before any native module loads.
import './nodeVersion.js';
import { join } from 'node:path';
import { loadConfig } from './config.js';
import { backupSqlite, restoreSqlite } from './ops/sqliteBackup.js';

const [action, target] = process.argv.slice(2);
const config = loadConfig();
const file = join(config.dataDir, 'aquarium.sqlite');

if (config.databaseUrl) {
  process.stderr.write('DATABASE_URL is set: back up PostgreSQL with pg_dump (docs/OPERATIONS.md).\n');
  process.exit(2);
}
if ((action !== 'backup' && action !== 'restore') || !target) {
  process.stderr.write('usage: backup.js backup <file> | backup.js restore <file>\n');
  process.exit(2);
}
try {
  if (action === 'backup') {
    const { pages } = await backupSqlite(file, target);
    process.stdout.write(`backed up ${file} to ${target} (${pages} pages)\n`);
  } else {
    restoreSqlite(target, file);
    process.stdout.write(`restored ${target} to ${file}; the previous file is ${file}.before-restore\n`);
  }
} catch (err) {
  process.stderr.write(`${action} failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
