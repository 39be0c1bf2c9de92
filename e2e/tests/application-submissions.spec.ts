import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './support.ts';

/**
 * The demo mentee sent the application form again with a new phone number and goal. A
 * coordinator sees it in the pipeline, compares it with the details held, is told to tick
 * something before merging, and takes over the phone number only.
 */
test('a coordinator reviews a later submission and takes over one detail', async ({ page }) => {
  await signIn(page, 'coordinator@debrug.example');
  await page
    .getByRole('link', { name: /^Mentoring naar werk/ })
    .first()
    .click();
  await page.getByRole('link', { name: 'Aanmeldingen' }).first().click();
  const row = page.getByRole('row').filter({ hasText: 'Yasmina Benali' });
  await expect(row.getByText('Nieuwe inzending na te kijken')).toBeVisible();

  await row.getByRole('link', { name: 'Yasmina Benali' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Yasmina Benali' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'opnieuw verstuurd' })).toBeVisible();
  const review = page.getByRole('region', { name: /Huidige gegevens en gegevens ingezonden/ });
  await expect(
    review
      .getByRole('row', { name: /Wat wil je bereiken\?/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('Een vaste job als administratief medewerker, liefst in de zorgsector.');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Aangevinkte gegevens overnemen' }).click();
  await expect(page.getByText('Vink minstens één gegeven aan om over te nemen')).toBeVisible();

  await page.getByRole('checkbox', { name: 'Overnemen Telefoonnummer' }).check();
  await page.getByRole('button', { name: 'Aangevinkte gegevens overnemen' }).click();

  await expect(page.getByText(/Samengevoegd door .* Telefoonnummer/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'opnieuw verstuurd' })).toHaveCount(0);
  const held = page.getByRole('region', { name: 'Aanmelding', exact: true });
  await expect(held.getByText('+32 470 12 34 56')).toBeVisible();
  await expect(held.getByText('Een vaste job als administratief medewerker.')).toBeVisible();
});
