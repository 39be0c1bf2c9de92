import { expect, test } from '@playwright/test';
import { french, signInByLink } from './portal-mail.ts';
import { expectNoSeriousA11yViolations, signIn, urls } from './support.ts';

/**
 * The evaluation after a duo ends (E3): Aminata, a mentee of Le Pont, ends her duo early from
 * a phone (390 px), in French; the end sends her evaluation at once, which she answers on the
 * phone — a missing answer is refused with her other answers kept — and cannot answer twice.
 * The coordinator then reads on the duo's page that it was answered, with her answers.
 */
const AMINATA = 'aminata.sangare@example.be';
const phone = { width: 390, height: 844 };

test('a mentee ends her duo early on a phone and answers the evaluation in French', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'fr-BE', viewport: phone });
  const page = await context.newPage();
  await signInByLink(page, 'le-pont', AMINATA, french);
  await page.getByRole('link', { name: 'Mettre fin à notre duo' }).click();
  await page.getByRole('radio', { name: 'Le mentoré a trouvé un emploi' }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('button', { name: 'Oui, mettre fin à notre duo' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Votre duo est terminé. Merci pour tout ce que vous avez fait ensemble !',
  );

  // The end kicked the job: the evaluation is on her portal's home as soon as it ran.
  const open = page.getByRole('link', {
    name: 'Comment s’est passé votre duo ? Répondez à l’évaluation',
  });
  await expect(async () => {
    await page.goto(`${urls.web}/portal/le-pont`);
    await expect(open).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await open.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Votre évaluation' })).toBeVisible();
  await expect(
    page.getByText('Seule l’équipe de l’organisation lit ceci', { exact: false }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    phone.width,
  );

  const question = (name: string) => page.getByRole('group', { name });
  await question('Êtes-vous satisfait·e de votre duo ?').getByLabel('5 – tout à fait').check();
  await question('Le duo a-t-il rapproché la personne mentorée de l’emploi ?')
    .getByLabel('4')
    .check();
  await question('Vos contacts étaient-ils assez fréquents ?').getByLabel('Comme il faut').check();
  await question('Recommanderiez-vous le programme ?').getByLabel('Oui').check();
  await page
    .getByLabel('Voulez-vous ajouter quelque chose ? (facultatif)')
    .fill('Merci à Vincent pour ses conseils.');
  // The organisation's support is left unanswered: refused, the rest kept.
  await page.getByRole('button', { name: 'Envoyer' }).click();
  const support = question('Êtes-vous satisfait·e du soutien de l’organisation ?');
  await expect(support.getByText('Choisissez une réponse.')).toBeVisible();
  await expect(question('Recommanderiez-vous le programme ?').getByLabel('Oui')).toBeChecked();
  await expect(page.getByLabel('Voulez-vous ajouter quelque chose ? (facultatif)')).toHaveValue(
    'Merci à Vincent pour ses conseils.',
  );
  await expectNoSeriousA11yViolations(page);

  await support.getByLabel('4').check();
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Merci ! Nous avons bien reçu votre évaluation.',
  );
  await expectNoSeriousA11yViolations(page);
  // Answered once: the page thanks her again and offers no second answer.
  await page.reload();
  await expect(page.getByRole('status')).toHaveText(
    'Merci ! Nous avons bien reçu votre évaluation.',
  );
  await expect(page.getByRole('button', { name: 'Envoyer' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Retour à votre portail' }).click();
  await expect(open).toHaveCount(0);
  await context.close();

  const staffContext = await browser.newContext({ locale: 'nl-BE', baseURL: urls.web });
  const staff = await staffContext.newPage();
  await signIn(staff, 'coordinator@lepont.example');
  await staff.getByRole('link', { name: 'Mentorat vers l’emploi Bruxelles' }).click();
  await staff.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
  await staff.goto(`${staff.url()}/matching/duos`);
  await staff
    .getByRole('article', { name: 'Vincent Lemaire en Aminata Sangaré' })
    .getByRole('link', { name: 'Duo bekijken' })
    .click();
  const evaluation = staff.getByRole('region', { name: 'Evaluatie', exact: true });
  await expect(evaluation).toContainText('Mentee (Aminata Sangaré)');
  await expect(evaluation).toContainText('Ingevuld op');
  await expect(evaluation).toContainText('Merci à Vincent pour ses conseils.');
  await expect(evaluation).toContainText('Mentor (Vincent Lemaire)');
  await expect(evaluation).toContainText('nog niet ingevuld');
  await expectNoSeriousA11yViolations(staff);
  await staffContext.close();
});
