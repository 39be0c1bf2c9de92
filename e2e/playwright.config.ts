import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { ports, urls } from './tests/support.ts';

// Set once in the main process; the workers inherit it, so all agree on one data folder.
process.env.TANDEM_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'tandem-e2e-'));

// E2E_WEB_URL and E2E_ADMIN_URL (and E2E_API_URL for the partner REST API) point the tests at
// servers that are already running.
const external = Boolean(process.env.E2E_WEB_URL && process.env.E2E_ADMIN_URL);

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: urls.web,
    locale: 'nl-BE',
    viewport: { width: 390, height: 844 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
    },
  },
  webServer: external
    ? undefined
    : {
        command: 'node ../scripts/serve.mjs',
        url: `${urls.admin}/sign-in`,
        timeout: 120_000,
        reuseExistingServer: false,
        // serve.mjs stops its three servers itself on SIGTERM.
        gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
        stdout: 'pipe',
        env: {
          API_PORT: String(ports.api),
          WEB_PORT: String(ports.web),
          ADMIN_PORT: String(ports.admin),
          WEB_URL: urls.web,
          TANDEM_DATA_DIR: process.env.TANDEM_E2E_DATA_DIR,
          TANDEM_FRESH: '1',
          LOG_LEVEL: 'warn',
        },
      },
});
