import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page } from '@playwright/test';

/**
 * Not the development ports, so a developer's running servers and data stay untouched.
 * `E2E_PORT_BASE` moves all three, for two checkouts running their suites side by side.
 */
const base = Number(process.env.E2E_PORT_BASE ?? 4000);
export const ports = { api: base + 100, web: base, admin: base + 1 };

export const urls = {
  web: process.env.E2E_WEB_URL ?? `http://localhost:${ports.web}`,
  admin: process.env.E2E_ADMIN_URL ?? `http://localhost:${ports.admin}`,
  api: process.env.E2E_API_URL ?? `http://127.0.0.1:${ports.api}`,
};

/**
 * A second set of servers with its own data, delivering mail through SMTP the way a
 * deployment does, to a capturing SMTP server (`smtp-capture.ts`): the main set keeps its
 * mail in the outbox, where other tests read and mark it by hand.
 */
export const mailPorts = { web: base + 10, admin: base + 11, api: base + 110, smtp: base + 25 };
export const mailUrls = { web: `http://localhost:${mailPorts.web}` };

/** Every demo account has this password (see packages/db/src/demo-sign-ins.json). */
export const demoPassword = 'tandem-demo-2026';

/**
 * Picks Dutch on this device before signing in. The app keeps that choice for the account,
 * so a test that switched an account to French cannot leak into the next run.
 */
export async function chooseDutch(context: BrowserContext) {
  await context.addCookies([{ name: 'tandem_locale', value: 'nl', url: urls.web }]);
}

export async function signIn(page: Page, email: string, appUrl = urls.web) {
  await chooseDutch(page.context());
  await page.goto(`${appUrl}/sign-in`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

/** axe-core over the whole page; minor and moderate findings are left to review. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(serious).toEqual([]);
}
