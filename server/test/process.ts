import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

/** Node's flags and the script of `npm run serve` (server/package.json's start), which the systemd unit repeats. */
export const startArgs = (): string[] => {
  const pkg = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [node, ...args] = pkg.scripts.start.split(' ');
  if (node !== 'node') throw new Error(`server's start script does not run node: ${pkg.scripts.start}`);
  return args;
};

/** A free loopback port. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** The real server as its own process, the built one as `npm start` runs it, on the given port and data directory. */
export const spawnServer = async (
  port: number,
  dataDir: string,
  env: Record<string, string> = {},
  /** How long to wait for it to listen (a busy machine starts it slowly). */
  waitMs = 120_000,
  /** Node's flags and the script; `npm run serve`'s unless a benchmark compares others. */
  args = startArgs(),
): Promise<ChildProcess> => {
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}/api/health`;
  for (const start = Date.now(); Date.now() - start < waitMs;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
};
