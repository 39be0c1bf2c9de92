import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './support.ts';

/**
 * A coordinator imports applicants from a small spreadsheet export (Belgian Excel: `;` and a
 * byte-order mark), sees the row with a problem, corrects it, imports and finds the
 * applicants in the pipeline.
 */
test('a coordinator imports applicants from a CSV, correcting a bad row', async ({ page }) => {
  const run = Date.now();
  const header =
    'name;email;preferredLocale;availability;postcode;municipality;languages;sector;goal;birthYear';
  const good = `Lotte Import ${run};lotte.${run}@example.org;nl;mon-morning wed-evening;2000;Antwerpen;nl|en;zorg;"Werk vinden; in de zorg";1991`;
  const bad = (slot: string) =>
    `Youssef Import ${run};youssef.${run}@example.org;fr;${slot};2060;Antwerpen;fr,ar;logistiek;Werk;1985`;

  await signIn(page, 'coordinator@debrug.example');
  await expect(page.getByRole('heading', { level: 1, name: 'Programma’s' })).toBeVisible();
  await page
    .getByRole('link', { name: /^Mentoring naar werk/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mentoring naar werk');
  const programmeUrl = page.url();

  await page.goto(`${programmeUrl}/applications/import`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kandidaten importeren' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('Importeren als').selectOption('mentee');
  await page
    .getByLabel('Kanaal voor rijen zonder channelId')
    .selectOption({ label: 'VDAB Antwerpen' });
  const csv = page.getByLabel(/Of plak de tekst van het bestand/);
  await csv.fill(`\uFEFF${header}\n${good}\n${bad('maandag-ochtend')}\n`);
  await page.getByRole('button', { name: 'Bestand controleren' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Met problemen: 1' })).toBeVisible();
  await expect(page.getByText('“maandag-ochtend” is geen tijdslot')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kandidaten importeren' })).toHaveCount(0);

  await page
    .getByLabel(/Of plak de tekst van het bestand/)
    .fill(`${header}\n${good}\n${bad('mon-evening')}\n`);
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Met problemen: 0' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Without the consent confirmation nothing is imported.
  await page.getByRole('button', { name: 'Kandidaten importeren' }).click();
  await expect(page.locator('.error-summary')).toContainText('toestemming');
  await page.getByLabel(/Onze organisatie heeft de toestemming/).check();
  await page.getByRole('button', { name: 'Kandidaten importeren' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Kandidaten geïmporteerd' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Naar de kandidaturen' }).click();
  await page.getByLabel('Naam of e-mailadres').fill(String(run));
  await page.getByRole('button', { name: 'Filteren' }).click();
  await expect(page.getByRole('link', { name: `Lotte Import ${run}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Youssef Import ${run}` })).toBeVisible();
});
