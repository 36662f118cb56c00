import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { reduceAll } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../src/storage/sqlite.js';
import { startServer, tempDataDir, type TestServer } from './helper.js';

const run = promisify(execFile);
const serverDir = fileURLToPath(new URL('..', import.meta.url));

/** The operator's command from docs/OPERATIONS.md, as built: `node server/dist/backup.js …`. */
const backupTool = (dataDir: string, ...args: string[]) =>
  run(process.execPath, ['dist/backup.js', ...args], { cwd: serverDir, env: { ...process.env, DATA_DIR: dataDir } });

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('SQLite backup and restore (docs/OPERATIONS.md)', () => {
  it('backs up online while the scribe keeps writing, and the restored file holds every event of the backup', async () => {
    server = await startServer();
    const session = await server.createSession();
    const scribe = await server.connect(session.tokens.scribe);

    // Notes keep arriving during the backup: it must not stop the server or tear the copy.
    let writing = true;
    let sent = 0;
    const writer = (async () => {
      while (writing) {
        const ack = await scribe.send('note:add', {
          noteId: `n${sent}`,
          text: `Muistiinpano ${sent}`,
          questionId: 'q1',
        });
        expect(ack.ok).toBe(true);
        sent++;
      }
    })();
    while (sent < 20) await new Promise((r) => setImmediate(r));
    const backupFile = join(tempDataDir(), 'aquarium-backup.sqlite');
    const { stdout } = await backupTool(server.dataDir, 'backup', backupFile);
    expect(stdout).toContain('backed up');
    writing = false;
    await writer;

    const restoredDir = tempDataDir();
    await backupTool(restoredDir, 'restore', backupFile);
    const restored = openSqliteStorage(join(restoredDir, 'aquarium.sqlite'));
    const live = await server.storage.loadEvents(session.sessionId);
    const copy = await restored.loadEvents(session.sessionId);
    await restored.close();

    // A consistent prefix of the live log: nothing torn, nothing invented, gap-free.
    expect(copy.length).toBeGreaterThan(20);
    expect(copy).toEqual(live.slice(0, copy.length));
    expect(copy.map((e) => e.seq)).toEqual(copy.map((_, i) => i + 1));
    expect(Object.keys(reduceAll(null, copy)!.notes).length).toBe(copy.length - 1);
  });

  it('refuses to restore a file that is not a sound Aquarium database, and leaves the data alone', async () => {
    const dir = tempDataDir();
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'this is not a database');
    await expect(backupTool(dir, 'restore', junk)).rejects.toMatchObject({
      stderr: expect.stringContaining('restore failed'),
    });
  });
});
