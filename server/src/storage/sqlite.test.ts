import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeStorageContract } from '../../test/kit/storageContract.js';
import { openSqliteStorage } from './sqlite.js';

describeStorageContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aquarium-storage-'));
  const file = join(dir, 'aquarium.sqlite');
  const storage = openSqliteStorage(file);
  return {
    storage,
    // A second connection to the same file, as a second process would have.
    openAnother: async () => openSqliteStorage(file),
    async eventVersion(sessionId, seq, rewrite) {
      const raw = new Database(file);
      if (rewrite !== undefined)
        raw.prepare('UPDATE events SET v = ? WHERE session_id = ? AND seq = ?').run(rewrite, sessionId, seq);
      const row = raw
        .prepare<[string, number], { v: number }>('SELECT v FROM events WHERE session_id = ? AND seq = ?')
        .get(sessionId, seq);
      raw.close();
      return row!.v;
    },
    async cleanup() {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
