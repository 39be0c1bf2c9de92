import { expect, test } from '@playwright/test';
import { dutch, signInByLink } from './portal-mail.ts';
import { expectNoSeriousA11yViolations, signIn, urls } from './support.ts';

/**
 * Workshops for mentors (D5), in Dutch: the coordinator plans a workshop in De Brug's demo
 * programme and invites the mentors it lists as owed an invitation; Elif, one of them,
 * registers from the portal on her phone and takes the event into her calendar; the
 * coordinator then sees her registered. A plan without a place or link is refused with the
 * values kept.
 */
const ELIF = 'elif.hermans@example.be';
const phone = { width: 390, height: 844 };
const theme = 'Intervisie: het eerste loon en de uitkering';

/** A Belgian wall-clock time some days ahead, as a datetime-local field takes it. */
function daysAhead(days: number) {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T19:00`;
}

test('a coordinator plans a workshop and invites the eligible mentors; a mentor registers from the portal', async ({
  browser,
}) => {
  const staffContext = await browser.newContext({ locale: 'nl-BE', baseURL: urls.web });
  const staff = await staffContext.newPage();
  await signIn(staff, 'coordinator@debrug.example');
  await staff.getByRole('link', { name: 'Mentoring naar werk Antwerpen' }).click();
  await staff.getByRole('link', { name: 'Workshops voor mentoren' }).click();
  await expect(
    staff.getByRole('heading', { level: 1, name: 'Workshops voor mentoren' }),
  ).toBeVisible();
  // The demo workshops: one held with attendance, one coming.
  await expect(staff.getByRole('row', { name: /als je mentee de moed verliest/ })).toContainText(
    '3 · 3 · 2',
  );
  await expectNoSeriousA11yViolations(staff);

  await staff.getByLabel('Thema').fill(theme);
  await staff.getByLabel('Begin (Belgische tijd)').fill(daysAhead(10));
  await staff.getByLabel('Aantal plaatsen').fill('8');
  await staff.getByRole('button', { name: 'Workshop plannen' }).click();
  await expect(staff.getByText('Geef een plaats of een onlinelink op.').first()).toBeVisible();
  await expect(staff.getByLabel('Thema')).toHaveValue(theme);
  await expect(staff.getByLabel('Aantal plaatsen')).toHaveValue('8');
  await staff.getByLabel('Adres').fill('De Brug, zaal 2');
  await staff.getByRole('button', { name: 'Workshop plannen' }).click();
  await expect(
    staff.getByRole('heading', { level: 1, name: new RegExp(`^${theme}, `) }),
  ).toBeVisible();

  // The mentors owed an invitation, each confirmed by its box.
  const invite = staff.getByRole('group', { name: 'Mentoren uitnodigen' });
  await expect(invite.getByLabel(/Elif Hermans/)).toBeChecked();
  await expectNoSeriousA11yViolations(staff);
  await staff.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(staff.getByRole('status')).toHaveText('Opgeslagen.');
  await expect(staff.getByRole('row', { name: /Elif Hermans/ })).toContainText('Uitgenodigd');
  await expect(
    staff.getByText('Geen mentoren die nog een uitnodiging moeten krijgen.'),
  ).toBeVisible();
  const workshopPage = staff.url();

  const context = await browser.newContext({ locale: 'nl-BE', viewport: phone, baseURL: urls.web });
  const mentor = await context.newPage();
  await signInByLink(mentor, 'de-brug', ELIF, dutch);
  await mentor.getByRole('link', { name: 'Je 2 uitnodigingen voor workshops' }).click();
  await expect(mentor.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  const card = mentor.getByRole('region', { name: theme });
  await expect(card).toContainText('Uitgenodigd');
  await expect(card).toContainText('Nog 8 plaatsen vrij');
  await expectNoSeriousA11yViolations(mentor);
  expect(await mentor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    phone.width,
  );
  await card.getByRole('button', { name: 'Ik kom' }).click();
  await expect(card).toContainText('Ingeschreven');
  await expect(card).toContainText('Nog 7 plaatsen vrij');
  await expect(card.getByRole('button', { name: 'Ik kom' })).toHaveCount(0);

  const download = mentor.waitForEvent('download');
  await card.getByRole('link', { name: 'In mijn agenda (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^workshop-\d{4}-\d{2}-\d{2}\.ics$/);
  await context.close();

  await staff.goto(workshopPage);
  await expect(staff.getByRole('row', { name: /Elif Hermans/ })).toContainText('Ingeschreven');
  await staffContext.close();
});
