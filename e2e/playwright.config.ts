import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { mailPorts, mailUrls, ports, urls } from './tests/support.ts';

// Set once in the main process; the workers inherit them, so all agree on the data folders.
process.env.TANDEM_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'tandem-e2e-'));
process.env.TANDEM_E2E_SMTP_DIR ??= mkdtempSync(join(tmpdir(), 'tandem-e2e-smtp-'));
const smtpDir = process.env.TANDEM_E2E_SMTP_DIR;

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
    : [
        {
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
        {
          command: 'node --import tsx smtp-capture.ts',
          port: mailPorts.smtp,
          timeout: 30_000,
          reuseExistingServer: false,
          gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
          env: {
            SMTP_CAPTURE_PORT: String(mailPorts.smtp),
            SMTP_CAPTURE_DIR: join(smtpDir, 'received'),
          },
        },
        {
          command: 'node ../scripts/serve.mjs',
          url: `${mailUrls.web}/sign-in`,
          timeout: 120_000,
          reuseExistingServer: false,
          gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
          stdout: 'pipe',
          env: {
            API_PORT: String(mailPorts.api),
            WEB_PORT: String(mailPorts.web),
            ADMIN_PORT: String(mailPorts.admin),
            WEB_URL: mailUrls.web,
            TANDEM_DATA_DIR: join(smtpDir, 'data'),
            TANDEM_FRESH: '1',
            LOG_LEVEL: 'warn',
            SMTP_URL: `smtp://127.0.0.1:${mailPorts.smtp}`,
            MAIL_FROM: 'Tandem <no-reply@tandem.example>',
            // Mail follows within a second, as the tests wait for it.
            OUTBOX_INTERVAL_SECONDS: '1',
          },
        },
      ],
});
