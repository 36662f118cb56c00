import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

/** Debian's Chromium: Playwright's own browser download cannot work on these machines. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './tests',
  // Budgets that only catch a hang: every scenario waits on conditions (what a user sees), and on a machine
  // whose cores are busy with other work the same steps take several times longer than on a quiet one.
  timeout: 900_000,
  expect: { timeout: 45_000 },
  // Three scenarios at a time, any scenario on any worker: each scenario makes its own session on the one server
  // and shares nothing with the others in its file, and the one that needs its own nodes (outage) starts them on
  // free ports. A scenario spends most of its time waiting on a browser, a socket or a timer, not computing, so
  // three keep two cores busy; the longest (the 40-phone cockpit) is then the floor of the run, not a whole file.
  // E2E_WORKERS=1 runs them one by one.
  workers: Number(process.env.E2E_WORKERS ?? 3),
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '../.tmp/playwright.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    actionTimeout: 45_000,
    navigationTimeout: 60_000,
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The operator's own command (docs/OPERATIONS.md): the built server on the pinned Node, with its flags.
    command: 'npm run serve',
    cwd: '..',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseURL,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'aquarium-e2e-')),
      LOG_LEVEL: 'warn',
      // Every actor of every scenario (up to 200 scripted phones) comes from 127.0.0.1: the per-address limits
      // that stop a script on a public server would stop the scenarios. They have tests of their own.
      JOINS_PER_MINUTE: '100000',
      SESSIONS_PER_MINUTE: '100000',
      CONNECTIONS_PER_ADDRESS: '100000',
    },
  },
});
