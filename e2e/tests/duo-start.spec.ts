import { type Browser, expect, type Page, test } from '@playwright/test';
import { dutch, signInByLink } from './portal-mail.ts';
import { expectNoSeriousA11yViolations, signIn, urls } from './support.ts';

/**
 * The staff path of a duo's start in De Brug's demo programme: the coordinator plans the
 * first meeting of the match the demo decided for Koen Declercq and Samira Cherkaoui,
 * records that it took place with all three present, writes down both answers received by
 * phone, and once both accepted the agreement in their portal the duos page shows the duo
 * as active since its start date.
 */

const programmeName = 'Mentoring naar werk Antwerpen';
const KOEN = 'koen.declercq@example.be';
const SAMIRA = 'samira.cherkaoui@example.be';
const phone = { width: 390, height: 844 };

async function openDuos(page: Page) {
  await page.getByRole('link', { name: programmeName }).click();
  await page.getByRole('link', { name: 'Matching', exact: true }).first().click();
  await page.getByRole('link', { name: 'Duo’s', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Duo’s' })).toBeVisible();
}

/** The participant signs in by link on a phone and accepts the agreement; returns the home's closing line. */
async function acceptInPortal(browser: Browser, email: string) {
  const context = await browser.newContext({
    locale: 'nl-BE',
    viewport: phone,
    baseURL: urls.web,
  });
  const page = await context.newPage();
  await signInByLink(page, 'de-brug', email, dutch);
  await page.getByRole('link', { name: 'Bekijk de afspraken' }).click();
  await page.getByRole('button', { name: 'Ik ga akkoord' }).click();
  await expect(page.getByRole('main')).toContainText('Je ging akkoord op');
  await page.goto('/portal/de-brug');
  const status = await page.getByRole('main').textContent();
  await context.close();
  return status ?? '';
}

test('a coordinator takes a decided match to an active duo: first meeting, answers by phone, agreement accepted in the portal', async ({
  page,
  browser,
}) => {
  await signIn(page, 'coordinator@debrug.example');
  await openDuos(page);

  // A first meeting that did not take place is shown as such, with the way to plan again.
  const missed = page.getByRole('article', { name: 'Bart Hendrickx en Rania Aouad' });
  await expect(missed.getByText(/^De eerste ontmoeting van .* ging niet door\.$/)).toBeVisible();
  await expect(missed.getByText('Eerste ontmoeting nog te plannen')).toBeVisible();
  await expect(
    missed.getByRole('heading', { level: 3, name: 'Een nieuwe eerste ontmoeting plannen' }),
  ).toBeVisible();

  const duo = page.getByRole('article', { name: 'Koen Declercq en Samira Cherkaoui' });
  await expect(duo.getByText('Eerste ontmoeting nog te plannen')).toBeVisible();

  // The meeting took place two days ago at the office; staff plan it after the fact.
  const past = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  await duo.getByLabel('Datum en uur').fill(`${past}T10:00`);
  await duo.getByLabel('Plaats en adres').fill('Kantoor De Brug, Lange Kievitstraat 10');
  await duo.getByLabel('Soort plaats').selectOption({ label: 'Kantoor van de organisatie' });
  await duo.getByRole('button', { name: 'Plannen en uitnodigen' }).click();
  await expect(page.getByText(/De ontmoeting is gepland\./)).toBeVisible();
  await expect(duo.getByText('Eerste ontmoeting gepland', { exact: true })).toBeVisible();
  await expect(
    duo.getByText(/Kantoor De Brug, Lange Kievitstraat 10 \(kantoor van de organisatie\)/),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Held, with the coordinator, the mentor and the mentee present.
  await expect(duo.getByLabel('De ontmoeting heeft plaatsgevonden')).toBeChecked();
  await expect(duo.getByLabel('De mentor was er')).toBeChecked();
  await expect(duo.getByLabel('De mentee was er')).toBeChecked();
  await duo.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(page.getByText('De uitkomst van de ontmoeting is opgeslagen.')).toBeVisible();
  await expect(duo.getByText('Wacht op de bevestiging van beiden')).toBeVisible();
  await expect(duo.getByText('Wacht op: de mentor en de mentee')).toBeVisible();

  // Both answers came in by phone.
  for (const name of ['Koen Declercq', 'Samira Cherkaoui']) {
    await duo.getByLabel('Wie antwoordt').selectOption({ label: name });
    await duo.getByLabel('Antwoord', { exact: true }).selectOption({
      label: 'Wil verder met dit duo',
    });
    await duo.getByLabel('Hoe kwam het antwoord binnen').selectOption({ label: 'Telefonisch' });
    await duo.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await expect(page.getByText('Het antwoord is opgeslagen.')).toBeVisible();
  }
  await expect(duo.getByText('Bevestigd, wacht op de overeenkomst')).toBeVisible();
  await expect(duo.getByText('Wacht op: de mentor en de mentee')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Each accepts the agreement on their own phone; the second acceptance starts the duo.
  await acceptInPortal(browser, KOEN);
  const home = await acceptInPortal(browser, SAMIRA);
  const started = /Jullie duo is gestart op (.+?)\. Het loopt tot/.exec(home)?.[1];
  expect(started).toBeTruthy();

  await page.reload();
  const active = page.getByRole('article', { name: 'Koen Declercq en Samira Cherkaoui' });
  await expect(active.getByText(`Actief duo — gestart op ${started}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
