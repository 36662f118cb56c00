import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { freePort } from './process.js';

/** Resolves once something accepts TCP connections on the port, or rejects after `ms`. */
export const waitForPort = async (port: number, ms = 10_000) => {
  const start = Date.now();
  while (Date.now() - start < ms) {
    const ok = await new Promise<boolean>((resolve) => {
      const c = createConnection({ port, host: '127.0.0.1' });
      c.once('connect', () => {
        c.destroy();
        resolve(true);
      });
      c.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listens on ${port}`);
};

/**
 * A private `redis-server` on a random port that the test may kill and start again: the machine's shared
 * Redis is never touched.
 */
export const privateRedis = async () => {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await waitForPort(port);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    /** Gone at once, as a crashed Redis is: connections reset, new ones refused. */
    stop: () => {
      child?.kill('SIGKILL');
      child = null;
    },
    start,
    close: () => child?.kill('SIGKILL'),
  };
};

/**
 * A TCP proxy the test controls, in front of the shared PostgreSQL: `cut()` resets every connection and
 * refuses new ones (as a stopped database does), `restore()` lets them through again. The database itself
 * is never stopped.
 */
export const tcpProxy = async (targetHost: string, targetPort: number) => {
  const port = await freePort();
  const open = new Set<Socket>();
  let server: Server | null = null;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = createConnection({ host: targetHost, port: targetPort });
        open.add(client);
        open.add(upstream);
        const end = () => {
          client.destroy();
          upstream.destroy();
          open.delete(client);
          open.delete(upstream);
        };
        client.on('error', end).on('close', end);
        upstream.on('error', end).on('close', end);
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => resolve());
    });
  await listen();
  return {
    port,
    async cut() {
      const s = server;
      server = null;
      for (const sock of open) sock.destroy();
      open.clear();
      await new Promise<void>((resolve) => (s ? s.close(() => resolve()) : resolve()));
    },
    async restore() {
      if (!server) await listen();
    },
    async close() {
      await this.cut();
    },
  };
};

/** The same database URL, through the proxy. */
export const viaProxy = (url: string, port: number) => {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(port);
  return u.toString();
};
