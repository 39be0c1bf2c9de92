import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './support.ts';

/**
 * The coach's caseload (D3) on a phone (390 px), in Dutch: Karim, the demo coach of De Brug,
 * opens "Mijn duo’s" and finds his duos most in need first, each saying why. The duo whose
 * contact is overdue leads; a check-in cannot settle that (only a contact can), so the duo
 * waiting on its check-in gets one, in one click from its card, and moves down.
 */
const phone = { width: 390, height: 844 };

test('a coach sees his duos by need and logs a check-in in one click', async ({ page }) => {
  await page.setViewportSize(phone);
  await signIn(page, 'coach@debrug.example');
  await page.getByRole('link', { name: 'De Brug vzw' }).click();
  await page.getByRole('heading', { name: 'Mijn duo’s' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn duo’s' })).toBeVisible();

  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0)).toHaveAccessibleName('Ruben Mahieu en Jana Wellens');
  await expect(cards.nth(0)).toContainText(
    'Contact te laat: het volgende contact was ten laatste op',
  );
  await expect(cards.nth(1)).toHaveAccessibleName('Thomas Lauwers en Kevin Dierckx');
  await expect(cards.nth(1)).toContainText('Geen check-in in 42 dagen');
  await expect(cards.nth(2)).toHaveAccessibleName('Elif Hermans en Mehdi Aydin');
  await expect(cards.nth(2)).toContainText('Opvolging gevraagd bij de laatste check-in.');

  // Its planned end is within 30 days: it is on the short list for the closing steps.
  const endingSoon = page.getByRole('region', { name: 'Binnenkort afgelopen' });
  await expect(
    endingSoon.getByRole('link', { name: 'Thomas Lauwers en Kevin Dierckx' }),
  ).toBeVisible();

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    phone.width,
  );
  await expectNoSeriousA11yViolations(page);

  const slipping = cards.nth(1);
  await slipping.getByText('Check-in noteren').click();
  await expect(slipping.getByLabel('Datum')).not.toHaveValue('');
  await expect(slipping.getByLabel('Met wie')).toHaveValue('both');
  await expectNoSeriousA11yViolations(page);
  await slipping.getByRole('button', { name: /Check-in opslaan/ }).click();

  await expect(page.getByRole('status')).toHaveText(
    'Check-in genoteerd voor Thomas Lauwers en Kevin Dierckx.',
  );
  await expect(cards.nth(0)).toHaveAccessibleName('Ruben Mahieu en Jana Wellens');
  await expect(cards.nth(2)).toHaveAccessibleName('Thomas Lauwers en Kevin Dierckx');
  await expect(cards.nth(2)).not.toContainText('Geen check-in in 42 dagen');
  await expect(cards.nth(2)).toContainText('Laatste check-in:');
  // Saved: the form folds up again rather than inviting a second save.
  await expect(cards.nth(2).getByRole('button', { name: /Check-in opslaan/ })).toBeHidden();
});

test('a refused check-in keeps what the coach typed and says why', async ({ page }) => {
  await signIn(page, 'coach@debrug.example');
  await page.getByRole('link', { name: 'De Brug vzw' }).click();
  await page.getByRole('link', { name: 'Mijn duo’s' }).first().click();
  const card = page.getByRole('article', { name: 'Elif Hermans en Mehdi Aydin' });
  await card.getByText('Check-in noteren').click();
  await card.getByLabel('Datum').fill('2999-01-01');
  await card.getByLabel('Notitie (alleen voor medewerkers)').fill('Gebeld met Elif.');
  await card.getByRole('button', { name: /Check-in opslaan/ }).click();
  await expect(card.getByText('Deze datum ligt in de toekomst.').first()).toBeVisible();
  await expect(card.getByLabel('Datum')).toHaveValue('2999-01-01');
  await expect(card.getByLabel('Notitie (alleen voor medewerkers)')).toHaveValue(
    'Gebeld met Elif.',
  );
  await expectNoSeriousA11yViolations(page);
});

test('on the duo page staff see the coach, the check-ins and the mediation notes', async ({
  page,
}) => {
  await signIn(page, 'coordinator@debrug.example');
  await page.getByRole('link', { name: 'Mijn duo’s' }).first().click();
  await page.getByLabel('Coach').selectOption({ label: 'Karim El Amrani' });
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Duo’s van Karim El Amrani' }),
  ).toBeVisible();
  await page
    .getByRole('article', { name: 'Elif Hermans en Mehdi Aydin' })
    .getByRole('link', { name: /Opvolging en geschiedenis/ })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Duo Elif Hermans en Mehdi Aydin' }),
  ).toBeVisible();
  const coaches = page.getByRole('region', { name: 'Coaches' });
  await expect(coaches).toContainText('Karim El Amrani');
  await expect(coaches).toContainText('(nu)');

  // A change of coach dated before the duo began is refused, and the form keeps the choice.
  await coaches.getByLabel('Coach', { exact: true }).selectOption({ label: 'Sofie Janssens' });
  await coaches.getByLabel('Neemt over op').fill('2001-01-01');
  await coaches.getByRole('button', { name: 'Coach opslaan' }).click();
  await expect(
    coaches.getByText('Deze datum ligt vóór de start van het duo.').first(),
  ).toBeVisible();
  await expect(coaches.getByLabel('Neemt over op')).toHaveValue('2001-01-01');
  await expect(coaches.getByLabel('Coach', { exact: true }).locator('option:checked')).toHaveText(
    'Sofie Janssens',
  );
  await expect(coaches).toContainText('(nu)');

  const mediation = page.getByRole('region', { name: 'Bemiddelingsnotities' });
  await mediation
    .getByLabel('Wat er gebeurde en wat is afgesproken')
    .fill('Samen gezeten: ze spreken voortaan op dinsdag af.');
  await mediation.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('De notitie is opgeslagen.');
  await expect(mediation).toContainText('Samen gezeten: ze spreken voortaan op dinsdag af.');
  await expect(mediation.getByLabel('Wat er gebeurde en wat is afgesproken')).toHaveValue('');

  const checkIns = page.getByRole('region', { name: 'Check-ins' });
  await expect(checkIns.getByRole('listitem').first()).toContainText('Karim El Amrani');
  await expectNoSeriousA11yViolations(page);
});
