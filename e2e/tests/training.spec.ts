import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './support.ts';

/**
 * Mentor training (A5) of De Brug's demo programme: the curriculum covers the ten topics,
 * attendance at the past training session changes the demo mentor's coverage, and taking
 * attendance before a session starts is refused in words. The test puts the demo data back.
 */

const programmeName = 'Mentoring naar werk Antwerpen';
const mentor = 'Jan De Smet';

async function saveAttendance(page: Page, status: string) {
  await page.getByRole('group', { name: mentor }).getByLabel(status, { exact: true }).check();
  await page.getByRole('button', { name: 'Aanwezigheid bewaren' }).click();
}

test('a coordinator checks the curriculum, takes attendance and sees the mentor’s coverage change', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'coordinator@debrug.example');
  await page.getByRole('link', { name: programmeName }).click();
  await page.getByRole('link', { name: 'Opleiding mentoren' }).click();

  // The curriculum: three modules that together cover all ten topics.
  await expect(page.getByRole('heading', { level: 1, name: 'Opleidingsprogramma' })).toBeVisible();
  await expect(page.getByText('10 van 10 onderwerpen', { exact: true })).toBeVisible();
  await expect(page.getByText('Het opleidingsprogramma dekt alle tien onderwerpen.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Wat is mentoring?' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Module Wat is mentoring? verwijderen' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A module without topics is refused; the name typed stays.
  await page.getByLabel('Naam van de module').fill('Oefenmodule');
  await page.getByRole('button', { name: 'Module bewaren' }).click();
  await expect(page.getByText('Kies minstens één thema.').first()).toBeVisible();
  await expect(page.getByLabel('Naam van de module')).toHaveValue('Oefenmodule');
  await expect(page.getByText('10 van 10 onderwerpen', { exact: true })).toBeVisible();

  // Before: the mentor attended the past session (seven topics) and is flagged.
  await page.getByRole('link', { name: 'Opleiding per mentor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opleiding per mentor' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(mentor) });
  await expect(row.getByText('7 van 10 onderwerpen')).toBeVisible();
  await expect(row.getByText('Gemarkeerd vóór matching: opleiding onvolledig')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The past session: mark the mentor absent.
  await page.getByRole('link', { name: 'Opleidingssessies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opleidingssessies' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page
    .getByRole('row', { name: /Lange Kievitstraat/ })
    .getByRole('link')
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Opleidingssessie van / }),
  ).toBeVisible();
  await expect(
    page.getByRole('group', { name: mentor }).getByLabel('Aanwezig', { exact: true }),
  ).toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await saveAttendance(page, 'Afwezig');
  await expect(page.getByRole('status')).toHaveText('De aanwezigheid is bewaard.');

  // After: nothing covered, all ten topics missing.
  await page.getByRole('link', { name: 'Opleiding per mentor' }).click();
  await expect(row.getByText('0 van 10 onderwerpen')).toBeVisible();
  await expect(row.getByText(/de definitie van mentoring/)).toBeVisible();

  // The mentor's application page shows the same.
  await row.getByRole('link', { name: mentor }).click();
  await expect(page.getByRole('heading', { level: 1, name: mentor })).toBeVisible();
  const training = page.getByRole('region', { name: 'Opleiding mentor' });
  await expect(training.getByText('0 van 10 onderwerpen', { exact: false })).toBeVisible();
  await expect(training.getByText('Gemarkeerd vóór matching: opleiding onvolledig')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The upcoming session refuses attended before it starts, in words.
  await page.getByRole('link', { name: 'Opleiding mentoren' }).click();
  await page.getByRole('link', { name: 'Opleidingssessies' }).click();
  await page
    .getByRole('row', { name: /Online/ })
    .getByRole('link')
    .click();
  await expect(page.getByText('Deze sessie is nog niet begonnen', { exact: false })).toBeVisible();
  await saveAttendance(page, 'Aanwezig');
  await expect(page.getByRole('alert')).toHaveText(
    'Deze opleiding is nog niet begonnen; aanwezigheid kan pas daarna.',
  );

  // Put the demo data back: attended at the past session, seven topics again.
  await page.getByRole('link', { name: 'Opleidingssessies' }).click();
  await page
    .getByRole('row', { name: /Lange Kievitstraat/ })
    .getByRole('link')
    .click();
  await saveAttendance(page, 'Aanwezig');
  await expect(page.getByRole('status')).toHaveText('De aanwezigheid is bewaard.');
  await page.getByRole('link', { name: 'Opleiding per mentor' }).click();
  await expect(row.getByText('7 van 10 onderwerpen')).toBeVisible();
});

test('a coach reads the training pages without ways to change them', async ({ page }) => {
  await signIn(page, 'coach@debrug.example');
  await page.getByRole('link', { name: 'De Brug vzw' }).click();
  await page.getByRole('link', { name: programmeName }).click();
  await page.getByRole('link', { name: 'Opleiding mentoren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opleidingsprogramma' })).toBeVisible();
  await expect(page.getByRole('button', { name: /verwijderen$/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Module bewaren' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Opleidingssessies' }).click();
  await expect(page.getByRole('button', { name: 'Opleidingssessie plannen' })).toHaveCount(0);
  await page
    .getByRole('row', { name: /Lange Kievitstraat/ })
    .getByRole('link')
    .click();
  await expect(page.getByRole('button', { name: 'Aanwezigheid bewaren' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Jan De Smet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
