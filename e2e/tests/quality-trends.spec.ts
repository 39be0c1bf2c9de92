import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './support.ts';

/**
 * Trends by quarter on a phone-sized screen: from the quality criteria a coordinator opens
 * the trends, reads them in French, follows one criterion's trend and reads its numbers in
 * the table; the chart is drawn once the page is interactive.
 */

const programmeName = 'Mentoring naar werk Antwerpen';

test('a coordinator reads the trends in French and follows one criterion’s trend to its table', async ({
  page,
}) => {
  await signIn(page, 'coordinator@debrug.example');
  await page.getByRole('link', { name: programmeName }).click();
  await page.getByRole('link', { name: 'Kwaliteitscriteria' }).click();
  await page.getByRole('link', { name: 'Evolutie per kwartaal' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Evolutie per kwartaal' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Évolution par trimestre' }),
  ).toBeVisible();
  for (const area of ['A', 'B', 'C', 'D', 'E'])
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(`^${area}\\. `) }),
    ).toBeVisible();
  const trend = (id: string) =>
    page.locator('li.trend', {
      has: page.getByRole('heading', { level: 3, name: new RegExp(`^${id} `) }),
    });
  // Every small chart says in a sentence where the criterion is going.
  await expect(
    trend('D2').getByText(/(En hausse|En baisse|Stable|Un résultat|Aucune donnée)/),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await trend('C3')
    .getByRole('link', { name: /Évolution de C3/ })
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'C3 Première rencontre dans un lieu neutre' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/quality\/trends\?criterion=C3$/);
  const table = page.getByRole('table', { name: /^C3 .* par trimestre$/ });
  await expect(table.getByRole('columnheader', { name: 'Trimestre' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Statut' })).toBeVisible();
  const quarters = table.getByRole('rowheader');
  await expect(quarters).toHaveCount(8);
  await expect(quarters.first()).toHaveText(/^\d{4} T[1-4]$/);
  // The current quarter is counted up to today.
  await expect(quarters.last()).toHaveText(/^\d{4} T[1-4]( \(jusqu’à aujourd’hui\))?$/);
  // Each quarter's status in words, and the sentence that sums the trend up.
  await expect(
    table.getByText(/^(Atteint|Partiellement atteint|Non atteint|Pas de données)$/),
  ).toHaveCount(8);
  await expect(
    page.getByText(/^(En hausse|En baisse|Stable|Un résultat|Aucune donnée)/).first(),
  ).toBeVisible();
  // The drawing comes after hydration, in its own chunk.
  await expect(page.locator('.trend-chart .recharts-surface')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Tous les critères' }).click();
  await expect(trend('A1')).toBeVisible();
});
