import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { dutch, signInByLink } from './portal-mail.ts';
import { expectNoSeriousA11yViolations, signIn, urls } from './support.ts';

/**
 * The programme's library (D4) and the social map in HSDS, in Dutch: the coordinator of De
 * Brug adds a link for mentors and a file for mentees and marks one reviewed; Elif, a mentor,
 * sees what is meant for mentors in the portal on a phone, and not the file for mentees. The
 * social map goes out as HSDS JSON and a directory comes back in with its report.
 */
const ELIF = 'elif.hermans@example.be';
const phone = { width: 390, height: 844 };
const LINK_TITLE = 'Checklist voor het eerste gesprek';
const FILE_TITLE = 'Tips voor mentees';

async function openProgramme(page: Page) {
  await signIn(page, 'coordinator@debrug.example');
  await page.getByRole('link', { name: 'Mentoring naar werk Antwerpen' }).click();
  await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
}

function card(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
}

test('a coordinator keeps the library; a mentor sees what is meant for mentors', async ({
  browser,
}) => {
  const staffContext = await browser.newContext({ locale: 'nl-BE', baseURL: urls.web });
  const staff = await staffContext.newPage();
  await openProgramme(staff);
  await staff.getByRole('main').getByRole('link', { name: 'Bibliotheek' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Bibliotheek' })).toBeVisible();
  for (const kind of ['Richtlijnen', 'Coachingtools', 'Procedures', 'Sociale kaart'])
    await expect(staff.getByRole('heading', { level: 2, name: kind })).toBeVisible();

  const form = staff.getByRole('region', { name: 'Materiaal toevoegen' });
  await form.getByLabel('Rubriek').selectOption({ label: 'Coachingtools' });
  await form.getByLabel('Titel').fill(LINK_TITLE);
  await form.getByLabel('Voor wie').selectOption({ label: 'Mentoren' });
  await form.getByLabel('Taal').selectOption({ label: 'Nederlands' });
  await form.getByLabel('Link').fill('https://example.org/checklist');
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  const link = card(staff, LINK_TITLE);
  await expect(link).toContainText('Herziening nodig');
  await expect(link.getByRole('link', { name: 'https://example.org/checklist' })).toBeVisible();

  // Over 5 MB: refused with the reason, and what was typed stays.
  await form.getByLabel('Rubriek').selectOption({ label: 'Richtlijnen' });
  await form.getByLabel('Titel').fill(FILE_TITLE);
  await form.getByLabel('Voor wie').selectOption({ label: 'Mentees' });
  await form.getByLabel('Bestand').setInputFiles({
    name: 'groot.txt',
    mimeType: 'text/plain',
    buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a'),
  });
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(form.getByText('Dit bestand is te groot: maximaal 5 MB.').first()).toBeVisible();
  await expect(form.getByLabel('Titel')).toHaveValue(FILE_TITLE);
  await expect(form.getByLabel('Voor wie')).toHaveValue('mentee');

  await form.getByLabel('Bestand').setInputFiles({
    name: 'tips.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Stel vragen, luister, en noteer je afspraken.\n'),
  });
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  const file = card(staff, FILE_TITLE);
  await expect(file).toContainText('Mentees');
  const [download] = await Promise.all([
    staff.waitForEvent('download'),
    file.getByRole('link', { name: 'tips.txt downloaden' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tips.txt');
  expect(await readFile(await download.path(), 'utf8')).toContain('Stel vragen');

  await link.getByRole('button', { name: `${LINK_TITLE}: vandaag herzien` }).click();
  await expect(link).not.toContainText('Herziening nodig');
  await expect(link).not.toContainText('Nog nooit');
  await expectNoSeriousA11yViolations(staff);
  await staffContext.close();

  const context = await browser.newContext({ locale: 'nl-BE', viewport: phone, baseURL: urls.web });
  const mentor = await context.newPage();
  await signInByLink(mentor, 'de-brug', ELIF, dutch);
  await mentor.getByRole('link', { name: 'Naar de bibliotheek' }).click();
  await expect(mentor.getByRole('heading', { level: 1, name: 'Bibliotheek' })).toBeVisible();
  await expect(mentor.getByRole('heading', { name: LINK_TITLE })).toBeVisible();
  // From the demo library: one for mentors, one for both.
  await expect(
    mentor.getByRole('heading', { name: 'Gesprekskaarten: je sterktes in kaart' }),
  ).toBeVisible();
  await expect(
    mentor.getByRole('heading', { name: 'Handleiding voor mentoren en mentees' }),
  ).toBeVisible();
  await expect(mentor.getByRole('heading', { name: FILE_TITLE })).toHaveCount(0);
  await expectNoSeriousA11yViolations(mentor);
  expect(await mentor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    phone.width,
  );
  await context.close();
});

test('the social map goes out as HSDS JSON, and an HSDS import shows its report', async ({
  page,
}) => {
  await openProgramme(page);
  await page.getByRole('main').getByRole('link', { name: 'Sociale kaart' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Exporteren als HSDS-JSON' }).click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(Array.isArray(exported.organizations)).toBe(true);
  expect(exported.organizations.length).toBeGreaterThan(0);

  const directory = {
    organizations: [
      {
        id: '6f1c1d2e-0d7b-4a57-9d55-2f0b6f3b9a01',
        name: 'Buurthuis De Kaai',
        description: 'Ontmoeting en hulp in de buurt.',
        services: [
          {
            id: '6f1c1d2e-0d7b-4a57-9d55-2f0b6f3b9a02',
            name: 'Taalcafé De Kaai',
            status: 'active',
            email: 'taalcafe@example.org',
          },
          { id: '6f1c1d2e-0d7b-4a57-9d55-2f0b6f3b9a03', status: 'active' },
        ],
      },
    ],
  };
  await page.getByRole('link', { name: 'HSDS-JSON importeren' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Diensten importeren uit HSDS' }),
  ).toBeVisible();
  await page.getByLabel('HSDS-bestand (JSON, maximaal 5 MB)').setInputFiles({
    name: 'kaai.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(directory)),
  });
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByRole('heading', { name: 'Wat de import doet' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Nieuw: 1 · Bijgewerkt: 0 · Geweigerd: 1');
  const refused = page.getByRole('listitem').filter({ hasText: 'Organisatie 1, dienst 2' }).first();
  await expect(refused).toContainText('Geweigerd');
  await expect(refused).toContainText('Volgt het HSDS-schema niet: /name (required)');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('heading', { name: 'Wat de import deed' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Nieuw: 1 · Bijgewerkt: 0 · Geweigerd: 1');
  await page.getByRole('link', { name: 'Terug naar de sociale kaart' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Taalcafé De Kaai' })).toBeVisible();
});
