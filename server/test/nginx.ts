// nginx in front of server nodes, as the README deploys it: deploy/nginx/aquarium.conf and aquarium-proxy.conf
// as they are, with only the upstream addresses, the port and TLS changed for loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './process.js';

const template = fileURLToPath(new URL('../../deploy/nginx/aquarium.conf', import.meta.url));
const proxyParams = fileURLToPath(new URL('../../deploy/nginx/aquarium-proxy.conf', import.meta.url));

/** A request from a chosen loopback source address (127.0.0.x), as a phone on its own network. */
export const call = (
  port: number,
  from: string,
  method: string,
  path: string,
  opts: { body?: unknown; headers?: Record<string, string> } = {},
) =>
  new Promise<{ status: number; body: string; setCookie: string[] }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        localAddress: from,
        headers: { ...(opts.body ? { 'content-type': 'application/json' } : {}), ...opts.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, setCookie: res.headers['set-cookie'] ?? [] }));
      },
    );
    req.on('error', reject);
    req.end(opts.body ? JSON.stringify(opts.body) : undefined);
  });

/** nginx from the Debian package, our own process on a loopback port, running the README's config files. */
export const startNginx = async (upstreams: number[]): Promise<{ port: number; process: ChildProcess }> => {
  const dir = mkdtempSync(join(tmpdir(), 'aquarium-nginx-'));
  mkdirSync(join(dir, 'logs'));
  const port = await freePort();
  const site = readFileSync(template, 'utf8')
    .replace(/server 10\.0\.0\.\d+:3001;\n/g, '')
    .replace(
      'upstream aquarium {',
      `upstream aquarium {\n${upstreams.map((p) => `  server 127.0.0.1:${p};`).join('\n')}`,
    )
    .replace('listen 443 ssl;', `listen 127.0.0.1:${port};`)
    .replace(/ {2}ssl_certificate.*\n/g, '')
    .replace('/etc/nginx/aquarium-proxy.conf', proxyParams);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${join(dir, t)};`)
    .join('\n  ');
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'logs', 'error.log')} warn;
events { worker_connections 512; }
http {
  access_log off;
  ${temp}
${site}
}
`,
  );
  const nginx = spawn('/usr/sbin/nginx', ['-c', conf, '-p', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  for (let i = 0; i < 200; i++) {
    if (nginx.exitCode !== null)
      throw new Error(`nginx exited: ${readFileSync(join(dir, 'logs', 'error.log'), 'utf8')}`);
    try {
      if ((await call(port, '127.0.0.1', 'GET', '/api/health')).status === 200) return { port, process: nginx };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  nginx.kill('SIGKILL');
  throw new Error('nginx did not start');
};
