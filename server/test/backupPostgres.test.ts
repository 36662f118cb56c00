import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { defaultAquariumSetup, type SessionEvent } from '@aquarium/shared';
import { Pool } from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStorage } from '../src/storage/postgres.js';
import { freshSchema } from './kit/freshSchema.js';
import { tempDataDir } from './helper.js';

const run = promisify(execFile);
const admin = process.env.TEST_DATABASE_URL;

describe.runIf(admin)('PostgreSQL backup and restore (docs/OPERATIONS.md)', () => {
  it('pg_dump, then pg_restore after the data is lost, gives back every event', async () => {
    const { url, drop } = await freshSchema(admin!);
    const schema = new URL(url).searchParams.get('options')!.split('=')[1]!;
    try {
      const storage = await openPostgresStorage(url);
      const events: SessionEvent[] = [
        { seq: 1, at: 1, type: 'session.created', data: { setup: defaultAquariumSetup('fi'), joinCode: 'KQ7FM2XD' } },
        ...Array.from({ length: 30 }, (_, i) => ({
          seq: i + 2,
          at: i + 2,
          type: 'note.added' as const,
          data: {
            note: {
              id: `n${i}`,
              text: `Muistiinpano ${i}`,
              questionId: 'q1',
              phaseId: null,
              themeId: null,
              order: i,
              createdAt: i,
            },
          },
        })),
      ] as SessionEvent[];
      await storage.createSession({ id: 's1', joinCode: 'KQ7FM2XD', createdAt: 1, tokens: [], events: [events[0]!] });
      for (const e of events.slice(1)) await storage.append('s1', { events: [e] });

      // The documented commands; --schema only scopes this shared test database to the test's own schema.
      const dump = join(tempDataDir(), 'aquarium.dump');
      await run('pg_dump', ['--format=custom', `--schema=${schema}`, `--file=${dump}`, admin!]);
      const pool = new Pool({ connectionString: admin, max: 1 });
      await pool.query(`DROP SCHEMA ${schema} CASCADE`);
      await expect(storage.loadEvents('s1')).rejects.toThrow();
      await run('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${admin}`, dump]);
      await pool.end();

      expect(await storage.loadEvents('s1')).toEqual(events);
      expect(await storage.sessionIdByJoinCode('KQ7FM2XD')).toBe('s1');
      await storage.close();
    } finally {
      await drop();
    }
  });
});
