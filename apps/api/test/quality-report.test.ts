import { brusselsDate } from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/csv/parse-csv.ts';
import { createHarness, withKey } from './harness.ts';
import { pdfText } from './pdf-text.ts';

/** The quality dashboard as files: the PDF report and the CSV export, in the reader's language. */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@lepont.example');
const deBrugCoordinator = await h.signIn('coordinator@debrug.example');
const [programme] = await coordinator.programme.list.query({ organisationId: h.lePont });
if (!programme) throw new Error('demo programme missing');

// The last three years hold every demo record, whatever today's date.
const day = 86_400_000;
const period = {
  start: brusselsDate(new Date(Date.now() - 3 * 365 * day).toISOString()),
  end: brusselsDate(new Date(Date.now() + day).toISOString()),
};
const scope = { organisationId: h.lePont, programmeId: programme.id, period };

const frenchDate = (calendarDate: string) =>
  new Intl.DateTimeFormat('fr-BE', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${calendarDate}T00:00:00Z`),
  );
const inclusiveEnd = brusselsDate(
  new Date(Date.parse(`${period.end}T12:00:00Z`) - day).toISOString(),
);
const frenchPeriod = `Du ${frenchDate(period.start)} au ${frenchDate(inclusiveEnd)} inclus`;
const FRENCH_STATUS = {
  met: 'Atteint',
  partly: 'Partiellement atteint',
  not_met: 'Non atteint',
  no_data: 'Pas de données',
} as const;

async function computed() {
  const result = await coordinator.quality.indicators.query(scope);
  return result.criteria.flatMap((c) => (c.computed ? [c] : []));
}

describe('quality.reportPdf', () => {
  it('reads back in French: organisation, programme, period, criteria with their status, outcomes apart', async () => {
    const pdf = await coordinator.quality.reportPdf.query({ ...scope, locale: 'fr' });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.filename).toBe(
      `qualite-le-pont-asbl-mentorat-vers-l-emploi-bruxelles-${period.start}-${inclusiveEnd}.pdf`,
    );
    const text = await pdfText(pdf.base64);
    expect(text).toContain('Rapport de qualité');
    expect(text).toContain('Le Pont asbl');
    expect(text).toContain('Mentorat vers l’emploi Bruxelles');
    expect(text).toContain(frenchPeriod);
    expect(text).toContain('A. Recrutement et sélection des mentors');
    const a1 = (await computed()).find((c) => c.criterionId === 'A1');
    expect(a1).toBeDefined();
    expect(text).toMatch(
      new RegExp(
        `A1 Séance d’information pour les mentors\\s+${FRENCH_STATUS[a1?.status ?? 'no_data']}`,
      ),
    );
    const e3 = (await computed()).find((c) => c.criterionId === 'E3');
    expect(text).toMatch(
      new RegExp(`E3 Évaluation à la fin du duo\\s+${FRENCH_STATUS[e3?.status ?? 'no_data']}`),
    );
    // All 23 criteria are computed: none is left "not measured yet".
    expect(text).not.toContain('Pas encore mesuré');
    expect(text).toContain('Résultats — hors du statut des critères');
    // French puts a narrow no-break space before "%", which the built-in font would print
    // as a stray glyph ("6 /%").
    expect(text).toMatch(/\d %/);
    expect(text).not.toMatch(/\d\s?\/%/);
  });

  it('speaks the language asked for', async () => {
    const text = await pdfText(
      (await coordinator.quality.reportPdf.query({ ...scope, locale: 'nl' })).base64,
    );
    expect(text).toContain('Kwaliteitsrapport');
    expect(text).toContain('Infosessie voor mentoren');
    expect(text).not.toContain('Rapport de qualité');
  });

  it('is for staff of the organisation only', async () => {
    await expect(
      deBrugCoordinator.quality.reportPdf.query({ ...scope, locale: 'fr' }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(h.as(null).quality.reportCsv.query({ ...scope, locale: 'fr' })).rejects.toEqual(
      withKey('auth.unauthenticated'),
    );
  });
});

describe('quality.reportCsv', () => {
  it('is a CSV for Belgian Excel: BOM, `;`, CRLF, French headers and decimal commas', async () => {
    const exported = await coordinator.quality.reportCsv.query({ ...scope, locale: 'fr' });
    expect(exported.filename).toBe(
      `qualite-le-pont-asbl-mentorat-vers-l-emploi-bruxelles-${period.start}-${inclusiveEnd}.csv`,
    );
    expect(exported.csv.startsWith('\uFEFFOrganisation;Le Pont asbl\r\n')).toBe(true);
    expect(exported.csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    // The French "; " inside a text is quoted, not taken for a separator.
    expect(exported.csv).toContain(';"À titre d’information ; pas d’objectif"\r\n');
    const { delimiter, records } = parseCsv(exported.csv);
    expect(delimiter).toBe(';');
    const cells = records.map((r) => r.cells);
    expect(cells.slice(0, 4)).toEqual([
      ['Organisation', 'Le Pont asbl'],
      ['Programme', 'Mentorat vers l’emploi Bruxelles'],
      ['Période', frenchPeriod],
      ['Généré le', expect.stringMatching(/^\d{1,2} \S+ \d{4} à \d{2}:\d{2}$/)],
    ]);
    expect(cells[4]).toEqual([
      'Critère',
      'Domaine',
      'Intitulé',
      'Statut',
      'Mesure',
      'Statut de la mesure',
      'Valeur',
      'Unité',
      'Numérateur',
      'Dénominateur',
      'Objectif',
    ]);

    const criteria = await computed();
    const measureRows = cells.slice(5, 5 + criteria.flatMap((c) => c.measures).length);
    let withDecimals = 0;
    for (const criterion of criteria) {
      const rows = measureRows.filter((r) => r[0] === criterion.criterionId);
      expect(rows, criterion.criterionId).toHaveLength(criterion.measures.length);
      criterion.measures.forEach((measure, i) => {
        const row = rows[i] ?? [];
        expect(row[3]).toBe(FRENCH_STATUS[criterion.status]);
        expect([row[8], row[9]]).toEqual([String(measure.numerator), String(measure.denominator)]);
        if (measure.unit !== 'share' || measure.value === null) return;
        // A share reads as a percentage Excel takes for a number: "5,6%", never "5.6%".
        expect(row[6]).toMatch(/^\d+(,\d)?%$/);
        if (row[6]?.includes(',')) withDecimals++;
        const read = Number(row[6]?.replace(',', '.').replace('%', '')) / 100;
        expect(Math.abs(read - measure.value)).toBeLessThan(0.0006);
      });
    }
    expect(withDecimals).toBeGreaterThan(0);
    expect(cells.flat()).not.toContain('Pas encore mesuré');

    const outcomesAt = cells.findIndex((r) => r[0] === 'Résultats — hors du statut des critères');
    expect(outcomesAt).toBeGreaterThan(5 + measureRows.length - 1);
    expect(cells[outcomesAt + 1]).toEqual([
      'Résultat',
      'Valeur',
      'Unité',
      'Numérateur',
      'Dénominateur',
    ]);
    const outcomes = await coordinator.quality.outcomes.query(scope);
    expect(cells.slice(outcomesAt + 2).map((r) => r[0])).toEqual([
      'Au travail ou en formation à la fin',
      'Au travail ou en formation après six mois',
      'Évolution de la confiance en soi (échelle de 1 à 5)',
    ]);
    expect(cells[outcomesAt + 2]?.slice(3)).toEqual([
      String(outcomes.workOrTrainingAtEnd.numerator),
      String(outcomes.workOrTrainingAtEnd.denominator),
    ]);
  });

  it('quotes a name with quotes and `;`, and leaves a formula harmless', async () => {
    const created = await coordinator.programme.create.mutate({
      organisationId: h.lePont,
      name: '=Mentorat "Cap" ; Liège',
      description: 'Pour la région liégeoise.',
      languages: ['fr'],
    });
    const exported = await coordinator.quality.reportCsv.query({
      ...scope,
      programmeId: created.id,
      locale: 'fr',
    });
    expect(exported.csv).toContain('\r\nProgramme;"\'=Mentorat ""Cap"" ; Liège"\r\n');
    expect(parseCsv(exported.csv).records[1]?.cells).toEqual([
      'Programme',
      '\'=Mentorat "Cap" ; Liège',
    ]);
    expect(exported.filename).toMatch(/^qualite-le-pont-asbl-mentorat-cap-liege-/);
  });
});
