import { unitOfWork } from '@tandem/db';
import {
  brusselsDate,
  CRITERIA_WITH_WORKFLOW,
  computeIndicator,
  lastQuarters,
  TREND_QUARTERS,
} from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import { loadIntakeEvidence } from './evidence-from-db.ts';
import { createHarness, withKey } from './harness.ts';

/** quality.trends over HTTP: each criterion's headline by quarter, and who may see it. */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const org = h.deBrug;

const programmes = await coordinator.programme.list.query({ organisationId: org });
const programme = programmes.find((p) => p.name.startsWith('Mentoring naar werk'));
const [lePontProgramme] = await lePontCoordinator.programme.list.query({
  organisationId: h.lePont,
});
if (!programme || !lePontProgramme) throw new Error('demo programmes missing');
const input = { organisationId: org, programmeId: programme.id };

describe('quality.trends', () => {
  it('gives every computed criterion by quarter, as the reference computes each quarter', async () => {
    const result = await coordinator.quality.trends.query(input);
    const quarters = lastQuarters(brusselsDate(new Date().toISOString()));
    expect(result.quarters).toEqual(quarters);
    expect(result.quarters).toHaveLength(TREND_QUARTERS);
    expect(result.criteria.map((c) => c.criterionId)).toEqual([...CRITERIA_WITH_WORKFLOW]);
    const evidence = await unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
      loadIntakeEvidence(tx, org, programme.id),
    );
    let withData = 0;
    for (const criterion of result.criteria) {
      expect(criterion.points).toHaveLength(quarters.length);
      for (const [index, quarter] of quarters.entries()) {
        const expected = computeIndicator(criterion.criterionId, evidence, quarter);
        const headline = expected.measures[0];
        expect(criterion.measure).toBe(headline?.key);
        expect(criterion.unit).toBe(headline?.unit);
        expect(criterion.points[index], `${criterion.criterionId} ${quarter.start}`).toEqual({
          status: expected.status,
          value: headline?.value,
          numerator: headline?.numerator,
          denominator: headline?.denominator,
          target: headline?.target,
        });
        if (expected.status !== 'no_data') withData++;
      }
    }
    // The demo data reaches back: the trend is not a row of empty quarters.
    expect(withData).toBeGreaterThan(CRITERIA_WITH_WORKFLOW.length);
  });

  it('answers only the criteria asked, in the order asked', async () => {
    const result = await coordinator.quality.trends.query({ ...input, criterionIds: ['D2', 'C3'] });
    expect(result.criteria.map((c) => c.criterionId)).toEqual(['D2', 'C3']);
    const all = await coordinator.quality.trends.query(input);
    expect(result.criteria[0]).toEqual(all.criteria.find((c) => c.criterionId === 'D2'));
  });

  it('refuses no criteria, an unknown one, and a list longer than the catalogue', async () => {
    for (const criterionIds of [[], ['Z9'], ['E4'], Array.from({ length: 24 }, () => 'A1')]) {
      await expect(
        coordinator.quality.trends.query({ ...input, criterionIds: criterionIds as ['A1'] }),
      ).rejects.toEqual(withKey('validation.invalid_input'));
    }
  });

  it('is for staff of the organisation: a coach sees it, another organisation gets not found', async () => {
    await expect(coach.quality.trends.query(input)).resolves.toBeDefined();
    await expect(lePontCoordinator.quality.trends.query(input)).rejects.toEqual(
      withKey('not_found'),
    );
    await expect(
      coordinator.quality.trends.query({ ...input, programmeId: lePontProgramme.id }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(h.as(null).quality.trends.query(input)).rejects.toEqual(
      withKey('auth.unauthenticated'),
    );
  });
});
