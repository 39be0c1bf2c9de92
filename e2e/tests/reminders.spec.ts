import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { mailFiles, newLinkFor } from './portal-mail.ts';
import { expectNoSeriousA11yViolations, signIn, urls } from './support.ts';

/**
 * Stopping reminders on a phone, in Dutch: Mehdi opens the stop link of a reminder (made as
 * the API makes it, with the secret the server keeps in its data folder), presses the one
 * button and is stopped; in his portal the switch shows it, and turns them back on.
 */
const MEHDI = 'mehdi.aydin@example.be';
const phone = { width: 390, height: 844 };

async function stopLink(tenantId: string, applicationId: string) {
  const secret = (
    await readFile(join(process.env.TANDEM_E2E_DATA_DIR ?? '', 'server-secret'), 'utf8')
  ).trim();
  const payload = `${tenantId}.${applicationId}`;
  const signature = createHmac('sha256', secret)
    .update(`reminders.stop\n${payload}`)
    .digest('base64url');
  return `/reminders/stop?${new URLSearchParams({ token: `${payload}.${signature}` })}`;
}

test('a stop link stops reminders with one button; the portal switch turns them back on', async ({
  browser,
}) => {
  const staffContext = await browser.newContext({ locale: 'nl-BE', baseURL: urls.web });
  const staff = await staffContext.newPage();
  await signIn(staff, 'coordinator@debrug.example');
  await staff.getByRole('link', { name: 'Mentoring naar werk Antwerpen' }).click();
  await staff.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
  await staff.goto(`${staff.url()}/applications?search=mehdi`);
  await staff.getByRole('link', { name: 'Mehdi Aydin' }).click();
  await staff.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
  const [, tenantId = '', applicationId = ''] =
    /\/o\/([0-9a-f-]{36})\/programmes\/[0-9a-f-]{36}\/applications\/([0-9a-f-]{36})$/.exec(
      staff.url(),
    ) ?? [];
  await staffContext.close();

  const context = await browser.newContext({ locale: 'nl-BE', viewport: phone, baseURL: urls.web });
  const page = await context.newPage();
  const link = await stopLink(tenantId, applicationId);

  // An altered link stops nothing and says so.
  await page.goto(link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
  await expect(page.getByRole('alert')).toHaveText(
    'Deze link om herinneringen stop te zetten klopt niet. Gebruik de link uit de laatste e-mail, of zet ze uit in je portaal.',
  );
  await expect(page.getByRole('button', { name: 'Herinneringen stopzetten' })).toHaveCount(0);

  await page.goto(link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Herinneringen stopzetten' }),
  ).toBeVisible();
  await expect(page.getByText('De Brug vzw')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    phone.width,
  );
  await page.getByRole('button', { name: 'Herinneringen stopzetten' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Klaar: je krijgt geen herinneringen meer. In je portaal kun je ze weer aanzetten.',
  );
  // Opened again (as a mail scanner would): already stopped, nothing to press.
  await page.goto(link);
  await expect(page.getByRole('status')).toHaveText('Je herinneringen staan al uit.');

  await page.goto('/portal/de-brug/sign-in');
  const before = await mailFiles();
  await page.getByLabel('Je e-mailadres').fill(MEHDI);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(page.getByRole('status')).toContainText('Als dit adres bij ons bekend is');
  await page.goto(await newLinkFor(MEHDI, before));
  await page.getByRole('main').getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL(`${urls.web}/portal/de-brug`);

  const reminders = page.getByRole('switch', { name: 'Herinneringen per e-mail' });
  await expect(reminders).toHaveAttribute('aria-checked', 'false');
  await expect(reminders).toHaveText('Uit: tik om ze weer aan te zetten');
  await expectNoSeriousA11yViolations(page);
  await reminders.click();
  await expect(reminders).toHaveAttribute('aria-checked', 'true');
  await expect(reminders).toHaveText('Aan: tik om ze uit te zetten');
  await page.reload();
  await expect(reminders).toHaveAttribute('aria-checked', 'true');
  await page.goto(link);
  await expect(page.getByRole('button', { name: 'Herinneringen stopzetten' })).toBeVisible();

  await page.goto('/portal/de-brug');
  await reminders.click();
  await expect(reminders).toHaveAttribute('aria-checked', 'false');
  await context.close();
});
