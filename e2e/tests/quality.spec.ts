import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './support.ts';

/**
 * The quality criteria of De Brug's demo programme, on a phone-sized screen: all 23 criteria
 * in their five areas, each computed with a status, a drill-down to the records behind a
 * number, and the same pages in French.
 */

const programmeName = 'Mentoring naar werk Antwerpen';
const criterionIds = [
  ...['A1', 'A2', 'A3', 'A4', 'A5'],
  ...['B1', 'B2', 'B3', 'B4', 'B5'],
  ...['C1', 'C2', 'C3', 'C4', 'C5'],
  ...['D1', 'D2', 'D3', 'D4', 'D5'],
  ...['E1', 'E2', 'E3'],
];

test('a coordinator reads the quality criteria, opens the records behind one, in French too', async ({
  page,
}) => {
  await signIn(page, 'coordinator@debrug.example');
  await expect(page.getByRole('heading', { level: 1, name: 'Programma’s' })).toBeVisible();
  await page.getByRole('link', { name: programmeName }).click();
  await expect(page.getByRole('heading', { level: 1, name: programmeName })).toBeVisible();
  await page.getByRole('link', { name: 'Kwaliteitscriteria' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kwaliteitscriteria' })).toBeVisible();

  // The demo data is recent: the last 12 months hold it whatever today's date.
  await page.getByRole('link', { name: 'Laatste 12 maanden', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Laatste 12 maanden', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );

  for (const area of ['A', 'B', 'C', 'D', 'E']) {
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(`^${area}\\. `) }),
    ).toBeVisible();
  }
  for (const id of criterionIds) {
    await expect(
      page.getByRole('heading', { level: 3, name: new RegExp(`^${id} `) }),
    ).toBeVisible();
  }
  const card = (id: string) =>
    page.locator('li.criterion', {
      has: page.getByRole('heading', { level: 3, name: new RegExp(`^${id} `) }),
    });
  // Every criterion is computed on the demo data and carries a status in words.
  await expect(
    card('A4')
      .getByText(/^(Behaald|Deels behaald|Niet behaald)$/)
      .first(),
  ).toBeVisible();
  await expect(
    card('E3')
      .getByText(/^(Behaald|Deels behaald|Niet behaald)$/)
      .first(),
  ).toBeVisible();
  await expect(page.getByText('Nog niet gemeten', { exact: true })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // The denominator of A4 (decisions with their message) lists the people behind it.
  await card('A4')
    .getByRole('link', { name: /A4, Aandeel: alle bekeken gegevens/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^A4 / })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Alle bekeken gegevens' }),
  ).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Bericht verstuurd' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The same records in French.
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Tous les enregistrements examinés' }),
  ).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Message envoyé' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Retour aux critères de qualité' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Critères de qualité' })).toBeVisible();
  await expect(page.getByText('Pas encore mesuré', { exact: true })).toHaveCount(0);
  await expect(
    page.getByRole('link', { name: 'Les 12 derniers mois', exact: true }),
  ).toHaveAttribute('aria-current', 'page');
  await expectNoSeriousA11yViolations(page);
});

test('the demo duo that started two years ago meets C1–C5, with the records behind C3', async ({
  page,
}) => {
  await signIn(page, 'coordinator@debrug.example');
  await page.getByRole('link', { name: programmeName }).click();
  await page.getByRole('link', { name: 'Kwaliteitscriteria' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kwaliteitscriteria' })).toBeVisible();
  // The last three years hold the demo duo's start, whatever today's date.
  const today = new Date();
  const day = (years: number) =>
    new Date(Date.UTC(today.getUTCFullYear() + years, today.getUTCMonth(), 1))
      .toISOString()
      .slice(0, 10);
  const url = new URL(page.url());
  url.search = new URLSearchParams({ start: day(-3), end: day(0) }).toString();
  await page.goto(url.toString());
  const card = (id: string) =>
    page.locator('li.criterion', {
      has: page.getByRole('heading', { level: 3, name: new RegExp(`^${id} `) }),
    });
  for (const id of ['C1', 'C2', 'C3', 'C4', 'C5']) {
    await expect(card(id).getByText('Behaald', { exact: true }).first()).toBeVisible();
  }
  await card('C3')
    .getByRole('link', { name: /C3, Aandeel: alle bekeken gegevens/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^C3 / })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Soort plaats' })).toBeVisible();
  // Every demo duo's first meeting was at the office, so the rows share the place kind.
  await expect(
    page.getByRole('cell', { name: 'Kantoor van de organisatie' }).first(),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the records behind the guidance criteria: fortnights of the active duos (D2) and the library by kind (D4)', async ({
  page,
}) => {
  await signIn(page, 'coordinator@debrug.example');
  await page.getByRole('link', { name: programmeName }).click();
  await page.getByRole('link', { name: 'Kwaliteitscriteria' }).click();
  await page.getByRole('link', { name: 'Laatste 12 maanden', exact: true }).click();
  const card = (id: string) =>
    page.locator('li.criterion', {
      has: page.getByRole('heading', { level: 3, name: new RegExp(`^${id} `) }),
    });
  await card('D2')
    .getByRole('link', { name: /D2, Aandeel: alle bekeken gegevens/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^D2 / })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Periode van 14 dagen' })).toBeVisible();
  // Each row names its duo and links to the duo's page.
  const duoLink = page.getByRole('rowheader').first().getByRole('link', { name: / en / });
  await expect(duoLink).toBeVisible();
  await expect(page.getByRole('cell', { name: /tot en met/ }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Terug naar de kwaliteitscriteria' }).click();
  await card('D4')
    .getByRole('link', { name: /D4, .*alle bekeken gegevens/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^D4 / })).toBeVisible();
  for (const kind of ['Richtlijnen', 'Coachingtools', 'Werkwijzen', 'Sociale kaart'])
    await expect(page.getByRole('heading', { level: 3, name: kind })).toBeVisible();
  await expect(page.getByText(/herzien op /).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
