import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn, urls } from './support.ts';

test('the sign-in page is accessible and explains a wrong password', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // An address nobody signs in with, so the failed attempt slows down no real account.
  await page.getByLabel('E-mailadres').fill('unknown@debrug.example');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.locator('.error-summary')).toContainText(
    'Het e-mailadres of het wachtwoord klopt niet.',
  );
  await expect(page.getByLabel('E-mailadres')).toHaveValue('unknown@debrug.example');
});

test('a coordinator creates a programme, correcting a refused form on the way', async ({
  page,
}) => {
  await signIn(page, 'coordinator@debrug.example');
  await expect(page).toHaveURL(/\/o\/[^/]+\/programmes$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Programma’s' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Nieuw programma' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw programma' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const name = `Samen aan de slag ${Date.now()}`;
  const reason = page.getByLabel('Waarom duurt het programma korter dan 6 maanden?');
  await page.getByLabel('Naam', { exact: true }).fill(name);
  await page.getByLabel('Beschrijving').fill('Een mentor begeleidt een werkzoekende naar een job.');
  await page.getByLabel('Arabisch').check();
  await page.getByLabel('Frans').check();
  await expect(reason).toBeHidden();
  await page.getByLabel('Geplande duur in maanden').fill('4');
  await expect(reason).toBeVisible();
  await page.getByRole('button', { name: 'Programma aanmaken' }).click();

  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Leg uit waarom het programma korter duurt dan 6 maanden.');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue(name);
  await expect(page.getByLabel('Arabisch')).toBeChecked();
  await expect(page.getByLabel('Geplande duur in maanden')).toHaveValue('4');
  await expectNoSeriousA11yViolations(page);

  await reason.fill('Een kort traject vlak voor de start van een opleiding.');
  await page.getByRole('button', { name: 'Programma aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('4 maanden')).toBeVisible();
  await expect(page.getByText('Frans en Arabisch')).toBeVisible();

  await page.getByRole('link', { name: 'Alle programma’s' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
});

test('the language switch changes the page, and signing out ends the session', async ({ page }) => {
  await signIn(page, 'admin@debrug.example');
  await expect(page.getByRole('heading', { level: 1, name: 'Programma’s' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Programmes' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nouveau programme' })).toBeVisible();
  await expect(page).toHaveTitle('Programmes – Tandem');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('a coach sees programmes without ways to change them', async ({ page }) => {
  await signIn(page, 'coach@debrug.example');
  // The coach works with two organisations, so Tandem asks which one.
  await expect(page.getByRole('heading', { level: 1, name: 'Kies een organisatie' })).toBeVisible();
  await page.getByRole('link', { name: 'De Brug vzw' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programma’s' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nieuw programma' })).toHaveCount(0);

  await page.locator('.card-list a').first().click();
  await expect(
    page.getByText('Alleen beheerders en coördinatoren kunnen een programma wijzigen.'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Programma bewerken' })).toHaveCount(0);

  // Posting the form anyway: the API refuses, and the refusal comes back in Dutch.
  const newProgramme = page.url().replace(/\/programmes\/.+$/, '/programmes/new.data');
  const response = await page.request.post(newProgramme, {
    form: {
      name: 'Niet toegestaan',
      languages: 'nl',
      plannedDurationMonths: '6',
      minContactFrequencyDays: '14',
    },
  });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain('Je mag dit niet doen.');
});

test('a form posted from another site is refused', async ({ request }) => {
  const response = await request.post(`${urls.web}/sign-in`, {
    headers: { origin: 'https://elsewhere.example', 'accept-language': 'nl-BE' },
    form: { email: 'coordinator@debrug.example', password: 'tandem-demo-2026' },
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain('Verzoek geweigerd');
});
