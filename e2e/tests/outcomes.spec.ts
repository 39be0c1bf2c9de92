import { expect, test } from '@playwright/test';
import { french, signInByLink } from './portal-mail.ts';
import { expectNoSeriousA11yViolations, signIn } from './support.ts';

/**
 * The mentee's outcomes: a coordinator records the situation at intake on an accepted
 * mentee's application; a mentee whose duo ended six months ago answers the six-month
 * question on a phone (in French); the quality page shows the outcome figures beside the
 * criteria, with their counts and no status.
 */
const phone = { width: 390, height: 844 };
const programmeName = 'Mentoring naar werk Antwerpen';

test('a coordinator records a mentee’s situation at intake', async ({ page }) => {
  await signIn(page, 'coordinator@debrug.example');
  await page.getByRole('link', { name: programmeName }).click();
  await page.getByRole('link', { name: 'Aanmeldingen' }).first().click();
  await page.getByRole('link', { name: 'Mehdi Aydin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mehdi Aydin' })).toBeVisible();
  const section = page.locator('#outcome');
  await expect(section.getByRole('heading', { name: 'Situatie van de mentee' })).toBeVisible();

  // Working without the contract: the form says so and keeps what was chosen.
  await section.getByLabel('Aan het werk').check();
  await section.getByRole('group', { name: 'Zelfvertrouwen' }).getByLabel('2').check();
  await section.getByRole('button', { name: 'Situatie noteren' }).click();
  await expect(
    page.locator('#outcome').getByText('Vul dit in als de mentee werkt.').first(),
  ).toBeVisible();
  await expect(page.locator('#outcome').getByLabel('Aan het werk')).toBeChecked();

  const form = page.locator('#outcome');
  await form.getByLabel('Soort contract').selectOption({ label: 'Interim' });
  await form.getByLabel('Uren per week').fill('20');
  await form.getByRole('group', { name: 'Zelfstandigheid' }).getByLabel('3').check();
  await form.getByRole('button', { name: 'Situatie noteren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Situatie genoteerd.' })).toBeVisible();
  const history = page.getByRole('region', { name: 'Wat al genoteerd is' });
  await expect(history).toContainText('Aan het werk · Interim · 20 u/week');
  await expect(history).toContainText('telt');
  await expectNoSeriousA11yViolations(page);
});

test.describe('in the portal, in French', () => {
  test.use({ locale: 'fr-BE', viewport: phone });

  test('a mentee answers the six-month question on her phone', async ({ page }) => {
    await signInByLink(page, 'le-pont', 'mireille.kabongo@example.be', french);
    await page.getByRole('link', { name: 'Dites-nous comment vous allez' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Comment allez-vous ?' }),
    ).toBeVisible();
    await expect(page.getByText('Votre duo a pris fin il y a six mois.')).toBeVisible();
    // Six months on, only the situation is asked.
    await expect(page.getByRole('group', { name: /confiance/ })).toHaveCount(0);
    await page.getByLabel('Au travail').check();
    await page.getByLabel('Type de contrat').selectOption({ label: 'CDD' });
    await page.getByLabel('Heures par semaine').fill('30');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Merci ! Nous avons bien reçu votre réponse.',
    );
    await page.getByRole('link', { name: 'Retour à votre portail' }).click();
    await expect(page.getByRole('link', { name: 'Dites-nous comment vous allez' })).toHaveCount(0);
  });
});

test('the quality page shows the outcome figures beside the criteria', async ({ page }) => {
  // Le Pont's demo duo that ended some 200 days ago has its end recorded.
  await signIn(page, 'coordinator@lepont.example');
  await page.getByRole('link', { name: 'Mentorat vers l’emploi Bruxelles' }).click();
  await page.getByRole('link', { name: 'Kwaliteitscriteria' }).click();
  await page.getByRole('link', { name: 'Laatste 12 maanden', exact: true }).click();
  const outcomes = page.getByRole('region', {
    name: 'Resultaten — geen deel van de status van de criteria',
  });
  await expect(outcomes).toBeVisible();
  await expect(outcomes).toContainText('Aan het werk of in opleiding op het einde');
  await expect(outcomes).toContainText(/\d+ van \d+ duo’s met iets genoteerd/);
  await expect(outcomes).toContainText('Verandering in zelfvertrouwen (schaal 1–5)');
  await expect(outcomes.getByText(/^(Behaald|Deels behaald|Niet behaald)$/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
