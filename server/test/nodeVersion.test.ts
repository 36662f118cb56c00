import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const systemNode = '/usr/bin/node';
const versionOf = (node: string) => spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim().slice(1);
const major = (version: string) => version.split('.')[0];

describe('a wrong Node.js', () => {
  it('is refused with a sentence naming the Node the release needs, before anything else loads', async () => {
    // The check as the build makes it, for a release pinned to another major than the Node running it.
    const dir = mkdtempSync(join(tmpdir(), 'aquarium-node-'));
    try {
      const other = `${Number(major(process.versions.node)) + 1}.0.0`;
      await build({
        entryPoints: [join(serverDir, 'src/nodeVersion.ts')],
        outfile: join(dir, 'dist', 'check.js'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        define: { AQUARIUM_NODE: JSON.stringify(other) },
        logLevel: 'silent',
      });
      const run = spawnSync(process.execPath, [join(dir, 'dist', 'check.js')], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`Aquarium needs Node.js ${major(other)} (built and tested on ${other}`);
      expect(run.stderr).toContain(`this is Node.js ${process.versions.node}`);
      expect(run.stderr).toContain('npm run serve');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!existsSync(systemNode) || major(versionOf(systemNode)) === major(process.versions.node))(
    "is refused when the built server and the backup tool are started with the machine's own Node (Debian's)",
    async () => {
      for (const program of [['dist/main.js'], ['dist/backup.js', 'backup', join(tmpdir(), 'never-written.sqlite')]]) {
        const dataDir = mkdtempSync(join(tmpdir(), 'aquarium-node-'));
        const run = spawnSync(systemNode, program, {
          cwd: serverDir,
          encoding: 'utf8',
          env: { ...process.env, PORT: '0', DATA_DIR: dataDir },
          timeout: 30_000,
        });
        rmSync(dataDir, { recursive: true, force: true });
        expect(run.status).toBe(1);
        expect(run.stderr).toContain(`Aquarium needs Node.js ${major(process.versions.node)}`);
        expect(run.stderr).toContain(`this is Node.js ${versionOf(systemNode)}`);
        expect(run.stderr).not.toContain('NODE_MODULE_VERSION');
      }
    },
    120_000,
  );
});
