import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultAquariumSetup, type CreateSessionResponse } from '@aquarium/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, tempDataDir } from './helper.js';
import { freePort, spawnServer } from './process.js';

/** The files an operator installs (docs/OPERATIONS.md): the scrape configuration, the alerts and their unit tests. */
const deployDir = fileURLToPath(new URL('../../deploy/prometheus/', import.meta.url));
const TOKEN = 'prometheus-test-metrics-token-0123';
const which = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
const promtool = which('promtool');
const prometheus = which('prometheus');
if (!promtool || !prometheus) {
  console.warn(
    'promtool/prometheus are not installed (Debian package "prometheus"; .ci/run installs it): ' +
      'the Prometheus configuration tests are skipped',
  );
}

/** The deploy/prometheus files in a directory of their own, with the token file, as /etc/prometheus holds them. */
const installed = () => {
  const dir = mkdtempSync(join(tmpdir(), 'aquarium-prometheus-'));
  for (const file of readdirSync(deployDir)) copyFileSync(join(deployDir, file), join(dir, file));
  writeFileSync(join(dir, 'aquarium-metrics-token'), TOKEN);
  return dir;
};
const run = (args: string[], opts: { cwd?: string; input?: string } = {}) =>
  spawnSync(promtool, args, { encoding: 'utf8', ...opts });

describe.skipIf(!promtool || !prometheus)('the Prometheus configuration in deploy/prometheus', () => {
  let dir: string;
  let node: ChildProcess | undefined;
  let nodePort: number;
  let dataDir: string;
  beforeAll(async () => {
    dir = installed();
    dataDir = tempDataDir();
    nodePort = await freePort();
    node = await spawnServer(nodePort, dataDir, { METRICS_TOKEN: TOKEN });
    // Some traffic, so that every family has samples: a session, a facilitator, a command.
    const base = `http://127.0.0.1:${nodePort}`;
    const res = await fetch(`${base}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ setup: { ...defaultAquariumSetup('fi'), title: 'Valvonta' } }),
    });
    const created = (await res.json()) as CreateSessionResponse;
    const facilitator = await TestClient.connect(base, created.links.facilitator.split('#')[1]!);
    expect((await facilitator.send('session:start', {})).ok).toBe(true);
    facilitator.socket.disconnect();
  }, 60_000);
  afterAll(() => {
    node?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('passes promtool: the scrape configuration, the alert rules, and the alerts’ unit tests', () => {
    for (const args of [
      ['check', 'config', 'prometheus.yml'],
      ['check', 'rules', 'aquarium.rules.yml'],
      ['test', 'rules', 'aquarium.rules.test.yml'],
    ]) {
      const result = run(args, { cwd: dir });
      expect(result.status, `promtool ${args.join(' ')}\n${result.stdout}${result.stderr}`).toBe(0);
    }
  });

  it('finds a running node’s /metrics well formed, with every metric the alerts name', async () => {
    const res = await fetch(`http://127.0.0.1:${nodePort}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const text = await res.text();
    const lint = run(['check', 'metrics'], { input: text });
    // prom-client's own default gauges of Node's handles end in _total; promtool lints that. Nothing else may fail.
    const problems = `${lint.stdout}${lint.stderr}`
      .split('\n')
      .filter((line) => line.trim() !== '')
      .filter((line) => !/^aquarium_nodejs_active_(handles|requests|resources)_total non-counter metrics/.test(line));
    expect(problems).toEqual([]);

    const rules = readFileSync(join(deployDir, 'aquarium.rules.yml'), 'utf8');
    const named = new Set([...rules.matchAll(/\b(aquarium_[a-z0-9_]+)/g)].map((m) => m[1]!.replace(/_bucket$/, '')));
    expect(named.size).toBeGreaterThan(5);
    for (const name of named) expect(text, `${name} is not exported`).toMatch(new RegExp(`^# TYPE ${name} `, 'm'));
  });

  it('lets a real Prometheus scrape the node with the bearer token and load the alerts', async () => {
    // The installed configuration, pointed at this node and scraping every second instead of every 15 s.
    const config = readFileSync(join(dir, 'prometheus.yml'), 'utf8')
      .replace(/targets: \[.*\]/, `targets: ['127.0.0.1:${nodePort}']`)
      .replace(/(scrape|evaluation)_interval: 15s/g, '$1_interval: 1s');
    writeFileSync(join(dir, 'prometheus.yml'), config);
    const port = await freePort();
    const server = spawn(
      prometheus,
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { stdio: 'ignore' },
    );
    try {
      const api = async (path: string) => {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/v1/${path}`);
          return res.ok ? ((await res.json()) as { data: unknown }).data : null;
        } catch {
          return null; // not listening yet
        }
      };
      const value = async (query: string) => {
        const data = (await api(`query?query=${encodeURIComponent(query)}`)) as {
          result: { value: unknown[] }[];
        } | null;
        return data?.result[0]?.value[1] ?? null;
      };
      await expect.poll(() => value('up{job="aquarium"}'), { timeout: 30_000, interval: 250 }).toBe('1');
      await expect.poll(() => value('aquarium_ready'), { timeout: 10_000, interval: 250 }).toBe('1');
      expect(await value('aquarium_commands_total{command="session:start",outcome="ok"}')).toBe('1');
      const rules = (await api('rules')) as { groups: { name: string; rules: { name: string; health: string }[] }[] };
      const group = rules.groups.find((g) => g.name === 'aquarium')!;
      expect(group.rules.length).toBe(10);
      expect(group.rules.every((r) => r.health !== 'err')).toBe(true);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => (server.exitCode === null ? server.once('exit', r) : r(null)));
    }
  }, 60_000);

  it('is where docs/OPERATIONS.md says it is', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/OPERATIONS.md', import.meta.url)), 'utf8');
    for (const file of ['prometheus.yml', 'aquarium.rules.yml', 'aquarium.rules.test.yml']) {
      expect(existsSync(join(deployDir, file))).toBe(true);
      expect(doc).toContain(`deploy/prometheus/${file}`);
    }
  });
});
