import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Copies the live SQLite file to `destination` with SQLite's online backup API: consistent while the server
 * keeps writing (WAL readers do not block it), so a backup needs no downtime.
 */
export const backupSqlite = async (file: string, destination: string): Promise<{ pages: number }> => {
  if (!existsSync(file)) throw new Error(`no database at ${file}`);
  mkdirSync(dirname(destination), { recursive: true });
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const done = await db.backup(destination);
    return { pages: done.totalPages };
  } finally {
    db.close();
  }
};

/** Why a backup file cannot be restored, or null when it is a sound Aquarium database. */
export const checkBackup = (backup: string): string | null => {
  if (!existsSync(backup)) return `no file at ${backup}`;
  const db = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `integrity check failed: ${String(integrity)}`;
    const events = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get();
    return events ? null : 'not an Aquarium database (no events table)';
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    db.close();
  }
};

/**
 * Puts a backup in place of the database file. The server must be stopped: its open connection would keep
 * writing to the old file. The old file is kept beside it (`.before-restore`) until the operator removes it.
 */
export const restoreSqlite = (backup: string, file: string): void => {
  const problem = checkBackup(backup);
  if (problem) throw new Error(problem);
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file)) renameSync(file, `${file}.before-restore`);
  for (const side of ['-wal', '-shm']) rmSync(`${file}${side}`, { force: true });
  copyFileSync(backup, `${file}.restoring`);
  renameSync(`${file}.restoring`, file);
};
