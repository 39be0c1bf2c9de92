import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { dutch, signInByLink } from './portal-mail.ts';
import { expectNoSeriousA11yViolations, signIn } from './support.ts';

/**
 * A person's data (GDPR access and portability): a coordinator, in Dutch, downloads
 * everything De Brug holds about a mentee as a document and as JSON; the mentor downloads
 * their own from the portal on a phone.
 */
const phone = { width: 390, height: 844 };

test('a coordinator exports a person’s data', async ({ page }) => {
  await signIn(page, 'coordinator@debrug.example');
  await page.getByRole('link', { name: 'Mentoring naar werk Antwerpen' }).click();
  await page.getByRole('link', { name: 'Aanmeldingen' }).first().click();
  await page.getByRole('link', { name: 'Mehdi Aydin' }).click();
  const section = page.getByRole('region', { name: 'Persoonsgegevens exporteren' });
  await expect(section).toBeVisible();

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: 'Leesbaar document downloaden (PDF)' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe('persoonsgegevens.pdf');
  expect((await readFile(await pdf.path())).subarray(0, 5).toString()).toBe('%PDF-');

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: 'JSON-bestand downloaden' }).click(),
  ]);
  const exported = JSON.parse(await readFile(await json.path(), 'utf8'));
  expect(exported.person).toMatchObject({ name: 'Mehdi Aydin', email: 'mehdi.aydin@example.be' });
  expect(Object.keys(exported.records)).toEqual(
    expect.arrayContaining(['applications', 'duos', 'duo_contacts']),
  );
  await expectNoSeriousA11yViolations(page);
});

test.describe('in the portal, on a phone', () => {
  test.use({ locale: 'nl-BE', viewport: phone });

  test('a mentor downloads their own data', async ({ page }) => {
    await signInByLink(page, 'de-brug', 'elif.hermans@example.be', dutch);
    const section = page.getByRole('region', { name: 'Mijn gegevens' });
    await expect(section).toBeVisible();
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('link', { name: 'Download mijn gegevens (JSON)' }).click(),
    ]);
    const exported = JSON.parse(await readFile(await json.path(), 'utf8'));
    expect(exported.person.email).toBe('elif.hermans@example.be');
    expect(JSON.stringify(exported.records)).not.toContain('mehdi.aydin@example.be');
    await expectNoSeriousA11yViolations(page);
  });
});
