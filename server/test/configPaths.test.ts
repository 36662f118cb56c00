// Folders named in the environment: a relative one is taken from where the server was started.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('DATA_DIR and CLIENT_DIR', () => {
  it('resolve a relative path against the working directory, and keep an absolute one', () => {
    const config = loadConfig({ DATA_DIR: 'tmp/data', CLIENT_DIR: '../client/dist' });
    expect(config.dataDir).toBe(join(process.cwd(), 'tmp/data'));
    expect(config.clientDir).toBe(join(process.cwd(), '../client/dist'));
    expect(loadConfig({ DATA_DIR: '/var/lib/aquarium' }).dataDir).toBe('/var/lib/aquarium');
  });
});
