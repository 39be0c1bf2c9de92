import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn } from './support.ts';

/**
 * A coordinator reads the quality dashboard in French and downloads it for the period shown:
 * the CSV for Belgian Excel and the PDF report the API prints.
 */

const programmeName = 'Mentoring naar werk Antwerpen';
const fileName = (extension: string) =>
  new RegExp(
    `^qualite-de-brug-vzw-mentoring-naar-werk-antwerpen-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`,
  );

test('a coordinator reads the dashboard in French and downloads it as CSV and PDF', async ({
  page,
}) => {
  await signIn(page, 'coordinator@debrug.example');
  await page.getByRole('link', { name: programmeName }).click();
  await page.getByRole('link', { name: 'Kwaliteitscriteria' }).click();
  await page.getByRole('link', { name: 'Laatste 12 maanden', exact: true }).click();
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Critères de qualité' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Exporter' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger le CSV pour Excel' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(fileName('csv'));
  const csv = await readFile(await csvDownload.path(), 'utf8');
  // Excel needs the byte-order mark to read UTF-8, and Belgian Excel splits on `;`.
  expect(
    csv.startsWith('\uFEFFOrganisation;De Brug vzw\r\nProgramme;Mentoring naar werk Antwerpen\r\n'),
  ).toBe(true);
  expect(csv).toContain('\r\nCritère;Domaine;Intitulé;Statut;Mesure;');
  expect(csv).toMatch(
    /\r\nA1;Recrutement et sélection des mentors;[^\r\n]*;(Atteint|Partiellement atteint|Non atteint|Pas de données);/,
  );
  expect(csv).toMatch(
    /\r\nE3;Fin et évaluation;Évaluation à la fin du duo;(Atteint|Partiellement atteint|Non atteint|Pas de données);/,
  );
  expect(csv).not.toContain('Pas encore mesuré');
  expect(csv).toContain('\r\nRésultats — hors du statut des critères\r\n');

  const [pdfDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger le rapport PDF' }).click(),
  ]);
  expect(pdfDownload.suggestedFilename()).toMatch(fileName('pdf'));
  const pdf = await readFile(await pdfDownload.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF');
});
