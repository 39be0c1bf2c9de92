import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../src/criteria/ids.ts';
import type { ProgrammeEvidence } from '../src/evidence/programme-evidence.ts';
import { computeAllIndicators, INDICATOR_FORMULAS } from '../src/indicators/registry.ts';
import { makePeriod } from '../src/time/period.ts';
import { evidenceWith, Q1_2025 } from './fixtures/evidence.ts';
import { seededRandom } from './fixtures/seeded-random.ts';
import { syntheticProgramme } from './fixtures/synthetic-programme.ts';

const PERIODS = [
  Q1_2025,
  makePeriod('2024-07-01', '2024-10-01'),
  makePeriod('2024-01-01', '2025-01-01'),
  makePeriod('2025-03-15', '2025-04-15'),
];

function shuffled(evidence: ProgrammeEvidence, seed: number): ProgrammeEvidence {
  const random = seededRandom(seed);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  const result: Record<string, unknown> = { programme: evidence.programme };
  for (const [key, value] of Object.entries(evidence))
    if (Array.isArray(value)) result[key] = shuffle(value);
  return result as unknown as ProgrammeEvidence;
}

describe('indicator registry', () => {
  it('has a formula for each of the 23 criteria', () => {
    expect(Object.keys(INDICATOR_FORMULAS).sort()).toEqual([...CRITERION_IDS].sort());
  });

  it('reports no data for an empty programme, except D4 whose empty library is a result', () => {
    const all = computeAllIndicators(evidenceWith({}), Q1_2025);
    for (const id of CRITERION_IDS)
      expect(all[id].status).toBe(id === 'D4' ? 'not_met' : 'no_data');
  });

  it('keeps every share consistent with its record IDs, and does not depend on record order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(...PERIODS),
        (seed, period) => {
          const evidence = syntheticProgramme(seed, 40, 800);
          const all = computeAllIndicators(evidence, period);
          for (const id of CRITERION_IDS) {
            const indicator = all[id];
            expect(indicator.criterionId).toBe(id);
            for (const measure of indicator.measures) {
              if (measure.unit !== 'share') continue;
              expect(measure.numeratorIds).toHaveLength(measure.numerator);
              expect(measure.denominatorIds).toHaveLength(measure.denominator);
              const denominator = new Set(measure.denominatorIds);
              for (const numeratorId of measure.numeratorIds)
                expect(denominator.has(numeratorId)).toBe(true);
              expect(measure.value).toBe(
                measure.denominator === 0 ? null : measure.numerator / measure.denominator,
              );
            }
            const headline = indicator.measures[0];
            expect(indicator.numerator).toBe(headline?.numerator);
          }
          expect(computeAllIndicators(shuffled(evidence, seed), period)).toEqual(all);
        },
      ),
      { numRuns: 15 },
    );
  });
});
