import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from './helper.js';
import { startArgs } from './process.js';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../..', import.meta.url));
const unit = readFileSync(join(repo, 'deploy/systemd/aquarium.service'), 'utf8');

describe('the systemd unit in deploy/systemd', () => {
  it('starts the built server on the pinned Node with the flags of `npm run serve`, as this checkout has them', () => {
    const execStart = /^ExecStart=(\S+) (.*)$/m.exec(unit);
    const workDir = /^WorkingDirectory=(\S+)$/m.exec(unit)?.[1];
    expect(execStart?.[1]).toBe('/opt/aquarium/.tools/bin/node');
    expect(workDir).toBe('/opt/aquarium/server');
    expect(execStart![2]!.split(' ')).toEqual(startArgs());
    const script = execStart![2]!.split(' ').pop()!;
    expect(existsSync(join(repo, 'server', script)), `server/${script} is built`).toBe(true);
  });

  // systemd's own checker, on the unit with /opt/aquarium standing for this checkout.
  it('passes systemd-analyze verify, and its hardening rates "OK" on systemd\'s exposure scale', async () => {
    const file = join(tempDataDir(), 'aquarium.service');
    writeFileSync(file, unit.replaceAll('/opt/aquarium', repo.replace(/\/$/, '')));
    await run('systemd-analyze', ['verify', file]);
    const { stdout } = await run('systemd-analyze', ['security', '--offline=true', file]);
    const exposure = Number(/Overall exposure level for aquarium\.service: ([\d.]+)/.exec(stdout)?.[1]);
    expect(exposure).toBeLessThanOrEqual(2);
  });
});
