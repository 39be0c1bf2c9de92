import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './support.ts';

/**
 * Intake end to end, in French on a phone-sized screen (the config's 390px viewport): a job
 * seeker registers for an info session of Le Pont's demo programme and applies as a mentee;
 * the coordinator takes attendance, interviews, accepts, and finds the confirmation in French
 * in the outbox.
 */

const programmeName = 'Mentorat vers l’emploi Bruxelles';

async function coordinatorPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-BE' });
  const page = await context.newPage();
  await signIn(page, 'coordinator@lepont.example');
  // Signing in keeps the device's choice (Dutch, see signIn); Claire works in French.
  await expect(page.getByRole('heading', { level: 1, name: 'Programma’s' })).toBeVisible();
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programmes' })).toBeVisible();
  await page.getByRole('link', { name: programmeName }).click();
  await expect(page.getByRole('heading', { level: 1, name: programmeName })).toBeVisible();
  return page;
}

/** "2026-05-04T10:00" for tomorrow, as a datetime-local field takes it. */
function tomorrowAtTen(): string {
  const date = new Date(Date.now() + 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T10:00`;
}

test('a job seeker registers and applies in French; the coordinator interviews and accepts', async ({
  browser,
}) => {
  // The whole intake in two browsers with an accessibility check on every page: the longest
  // journey of the suite, slow when the machine is busy.
  test.slow();
  const staff = await coordinatorPage(browser);
  const programmePath = new URL(staff.url()).pathname;
  const programmeId = programmePath.split('/').at(-1) ?? '';
  const name = 'Amina Haddad';
  const email = `amina.haddad.${Date.now()}@example.be`;

  // The public pages: no account, the language from the browser (fr-BE).
  const publicContext = await browser.newContext({ locale: 'fr-BE' });
  const person = await publicContext.newPage();
  await person.goto(`/p/le-pont/${programmeId}`);
  await expect(person.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(person.getByRole('heading', { level: 1, name: programmeName })).toBeVisible();
  await expectNoSeriousA11yViolations(person);

  await person
    .locator('.card', { hasText: 'Séance d’information pour les mentorés' })
    .getByRole('link', { name: /S’inscrire/ })
    .click();
  await expect(
    person.getByRole('heading', { level: 1, name: 'S’inscrire à une séance d’information' }),
  ).toBeVisible();
  await expect(person.getByText('Vos données personnelles')).toBeVisible();
  await person.getByLabel('Nom', { exact: true }).fill(name);
  await person.getByLabel('Adresse e-mail').fill(email);
  // Without consent the registration is refused, and what was typed stays.
  await person.getByRole('button', { name: 'M’inscrire' }).click();
  const summary = person.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Cochez la case pour donner votre accord');
  await expect(person.getByLabel('Nom', { exact: true })).toHaveValue(name);
  await expectNoSeriousA11yViolations(person);
  await person.getByLabel('J’accepte que mes données soient utilisées à cette fin.').check();
  await person.getByRole('button', { name: 'M’inscrire' }).click();
  await expect(person.getByRole('heading', { level: 1, name: 'Vous êtes inscrit' })).toBeVisible();
  await expectNoSeriousA11yViolations(person);

  await person.getByRole('link', { name: 'Postuler comme mentoré (chercheur d’emploi)' }).click();
  await expect(
    person.getByRole('heading', { level: 1, name: 'Postuler comme mentoré' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(person);
  await person.getByLabel('Nom', { exact: true }).fill(name);
  await person.getByLabel('Adresse e-mail').fill(email);
  await person.getByLabel('Année de naissance').fill('1990');
  await person.getByLabel('Code postal').fill('1030');
  await person.getByLabel('Commune').fill('Schaerbeek');
  await person.getByRole('checkbox', { name: 'Français' }).check();
  await person.getByRole('checkbox', { name: 'Arabe' }).check();
  await person.getByLabel('Mardi, Soir').check();
  await person.getByLabel('Samedi, Matin').check();
  await person.getByLabel('Secteur dans lequel vous voulez travailler').fill('logistique');
  await person
    .getByLabel('Que voulez-vous atteindre ?')
    .fill('Un emploi stable comme magasinière.');
  await person.getByLabel('Centres d’intérêt').fill('cuisine, lecture');
  await person
    .getByLabel('Comment avez-vous entendu parler de nous ?')
    .selectOption({ label: 'CPAS de Schaerbeek' });
  await person.getByLabel('J’accepte que mes données soient utilisées à cette fin.').check();
  await person.getByRole('button', { name: 'Envoyer ma candidature' }).click();
  await expect(
    person.getByRole('heading', { level: 1, name: 'Merci pour votre candidature' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(person);
  await publicContext.close();

  // Staff: attendance and topics at the past mentee session.
  await staff.getByRole('link', { name: 'Séances d’information' }).first().click();
  await expect(
    staff.getByRole('heading', { level: 1, name: 'Séances d’information' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await staff.getByRole('row').filter({ hasText: 'Mentoré' }).first().getByRole('link').click();
  await expect(staff.getByRole('heading', { level: 2, name: 'Présences' })).toBeVisible();
  await expect(staff.getByLabel(/Fatou Diallo/)).toBeChecked();
  await staff.getByRole('button', { name: 'Enregistrer les présences' }).click();
  await expect(staff.getByText('Enregistré.')).toBeVisible();
  await staff.getByLabel('le caractère volontaire de la relation').check();
  await staff.getByRole('button', { name: 'Enregistrer les thèmes' }).click();
  await expect(staff.getByText('Enregistré.')).toBeVisible();
  await expect(staff.getByLabel('le caractère volontaire de la relation')).toBeChecked();
  await expectNoSeriousA11yViolations(staff);

  // The pipeline, filtered with a bookmarkable GET form.
  await staff.getByRole('link', { name: 'Candidatures' }).first().click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Candidatures' })).toBeVisible();
  await staff.getByLabel('Nom ou adresse e-mail').fill(email);
  await staff.getByLabel('Rôle').selectOption({ label: 'Mentoré' });
  await staff.getByRole('button', { name: 'Filtrer' }).click();
  await expect(staff).toHaveURL(/role=mentee/);
  await expect(staff.getByText('1 candidature')).toBeVisible();
  // The person heads their row, so a screen reader names the other cells by them.
  await expect(staff.getByRole('rowheader', { name: new RegExp(name) })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await staff.getByRole('link', { name }).click();
  await expect(staff.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(staff.getByText('Mardi Soir et Samedi Matin')).toBeVisible();

  // Accepting before an interview is refused, with the reason in French.
  await staff.getByRole('radio', { name: 'Accepter' }).check();
  await staff.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(staff.locator('.error-summary')).toContainText(
    'Pour accepter, il faut d’abord un entretien complet',
  );
  await expectNoSeriousA11yViolations(staff);

  await staff.getByLabel('Date et heure').fill(tomorrowAtTen());
  await staff.getByRole('button', { name: 'Planifier l’entretien' }).click();
  await expect(staff.getByText('Planifié')).toBeVisible();
  await staff.getByLabel('Engagement en mois').fill('6');
  await staff.getByLabel('Au moins un contact tous les … jours').fill('14');
  await staff.getByRole('radio', { name: 'Oui' }).check();
  await staff.getByRole('button', { name: 'Enregistrer le résultat' }).click();
  await expect(staff.getByText('Complet', { exact: true })).toBeVisible();

  await staff.getByRole('radio', { name: 'Accepter' }).check();
  await staff.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(staff.getByText('Accepté', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);

  // The confirmation waits in the outbox, in French.
  await staff.getByRole('link', { name: 'Voir les messages à envoyer' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Messages à envoyer' })).toBeVisible();
  const message = staff.locator('.card', { hasText: email });
  await expect(
    message.getByRole('heading', { name: `Bienvenue dans ${programmeName}` }),
  ).toBeVisible();
  await expect(message).toContainText(`Bonjour ${name},`);
  await expect(message).toContainText('À envoyer');
  await expectNoSeriousA11yViolations(staff);
  await message.getByRole('button', { name: 'Marquer comme envoyé' }).click();
  await expect(staff.locator('.card', { hasText: email })).toContainText('Envoyé');
});
