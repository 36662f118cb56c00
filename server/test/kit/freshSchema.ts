import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';

/** Tests only: a fresh schema of the test database, and a URL whose connections use it. */
export const freshSchema = async (admin: string) => {
  const schema = `aquarium_test_${randomBytes(6).toString('hex')}`;
  const pool = new Pool({ connectionString: admin, max: 1 });
  await pool.query(`CREATE SCHEMA ${schema}`);
  const scoped = new URL(admin);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: scoped.toString(),
    async drop() {
      await pool.query(`DROP SCHEMA ${schema} CASCADE`);
      await pool.end();
    },
  };
};
