import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn, urls } from './support.ts';

/**
 * The contact log (D2) on a phone (390 px), in Dutch: Elif, a mentor of De Brug, signs in by
 * the link the API e-mails and logs today's phone call in two taps; the coordinator then sees
 * it on the duo's page.
 */
const ELIF = 'elif.hermans@example.be';
const phone = { width: 390, height: 844 };
const mailDir = join(process.env.TANDEM_E2E_DATA_DIR ?? '', 'mail');

async function mailFiles(): Promise<string[]> {
  try {
    return (await readdir(mailDir)).filter((name) => name.endsWith('.eml')).sort();
  } catch {
    return [];
  }
}

async function newLinkFor(email: string, before: readonly string[]): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const fresh = (await mailFiles()).filter((name) => !before.includes(name)).reverse();
    for (const name of fresh) {
      const mail = await readFile(join(mailDir, name), 'utf8');
      if (!mail.includes(`To: ${email}\r\n`)) continue;
      const link = /(https?:\/\/\S+\/sign-in\/link\?token=[a-z0-9]+)/.exec(mail)?.[1];
      if (link) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no sign-in mail to ${email}`);
}

test('a mentor logs a contact in two taps on a phone; staff see it on the duo page', async ({
  browser,
}) => {
  const context = await browser.newContext({
    locale: 'nl-BE',
    viewport: phone,
    baseURL: urls.web,
  });
  const mentor = await context.newPage();
  await mentor.goto('/portal/de-brug/sign-in');
  const before = await mailFiles();
  await mentor.getByLabel('Je e-mailadres').fill(ELIF);
  await mentor.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(mentor.getByRole('status')).toContainText('Als dit adres bij ons bekend is');
  await mentor.goto(await newLinkFor(ELIF, before));
  await mentor.getByRole('main').getByRole('button', { name: 'Aanmelden' }).click();
  await expect(mentor).toHaveURL(`${urls.web}/portal/de-brug`);

  await mentor.getByRole('link', { name: 'Ik had contact' }).click();
  await expectNoSeriousA11yViolations(mentor);
  expect(await mentor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    phone.width,
  );
  await mentor.getByRole('button', { name: 'Gebeld' }).click();
  await expect(mentor.getByRole('status')).toHaveText('Genoteerd. Bedankt!');
  await expect(mentor.getByText(/Volgend contact uiterlijk op/)).toBeVisible();
  await context.close();

  const staffContext = await browser.newContext({ locale: 'nl-BE', baseURL: urls.web });
  const staff = await staffContext.newPage();
  await signIn(staff, 'coordinator@debrug.example');
  await staff.getByRole('link', { name: 'Mentoring naar werk Antwerpen' }).click();
  await staff.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
  await staff.goto(`${staff.url()}/matching/duos`);
  await staff
    .getByRole('article', { name: 'Elif Hermans en Mehdi Aydin' })
    .getByRole('link', { name: 'Duo bekijken' })
    .click();
  await expect(
    staff.getByRole('heading', { level: 1, name: 'Duo Elif Hermans en Mehdi Aydin' }),
  ).toBeVisible();
  // The newest contact comes first: the one just logged, for the mentor's side.
  const newest = staff.getByRole('row').nth(1);
  await expect(newest).toContainText('Gebeld');
  await expect(newest).toContainText('Mentor');
  await expectNoSeriousA11yViolations(staff);
  await staffContext.close();
});
