#!/usr/bin/env node
// Runs the pinned pnpm on the pinned Node without needing either installed: a fresh machine has only some
// Node and npm. The first call installs both into ./.tools with npm (the registry ships Node itself as the
// package node-<os>-<arch>, headers included); later calls reuse them. Every script pnpm runs then finds
// the pinned `node` first on its PATH, so the build, the tests and the server all run on the Node we test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolsDir = join(root, '.tools');
const pin = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const PNPM_VERSION = pin.packageManager.replace(/^pnpm@/, '');
const NODE_VERSION = readFileSync(join(root, '.node-version'), 'utf8').trim();

const npmInstall = (prefix, spec) => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--prefix', prefix, '--no-save', '--no-package-lock', spec], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

/** The pinned Node: this one when it already is that version, else the registry's build in .tools/node. */
const pinnedNode = () => {
  if (process.versions.node === NODE_VERSION) return { bin: process.execPath, home: null };
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const pkg = `node-${platform}-${process.arch}`;
  const home = join(toolsDir, 'node', 'node_modules', pkg);
  const bin = join(home, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  const installed = existsSync(join(home, 'package.json'))
    ? JSON.parse(readFileSync(join(home, 'package.json'), 'utf8')).version
    : null;
  if (installed !== NODE_VERSION) npmInstall(join(toolsDir, 'node'), `${pkg}@${NODE_VERSION}`);
  return { bin, home };
};

const pnpmBin = join(toolsDir, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
const pnpmInstalled = existsSync(pnpmBin)
  ? JSON.parse(readFileSync(join(toolsDir, 'node_modules', 'pnpm', 'package.json'), 'utf8')).version
  : null;
if (pnpmInstalled !== PNPM_VERSION) npmInstall(toolsDir, `pnpm@${PNPM_VERSION}`);

const node = pinnedNode();
// A stable path to the pinned Node for whatever runs the built server without pnpm (systemd, a shell).
const link = join(toolsDir, 'bin', 'node');
if (process.platform !== 'win32' && (!existsSync(link) || readlinkSync(link) !== node.bin)) {
  mkdirSync(dirname(link), { recursive: true });
  rmSync(link, { force: true });
  symlinkSync(node.bin, link);
}
const env = { ...process.env };
if (node.home) {
  env.PATH = `${dirname(node.bin)}${delimiter}${env.PATH ?? ''}`;
  // Native modules (better-sqlite3) compile against the pinned Node's own headers: no download.
  env.npm_config_nodedir = node.home;
} else if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) {
  // better-sqlite3 compiles from source when no prebuilt binary can be downloaded; point node-gyp at the
  // headers of the installed Node so it does not try to download them.
  env.npm_config_nodedir = '/usr';
}

const run = spawnSync(node.bin, [pnpmBin, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
