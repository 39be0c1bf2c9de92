import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './support.ts';

/**
 * Matching (C1, C2) in De Brug's demo programme on a phone: the coordinator reads the
 * programme's criteria, runs the cohort proposal, accepts one pair as proposed and one with
 * a runner-up mentor, then cancels both, which puts the demo pool back.
 */

const programmeName = 'Mentoring naar werk Antwerpen';

test('a coordinator runs a cohort proposal and decides two matches', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'coordinator@debrug.example');
  await page.getByRole('link', { name: programmeName }).click();
  await page.getByRole('link', { name: 'Matching', exact: true }).first().click();

  await expect(page.getByRole('heading', { level: 1, name: 'Voorstel van duo’s' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The criteria page: weights in plain words, the training constraint on.
  await page.getByRole('link', { name: 'Criteria en capaciteit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Matchingcriteria' })).toBeVisible();
  await expect(
    page.getByLabel('Alleen mentoren voorstellen die de volledige opleiding gevolgd hebben'),
  ).toBeChecked();
  await expect(page.getByLabel('Capaciteit van Griet Vanderhaegen')).toHaveValue('2');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Voorstel', exact: true }).click();

  // Each pair explained in words; the untrained mentors' only mentee stays unmatched, with why.
  const yusuf = page.getByRole('article', { name: /en Yusuf Yilmaz$/ });
  await expect(
    yusuf.getByText('Beschikbaarheid: 1 gemeenschappelijk moment per week: dinsdagavond'),
  ).toBeVisible();
  await expect(yusuf.getByText(/^Locatie: Ongeveer \d+ km uit elkaar$/)).toBeVisible();
  await expect(
    page.getByText(/mentoren hebben de opleiding nog niet volledig gevolgd/).first(),
  ).toBeVisible();

  // Accepted as proposed.
  const proposedMentor = (
    (await yusuf.getByRole('heading', { level: 2 }).textContent()) ?? ''
  ).replace(/ en Yusuf Yilmaz$/, '');
  await yusuf.getByRole('button', { name: 'Duo aanvaarden' }).click();
  await expect(
    page.getByText(`Het duo ${proposedMentor} en Yusuf Yilmaz is voorgesteld.`),
  ).toBeVisible();

  // Swapped: Samira gets the runner-up instead of the proposed mentor.
  const samira = page.getByRole('article', { name: /en Samira Tahiri$/ });
  const runnerUp = samira.getByLabel('Andere mentor voor Samira Tahiri');
  const chosen = ((await runnerUp.locator('option').first().textContent()) ?? '').replace(
    / \(score .*\)$/,
    '',
  );
  await samira.getByRole('button', { name: 'Met deze mentor aanvaarden' }).click();
  await expect(page.getByText(`Het duo ${chosen} en Samira Tahiri is voorgesteld.`)).toBeVisible();

  // Both are decided by the coordinator and wait in the proposed matches.
  const open = page.getByRole('region', { name: 'Voorgestelde matches' });
  const yusufMatch = open.getByRole('listitem').filter({ hasText: 'Yusuf Yilmaz' });
  const samiraMatch = open.getByRole('listitem').filter({ hasText: 'Samira Tahiri' });
  await expect(yusufMatch.getByText(/^Beslist door /)).toBeVisible();
  await expect(samiraMatch.getByText(`${chosen} en Samira Tahiri`)).toBeVisible();
  await expect(page.getByRole('article', { name: /Yusuf Yilmaz$/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // A cancellation without a reason is refused in words; with one, the pair returns.
  await yusufMatch.getByRole('button', { name: 'Match annuleren' }).click();
  await expect(yusufMatch.getByText('Vul dit veld in.').first()).toBeVisible();
  for (const match of [yusufMatch, samiraMatch]) {
    await match.getByLabel('Reden om te annuleren').fill('Test van de matching.');
    await match.getByRole('button', { name: 'Match annuleren' }).click();
    await expect(
      page.getByText('De match is geannuleerd; beide personen zijn terug beschikbaar.'),
    ).toBeVisible();
  }
  await expect(page.getByRole('article', { name: /en Yusuf Yilmaz$/ })).toBeVisible();
});
