import { type Browser, expect, type Page, test } from '@playwright/test';
import { dutch, french, mailFiles, newLinkFor, signInByLink } from './portal-mail.ts';
import { expectNoSeriousA11yViolations, urls } from './support.ts';

/**
 * The participant portal on a phone (390 px), in French: Awa (mentee) and Julien (mentor)
 * of Le Pont sign in by the link the API e-mails, confirm their match after the first
 * meeting and accept the agreement, and the duo starts. Without SMTP the API writes each
 * mail to `mail` in its data folder, which the tests read.
 */
const AWA = 'awa.ndiaye@example.be';
const JULIEN = 'julien.marchal@example.be';
const LINA = 'lina.bouzid@example.be';
const phone = { width: 390, height: 844 };

test.use({ locale: 'fr-BE', viewport: phone });
async function expectPhoneFriendly(page: Page) {
  await expectNoSeriousA11yViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    phone.width,
  );
}

async function phoneContext(browser: Browser, locale = 'fr-BE') {
  const context = await browser.newContext({ locale, viewport: phone, baseURL: urls.web });
  return { context, page: await context.newPage() };
}

/** The match id in the address of the home page's next step. */
async function matchIdOnHome(page: Page, linkName: string) {
  const href = await page.getByRole('link', { name: linkName }).getAttribute('href');
  const id = /\/matches\/([0-9a-f-]{36})\//.exec(href ?? '')?.[1];
  if (!id) throw new Error(`no match link in ${href}`);
  return id;
}

test('staff sign-in leads mentors and mentees to their organisation’s sign-in by link', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page
    .getByRole('link', { name: 'Mentor ou mentoré ? Connectez-vous avec un lien par e-mail' })
    .click();
  await expect(page).toHaveURL(`${urls.web}/portal`);
  await expectPhoneFriendly(page);
  await page.getByRole('link', { name: 'Le Pont asbl' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Connexion mentor ou mentoré' }),
  ).toBeVisible();
  await expect(page.getByText('chez Le Pont asbl')).toBeVisible();
});

test('the sign-in page answers alike for any address, keeps it on errors and says when to try again', async ({
  page,
}) => {
  await page.goto('/portal/le-pont/sign-in');
  await expectPhoneFriendly(page);
  await page.getByLabel(french.email).fill('pas-une-adresse');
  await page.getByRole('button', { name: french.send }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.getByLabel(french.email)).toHaveValue('pas-une-adresse');
  await expectPhoneFriendly(page);

  const unknown = 'personne.inconnue@example.be';
  for (let i = 0; i < 5; i++) {
    await page.getByLabel(french.email).fill(unknown);
    await page.getByRole('button', { name: french.send }).click();
    await expect(page.getByRole('status')).toContainText(french.sent);
    await expect(page.getByRole('status')).toContainText('15 minutes');
  }
  await page.getByRole('button', { name: french.send }).click();
  await expect(page.locator('.error-summary')).toContainText('Trop de tentatives. Réessayez dans');
  await expect(page.getByLabel(french.email)).toHaveValue(unknown);
  await expect(page.getByRole('status')).toHaveCount(0);
});

test('a mentee and a mentor confirm and accept on their phones, in French; the duo starts', async ({
  page,
  browser,
}) => {
  // Awa asks for a link; opening it signs nobody in, the button does, once.
  await page.goto('/portal/le-pont/sign-in');
  const before = await mailFiles();
  await page.getByLabel(french.email).fill(AWA);
  await page.getByRole('button', { name: french.send }).click();
  await expect(page.getByRole('status')).toContainText(french.sent);
  const link = await newLinkFor(AWA, before);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  await expectPhoneFriendly(page);
  await page.reload();
  await page.getByRole('main').getByRole('button', { name: french.signIn }).click();
  await expect(page).toHaveURL(`${urls.web}/portal/le-pont`);

  // Her home: the programme, her match by first name, what they share, the first meeting.
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Awa' })).toBeVisible();
  await expect(main).toContainText('Vous êtes mentoré dans');
  await expect(
    page.getByRole('heading', { name: 'Vous formez un binôme avec Julien' }),
  ).toBeVisible();
  await expect(main).toContainText('Langue commune : français');
  await expect(main).toContainText('1 créneau commun par semaine : jeudi après-midi');
  await expect(
    page.getByRole('heading', { name: 'Votre première rencontre a eu lieu' }),
  ).toBeVisible();
  await expect(main).toContainText('dans les locaux de l’organisation');
  await expect(main).toContainText(
    'Vous devez encore dire tous les deux si vous souhaitez continuer.',
  );
  // Only her own match: the other side's surname and other participants never appear.
  for (const name of ['Marchal', 'julien.marchal', 'Sophie', 'Karim', 'Lina', 'Dirk'])
    await expect(main).not.toContainText(name);
  await expectPhoneFriendly(page);
  const matchId = await matchIdOnHome(page, 'Confirmer le binôme');

  // The link is used up: it now says so and offers a new one.
  await page.goto(link);
  await page.getByRole('main').getByRole('button', { name: french.signIn }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ce lien ne fonctionne plus' }),
  ).toBeVisible();
  await expectPhoneFriendly(page);
  await expect(page.getByRole('link', { name: 'Demander un nouveau lien' })).toHaveAttribute(
    'href',
    '/portal/le-pont/sign-in',
  );

  // No agreement before both have confirmed.
  await page.goto(`/portal/le-pont/matches/${matchId}/agreement`);
  await expect(main).toContainText('La convention n’est pas encore prête.');
  await expectPhoneFriendly(page);

  await page.goto('/portal/le-pont');
  await page.getByRole('link', { name: 'Confirmer le binôme' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Voulez-vous continuer avec Julien ?' }),
  ).toBeVisible();
  await expect(page.getByLabel('Pourquoi pas ?')).toBeVisible();
  await expectPhoneFriendly(page);
  await page.getByRole('button', { name: 'Oui, je veux continuer' }).click();
  await expect(page.getByRole('status')).toHaveText('Merci ! Vous avez confirmé le binôme.');
  await page.getByRole('link', { name: 'Retour à ma page' }).click();
  await expect(main).toContainText('Vous avez confirmé le binôme.');
  await expect(main).toContainText('Nous attendons la réponse de Julien.');

  // Julien, on his own phone: confirms, then reads and accepts the agreement.
  const julien = await phoneContext(browser);
  await signInByLink(julien.page, 'le-pont', JULIEN);
  const his = julien.page.getByRole('main');
  await expect(
    julien.page.getByRole('heading', { name: 'Vous formez un binôme avec Awa' }),
  ).toBeVisible();
  await expect(his).not.toContainText('Ndiaye');
  await julien.page.getByRole('link', { name: 'Confirmer le binôme' }).click();
  await julien.page.getByRole('button', { name: 'Oui, je veux continuer' }).click();
  await expect(julien.page.getByRole('status')).toHaveText('Merci ! Vous avez confirmé le binôme.');
  await julien.page.getByRole('link', { name: 'Retour à ma page' }).click();
  await expect(his).toContainText('Vous devez encore accepter la convention tous les deux.');
  await expectPhoneFriendly(julien.page);
  await julien.page.getByRole('link', { name: 'Voir la convention' }).click();
  await expect(
    julien.page.getByRole('heading', { level: 1, name: 'Notre convention' }),
  ).toBeVisible();
  await expect(
    julien.page.getByRole('heading', { level: 2, name: /Convention entre mentor et mentoré/ }),
  ).toBeVisible();
  await expect(
    julien.page.getByRole('heading', { level: 3, name: 'Confidentialité' }),
  ).toBeVisible();
  await expect(
    julien.page.getByRole('heading', { level: 3, name: 'En cas de difficulté' }),
  ).toBeVisible();
  await expectPhoneFriendly(julien.page);

  const pdfHref = await julien.page
    .getByRole('link', { name: 'Télécharger en PDF' })
    .getAttribute('href');
  const pdf = await julien.page.request.get(pdfHref ?? '');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(pdf.headers()['content-disposition']).toContain('filename="convention-v1.pdf"');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await julien.page.getByRole('button', { name: 'J’accepte' }).click();
  await expect(his).toContainText('Vous avez accepté le');
  await expect(his).toContainText('Awa doit encore accepter.');

  // Awa accepts too: that starts the duo.
  await page.goto('/portal/le-pont');
  await expect(main).toContainText('Lisez et acceptez encore la convention.');
  await page.getByRole('link', { name: 'Voir la convention' }).click();
  await expectPhoneFriendly(page);
  await page.getByRole('button', { name: 'J’accepte' }).click();
  await expect(page.getByRole('status')).toHaveText('Votre binôme a commencé !');
  await expect(main).toContainText('Julien a aussi accepté.');
  await page.getByRole('link', { name: 'Retour à ma page' }).click();
  await expect(page.getByRole('status')).toContainText('Votre binôme a commencé le');
  await expect(page.getByRole('link', { name: 'Confirmer le binôme' })).toHaveCount(0);
  await expectPhoneFriendly(page);

  await julien.page.goto('/portal/le-pont');
  await expect(julien.page.getByRole('status')).toContainText('Votre binôme a commencé le');
  await julien.context.close();

  // Signing out leads back to the portal's sign-in, and the portal is closed again.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(`${urls.web}/portal/le-pont/sign-in`);
  await page.goto('/portal/le-pont');
  await expect(page).toHaveURL(`${urls.web}/portal/le-pont/sign-in`);
});

test('a participant’s portal shows nothing of another match or organisation', async ({
  page,
  browser,
}) => {
  // Lina, a mentee of De Brug, has a match of her own.
  const lina = await phoneContext(browser, 'nl-BE');
  await signInByLink(lina.page, 'de-brug', LINA, dutch);
  const linaMatch = await matchIdOnHome(lina.page, 'Bevestig de koppeling');
  await expectPhoneFriendly(lina.page);
  await lina.context.close();

  await signInByLink(page, 'le-pont', AWA);
  for (const path of [
    `/portal/le-pont/matches/${linaMatch}/validate`,
    `/portal/le-pont/matches/${linaMatch}/agreement`,
    `/portal/de-brug/matches/${linaMatch}/validate`,
    '/portal/de-brug',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('main')).not.toContainText('Lina');
  }
  const pdf = await page.request.get(`/portal/le-pont/matches/${linaMatch}/agreement.pdf`);
  expect(pdf.status()).toBe(404);
});
