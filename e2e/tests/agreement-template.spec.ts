import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './support.ts';

/**
 * The agreement (C5) on a phone: a coordinator of De Brug writes the French template of the
 * demo programme, sees it in the preview before saving, and the page then shows the new
 * version; the demo duo's agreement page lists the version its participants accepted.
 */

const programmeName = 'Mentoring naar werk Antwerpen';
const charter = 'Nous nous respectons et nous nous disons les choses franchement.';

test('a coordinator edits the French template, previews it and saves a new version', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'coordinator@debrug.example');
  await page.getByRole('link', { name: programmeName }).click();
  await page.getByRole('link', { name: 'Overeenkomst', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overeenkomst' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const french = page.getByRole('region', { name: 'Frans', exact: true });
  const status = (await french.locator('p.muted').first().textContent()) ?? '';
  const before = Number(/Versie (\d+)/.exec(status)?.[1] ?? 0);

  // An empty part is refused in words; what was typed stays.
  await french.getByLabel('Hoe we met elkaar omgaan (ethisch charter)').fill(charter);
  await french.getByLabel('Vertrouwelijkheid').fill('');
  await french.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  await expect(french.getByText('Vul deze tekst in', { exact: false }).first()).toBeVisible();
  await expect(french.getByLabel('Hoe we met elkaar omgaan (ethisch charter)')).toHaveValue(
    charter,
  );

  await french.getByLabel('Vertrouwelijkheid').fill('Ce que nous nous disons reste entre nous.');
  await french.getByRole('button', { name: 'Voorbeeld tonen' }).click();
  const preview = french.getByRole('region', { name: 'Voorbeeld' });
  await expect(preview).toContainText('Convention entre mentor et mentoré');
  await expect(preview).toContainText(charter);
  await expect(preview).toContainText('Ce que nous nous disons reste entre nous.');
  await expect(preview).toContainText('nog niet opgeslagen');

  await french.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    french.getByText(`opgeslagen als versie ${before + 1}`, { exact: false }),
  ).toBeVisible();
  await expect(
    french.getByText(new RegExp(`^Versie ${before + 1}, laatst gewijzigd op`)),
  ).toBeVisible();
  await expect(french.getByRole('region', { name: 'Voorbeeld' })).toContainText(charter);
  await expectNoSeriousA11yViolations(page);

  // A duo issued earlier keeps its agreement: its page shows the version both accepted.
  await page.getByRole('link', { name: programmeName }).click();
  await page.getByRole('link', { name: 'Matching', exact: true }).first().click();
  await page.getByRole('link', { name: 'Duo’s', exact: true }).click();
  await page
    .getByRole('article', { name: 'Luc Verhoeven en Ahmed Karimi' })
    .getByRole('link', { name: 'Overeenkomst' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Overeenkomst van Luc Verhoeven en Ahmed Karimi' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Versie 1/ })).toBeVisible();
  await expect(page.getByText(/Mentee Ahmed Karimi: akkoord op/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
