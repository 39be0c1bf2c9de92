import { expect, test } from '@playwright/test';
import { dutch, signInByLink } from './portal-mail.ts';
import { expectNoSeriousA11yViolations, signIn, urls } from './support.ts';

/**
 * The end of a duo (E1) and its closing meeting (E2): Samir, a mentee of De Brug, ends his
 * duo early from a phone (390 px), in Dutch, with a confirm step; the coordinator then reads
 * the end and its reason on the duo's page and plans the closing meeting, whose invitation
 * goes to the mentor, the mentee and the coordinator.
 */
const SAMIR = 'samir.haddou@example.be';
const phone = { width: 390, height: 844 };
const pair = 'Marc Wauters en Samir Haddou';

test('a mentee ends his duo early on a phone; staff see why and plan the closing meeting', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'nl-BE', viewport: phone, baseURL: urls.web });
  const mentee = await context.newPage();
  await signInByLink(mentee, 'de-brug', SAMIR, dutch);
  await mentee.getByRole('link', { name: 'Ons duo beëindigen' }).click();
  await expect(
    mentee.getByRole('heading', { level: 1, name: 'Jullie duo beëindigen' }),
  ).toBeVisible();
  await expect(
    mentee.getByText('Je reden zien alleen de medewerkers van de organisatie.', { exact: false }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(mentee);
  expect(await mentee.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    phone.width,
  );
  await mentee.getByRole('radio', { name: 'De mentee heeft werk gevonden' }).check();
  await mentee
    .getByLabel('Wil je er iets over vertellen? (niet verplicht)')
    .fill('Ik begin maandag als logistiek medewerker.');
  await mentee.getByRole('button', { name: 'Verder' }).click();
  await expect(mentee.getByRole('heading', { level: 1, name: 'Ben je zeker?' })).toBeVisible();
  await expectNoSeriousA11yViolations(mentee);
  await mentee.getByRole('button', { name: 'Ja, beëindig ons duo' }).click();
  await expect(mentee.getByRole('status')).toHaveText(
    'Jullie duo is beëindigd. Bedankt voor alles wat jullie samen deden!',
  );
  await expectNoSeriousA11yViolations(mentee);
  await context.close();

  const staffContext = await browser.newContext({ locale: 'nl-BE', baseURL: urls.web });
  const staff = await staffContext.newPage();
  await signIn(staff, 'coordinator@debrug.example');
  await staff.getByRole('link', { name: 'Mentoring naar werk Antwerpen' }).click();
  await staff.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
  const outboxUrl = staff.url().replace(/\/programmes\/.*$/, '/outbox');
  await staff.goto(`${staff.url()}/matching/duos`);
  await staff
    .getByRole('article', { name: pair })
    .getByRole('link', { name: 'Duo bekijken' })
    .click();
  await expect(staff.getByRole('heading', { level: 1, name: `Duo ${pair}` })).toBeVisible();
  const end = staff.getByRole('region', { name: 'Einde van het duo' });
  await expect(end).toContainText('vroegtijdig');
  await expect(end).toContainText('de mentee (Samir Haddou)');
  await expect(end).toContainText('mentee vond werk');
  await expect(end).toContainText('Ik begin maandag als logistiek medewerker.');
  await expectNoSeriousA11yViolations(staff);

  const closing = staff.getByRole('region', { name: 'Slotgesprek' });
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await closing.getByLabel('Datum en uur').fill(`${inAWeek}T14:00`);
  await closing.getByLabel('Plaats en adres (ter plaatse)').fill('De Brug, Lange Kievitstraat 12');
  await closing.getByRole('button', { name: 'Plannen en uitnodigen' }).click();
  await expect(staff.getByRole('status')).toHaveText(
    'Het slotgesprek is gepland. De uitnodigingen zijn onderweg.',
  );
  await expect(closing).toContainText('De Brug, Lange Kievitstraat 12 (Ter plaatse): Gepland');
  await expectNoSeriousA11yViolations(staff);

  // One invitation each to the mentor, the mentee and the coordinator.
  await staff.goto(outboxUrl);
  const invitations = staff.locator('.card', {
    has: staff.getByRole('heading', { name: `Slotgesprek van ${pair}` }),
  });
  await expect(invitations).toHaveCount(3);
  for (const address of ['marc.wauters@example.be', SAMIR, 'coordinator@debrug.example'])
    await expect(invitations.filter({ hasText: address })).toHaveCount(1);
  await staffContext.close();
});
