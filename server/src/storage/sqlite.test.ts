import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStorageContract } from './contract.js';
import { openSqliteStorage } from './sqlite.js';

describeStorageContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aquarium-storage-'));
  const file = join(dir, 'aquarium.sqlite');
  const storage = openSqliteStorage(file);
  return {
    storage,
    // A second connection to the same file, as a second process would have.
    openAnother: async () => openSqliteStorage(file),
    async cleanup() {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
