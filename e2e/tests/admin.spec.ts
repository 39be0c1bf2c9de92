import { expect, test } from '@playwright/test';
import { chooseDutch, expectNoSeriousA11yViolations, signIn, urls } from './support.ts';

test('only platform operators can use the admin console', async ({ page }) => {
  await signIn(page, 'admin@debrug.example', urls.admin);
  await expect(page.locator('.error-summary')).toContainText(
    'Alleen platformbeheerders kunnen de beheeromgeving gebruiken.',
  );
  await page.goto(`${urls.admin}/organisations`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test('an operator creates an organisation whose first administrator then sets a password', async ({
  page,
  browser,
}) => {
  await signIn(page, 'operator@tandem.example', urls.admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisaties' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'De Brug vzw' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Nieuwe organisatie' }).click();
  const stamp = Date.now();
  const organisation = `Samen Sterk ${stamp}`;
  await page.getByLabel('Naam van de organisatie').fill(organisation);
  await page.getByLabel('Korte naam').fill(`samen-sterk-${stamp}`);
  await page.getByLabel('Naam van de eerste beheerder').fill('Sara Peeters');
  await page
    .getByLabel('E-mailadres van de eerste beheerder')
    .fill(`sara.${stamp}@samensterk.example`);
  await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: `${organisation} is aangemaakt` }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Link kopiëren' })).toBeVisible();
  const link = await page.getByLabel('Eenmalige link').inputValue();
  expect(link).toContain('/set-password?token=');

  // The new administrator opens the link in a browser of their own.
  const context = await browser.newContext({ locale: 'nl-BE' });
  await chooseDutch(context);
  const person = await context.newPage();
  await person.goto(link);
  await expect(person.getByRole('heading', { level: 1, name: 'Kies je wachtwoord' })).toBeVisible();
  await person.getByLabel('Nieuw wachtwoord').fill('fietsen langs de schelde');
  await person.getByLabel('Herhaal het wachtwoord').fill('fietsen langs de schelde');
  await person.getByRole('button', { name: 'Wachtwoord bewaren en aanmelden' }).click();
  await expect(person).toHaveURL(/\/o\/[^/]+\/programmes$/);
  await expect(person.getByText('Aangemeld als Sara Peeters')).toBeVisible();
  await expect(person.locator('.organisation-bar')).toContainText(organisation);
  await context.close();
});

test('an operator groups organisations in a network', async ({ page }) => {
  await signIn(page, 'operator@tandem.example', urls.admin);
  await page.getByRole('link', { name: 'Netwerken' }).click();
  const network = `Mentoring Vlaanderen ${Date.now()}`;
  await page.getByLabel('Naam van het netwerk').fill(network);
  await page.getByRole('button', { name: 'Netwerk aanmaken' }).click();

  const card = page.locator('.card', { has: page.getByRole('heading', { name: network }) });
  await expect(card.getByText('Nog geen aangesloten organisaties.')).toBeVisible();
  await card.getByLabel('Organisatie toevoegen').selectOption({ label: 'De Brug vzw' });
  await card.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(card.getByRole('listitem').filter({ hasText: 'De Brug vzw' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await card.getByRole('button', { name: `De Brug vzw verwijderen uit ${network}` }).click();
  await expect(card.getByText('Nog geen aangesloten organisaties.')).toBeVisible();
});
