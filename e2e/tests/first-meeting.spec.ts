import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './support.ts';

/**
 * The first meeting (C3) in De Brug's demo programme on a phone: the coordinator decides a
 * match, plans its first meeting on the duos page, sees the warning for a place that is not
 * neutral, then cancels the meeting and the match, which puts the demo pool back.
 */

const programmeName = 'Mentoring naar werk Antwerpen';

test('a coordinator plans and cancels the first meeting of a new match', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'coordinator@debrug.example');
  await page.getByRole('link', { name: programmeName }).click();
  await page.getByRole('link', { name: 'Matching', exact: true }).first().click();

  const yusuf = page.getByRole('article', { name: /en Yusuf Yilmaz$/ });
  const mentor = ((await yusuf.getByRole('heading', { level: 2 }).textContent()) ?? '').replace(
    / en Yusuf Yilmaz$/,
    '',
  );
  await yusuf.getByRole('button', { name: 'Duo aanvaarden' }).click();
  await expect(page.getByText(`Het duo ${mentor} en Yusuf Yilmaz is voorgesteld.`)).toBeVisible();

  await page.getByRole('link', { name: 'Duo’s', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Duo’s' })).toBeVisible();
  const duo = page.getByRole('article', { name: `${mentor} en Yusuf Yilmaz` });
  await expect(duo.getByText('Eerste ontmoeting nog te plannen')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // An empty place is refused in words, and the other values stay as typed.
  await duo.getByLabel('Datum en uur').fill('2031-03-04T18:30');
  await duo.getByRole('button', { name: 'Plannen en uitnodigen' }).click();
  await expect(duo.getByText('Vul dit veld in.').first()).toBeVisible();
  await expect(duo.getByLabel('Datum en uur')).toHaveValue('2031-03-04T18:30');

  await duo.getByLabel('Soort plaats').selectOption({ label: 'Bij de mentor thuis' });
  await expect(duo.getByText('Dit is geen neutrale plaats.', { exact: false })).toBeVisible();
  await duo.getByLabel('Soort plaats').selectOption({ label: 'Bibliotheek' });
  await expect(duo.getByText('Dit is geen neutrale plaats.', { exact: false })).toHaveCount(0);
  await duo.getByLabel('Plaats en adres').fill('Bibliotheek Permeke, De Coninckplein 25');
  await duo.getByRole('button', { name: 'Plannen en uitnodigen' }).click();
  await expect(page.getByText(/De ontmoeting is gepland\./)).toBeVisible();
  await expect(duo.getByText('Eerste ontmoeting gepland', { exact: true })).toBeVisible();
  await expect(duo.getByText(/Bibliotheek Permeke, De Coninckplein 25/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await duo.getByRole('button', { name: 'Ontmoeting afgelasten' }).click();
  await expect(page.getByText(/De ontmoeting is afgelast\./)).toBeVisible();
  await expect(duo.getByText('Eerste ontmoeting nog te plannen')).toBeVisible();

  await page.getByRole('link', { name: 'Voorstel', exact: true }).click();
  const open = page.getByRole('region', { name: 'Voorgestelde matches' });
  const match = open.getByRole('listitem').filter({ hasText: 'Yusuf Yilmaz' });
  await match.getByLabel('Reden om te annuleren').fill('Test van de eerste ontmoeting.');
  await match.getByRole('button', { name: 'Match annuleren' }).click();
  await expect(page.getByRole('article', { name: /en Yusuf Yilmaz$/ })).toBeVisible();
});
