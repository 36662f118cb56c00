import { Pool } from 'pg';
import { describe, expect, it } from 'vitest';
import { describeStorageContract } from '../../test/kit/storageContract.js';
import { openPostgresStorage } from './postgres.js';
import { postgresMigrations } from './postgresMigrations.js';
import { freshSchema } from '../../test/kit/freshSchema.js';

// e.g. postgres://aquarium:secret@127.0.0.1:5432/aquarium_test; .ci/run sets it up.
const url = process.env.TEST_DATABASE_URL;

describe('PostgreSQL test database', () => {
  // CI must not pass by skipping the PostgreSQL half of the contract.
  it.runIf(process.env.CI === 'true')('is given in CI as TEST_DATABASE_URL', () => {
    expect(url, 'TEST_DATABASE_URL is not set').toBeTruthy();
  });
});

describe.skipIf(!url)('PostgreSQL storage', () => {
  describeStorageContract('PostgreSQL', async () => {
    const schema = await freshSchema(url!);
    const storage = await openPostgresStorage(schema.url);
    return {
      storage,
      // A second pool, as a second server node would have.
      openAnother: () => openPostgresStorage(schema.url),
      async eventVersion(sessionId, seq, rewrite) {
        const raw = new Pool({ connectionString: schema.url, max: 1 });
        if (rewrite !== undefined) {
          await raw.query('UPDATE events SET v = $1 WHERE session_id = $2 AND seq = $3', [rewrite, sessionId, seq]);
        }
        const { rows } = await raw.query<{ v: number }>('SELECT v FROM events WHERE session_id = $1 AND seq = $2', [
          sessionId,
          seq,
        ]);
        await raw.end();
        return rows[0]!.v;
      },
      async cleanup() {
        await storage.close();
        await schema.drop();
      },
    };
  });

  it('migrates once when several nodes open an empty database at the same time', async () => {
    const schema = await freshSchema(url!);
    try {
      const storages = await Promise.all([1, 2, 3, 4].map(() => openPostgresStorage(schema.url)));
      const probe = new Pool({ connectionString: schema.url, max: 1 });
      const { rows } = await probe.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY 1');
      await probe.end();
      expect(rows.map((r) => r.version)).toEqual(postgresMigrations.map((_, i) => i + 1));
      await storages[0]!.createSession({ id: 's1', joinCode: 'ABCDEFGH', createdAt: 1, tokens: [], events: [] });
      expect(await storages[3]!.sessionIdByJoinCode('ABCDEFGH')).toBe('s1');
      await Promise.all(storages.map((s) => s.close()));
    } finally {
      await schema.drop();
    }
  });

  it('keeps its data across reopening', async () => {
    const schema = await freshSchema(url!);
    try {
      const first = await openPostgresStorage(schema.url);
      await first.createSession({ id: 's1', joinCode: 'ABCDEFGH', createdAt: 1, tokens: [], events: [] });
      await first.close();
      const second = await openPostgresStorage(schema.url);
      expect(await second.sessionIdByJoinCode('ABCDEFGH')).toBe('s1');
      await second.close();
    } finally {
      await schema.drop();
    }
  });
});
