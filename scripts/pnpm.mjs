#!/usr/bin/env node
// Runs the pinned pnpm without needing it installed: a fresh machine has only Node and npm.
// The first call installs pnpm into ./.tools with npm; later calls reuse it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '10.34.8';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolsDir = join(root, '.tools');
const pnpmBin = join(toolsDir, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');

if (!existsSync(pnpmBin)) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    ['install', '--prefix', toolsDir, '--no-save', '--no-package-lock', `pnpm@${PNPM_VERSION}`],
    { stdio: 'inherit', shell: process.platform === 'win32' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const env = { ...process.env };
// better-sqlite3 compiles from source when no prebuilt binary can be downloaded; point node-gyp at the
// headers of the installed Node so it does not try to download them.
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';

const run = spawnSync(process.execPath, [pnpmBin, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
