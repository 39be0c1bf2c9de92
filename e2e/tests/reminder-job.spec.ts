import { expect, test } from '@playwright/test';
import { receivedMails } from './smtp-mail.ts';
import { expectNoSeriousA11yViolations, mailUrls, signIn } from './support.ts';

/**
 * The reminder job over real SMTP, in Dutch: De Brug's coordinator prepares the week's
 * reminders from the outbox page; the demo's overdue duo (Ruben Mahieu and Jana Wellens)
 * gets one each, delivered to the capturing SMTP server with a stop link; a second run
 * prepares none and sends nothing more; Jana follows her stop link on a phone.
 */
const RUBEN = 'ruben.mahieu@example.be';
const JANA = 'jana.wellens@example.be';
const phone = { width: 390, height: 844 };
const isContactReminder = (mail: { envelopeTo: string[]; subject: string }) =>
  mail.subject.startsWith('Tijd voor een contact met ') &&
  mail.envelopeTo.some((to) => to === RUBEN || to === JANA);

test('the reminder job sends one contact reminder to each of the overdue duo, and no second', async ({
  browser,
}) => {
  const staffContext = await browser.newContext({ locale: 'nl-BE', baseURL: mailUrls.web });
  await staffContext.addCookies([{ name: 'tandem_locale', value: 'nl', url: mailUrls.web }]);
  const staff = await staffContext.newPage();
  await signIn(staff, 'coordinator@debrug.example', mailUrls.web);
  await staff.getByRole('link', { name: 'Mentoring naar werk Antwerpen' }).click();
  await staff.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
  await staff.goto(staff.url().replace(/\/programmes\/.*$/, '/outbox'));
  await expect(
    staff.getByRole('heading', { level: 1, name: 'Uit te sturen berichten' }),
  ).toBeVisible();

  const run = staff.getByRole('region', { name: 'Herinneringen' });
  await run.getByRole('button', { name: 'Herinneringen nu klaarzetten' }).click();
  await expect(run.getByRole('status')).toHaveText(/^\d+ herinneringen klaargezet\.$/);

  const [toJana, toRuben] = (await receivedMails(isContactReminder, 2)).sort((a, b) =>
    (a.envelopeTo[0] ?? '').localeCompare(b.envelopeTo[0] ?? ''),
  );
  expect(toJana?.envelopeTo).toEqual([JANA]);
  expect(toJana?.subject).toBe('Tijd voor een contact met Ruben Mahieu?');
  expect(toRuben?.envelopeTo).toEqual([RUBEN]);
  expect(toRuben?.subject).toBe('Tijd voor een contact met Jana Wellens?');
  for (const mail of [toJana, toRuben]) {
    expect(mail?.headers['content-language']).toBe('nl');
    expect(mail?.text).toContain('Zet ze met één klik stop:');
  }
  const stopLink = /(http:\/\/\S+\/reminders\/stop\?token=\S+)/.exec(toJana?.text ?? '')?.[1];
  expect(stopLink?.startsWith(`${mailUrls.web}/reminders/stop?token=`)).toBe(true);

  await run.getByRole('button', { name: 'Herinneringen nu klaarzetten' }).click();
  await expect(run.getByRole('status')).toHaveText(
    'Geen nieuwe herinneringen: wie er een nodig had, kreeg ze deze week al.',
  );
  // Once the outbox holds no reminder still to send, the server has all it will get.
  const reminders = staff.locator('.card', { hasText: 'Herinnering: contact in het duo' });
  await expect(reminders.filter({ hasText: RUBEN })).toHaveCount(1);
  await expect(reminders.filter({ hasText: JANA })).toHaveCount(1);
  await expect(async () => {
    await staff.reload();
    await expect(reminders.filter({ hasNotText: 'Verstuurd' })).toHaveCount(0);
  }).toPass();
  await expectNoSeriousA11yViolations(staff);
  expect(await receivedMails(isContactReminder, 2)).toHaveLength(2);
  await staffContext.close();

  const context = await browser.newContext({ locale: 'nl-BE', viewport: phone });
  const page = await context.newPage();
  await page.goto(stopLink ?? '');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Herinneringen stopzetten' }),
  ).toBeVisible();
  await expect(page.getByText('De Brug vzw')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Herinneringen stopzetten' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Klaar: je krijgt geen herinneringen meer. In je portaal kun je ze weer aanzetten.',
  );
  await context.close();
});
