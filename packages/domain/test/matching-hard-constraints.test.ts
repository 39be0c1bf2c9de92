import { describe, expect, it } from 'vitest';
import { provinceOfPostcode } from '../src/matching/belgian-province.ts';
import { proposeCohort } from '../src/matching/cohort-proposal.ts';
import { explainPair } from '../src/matching/explain-pair.ts';
import { prepareMatchingPool } from '../src/matching/matching-pool.ts';
import { EXCLUDED, scoreMatrix } from '../src/matching/pair-score.ts';
import { suggestMentors } from '../src/matching/suggestions.ts';
import { mentee, mentor, SETTINGS } from './fixtures/matching.ts';

// Brussels → Antwerp is about 42 km; Brussels → Leuven about 24 km.
const ANTWERP = { lat: 51.2194, lon: 4.4025 };
const LEUVEN = { lat: 50.8798, lon: 4.7005 };

describe('hard distance limit', () => {
  const mentors = [
    mentor('antwerp', { coordinates: ANTWERP }),
    mentor('leuven', { coordinates: LEUVEN }),
  ];
  const mentees = [mentee('brussels'), mentee('somewhere', { coordinates: null, region: 'ANT' })];

  it('excludes a pair farther apart than the maximum only when the limit is hard', () => {
    const soft = prepareMatchingPool(mentors, mentees, { ...SETTINGS, maxDistanceKm: 30 });
    expect(Number.isFinite(scoreMatrix(soft)[0] as number)).toBe(true);
    expect(explainPair(soft, 'antwerp', 'brussels').exclusions).toEqual([]);

    const hard = prepareMatchingPool(mentors, mentees, {
      ...SETTINGS,
      maxDistanceKm: 30,
      distanceIsHardLimit: true,
    });
    const matrix = scoreMatrix(hard);
    expect(matrix[0]).toBe(EXCLUDED);
    expect(Number.isFinite(matrix[2] as number)).toBe(true);
    const explanation = explainPair(hard, 'antwerp', 'brussels');
    expect(explanation.score).toBeNull();
    expect(explanation.exclusions).toEqual([
      { key: 'match.excluded.beyond_max_distance', params: { km: 42, maxDistanceKm: 30 } },
    ]);
    expect(suggestMentors(hard, 'brussels', 5).map((s) => s.mentorId)).toEqual(['leuven']);
  });

  it('keeps a pair at exactly the maximum and one whose distance is unknown', () => {
    const hard = prepareMatchingPool(mentors, mentees, {
      ...SETTINGS,
      maxDistanceKm: 42,
      distanceIsHardLimit: true,
    });
    const matrix = scoreMatrix(hard);
    expect(Array.from(matrix).every(Number.isFinite)).toBe(true);
    expect(explainPair(hard, 'antwerp', 'somewhere').exclusions).toEqual([]);
  });
});

describe('mentors whose training is incomplete', () => {
  it('are never proposed, with their own reason, and the cohort goes to the others', () => {
    const pool = prepareMatchingPool(
      [mentor('untrained', { sectors: ['it'] }), mentor('trained')],
      [mentee('e', { sectors: ['it'] })],
      { ...SETTINGS, untrainedMentorIds: ['untrained', 'not-in-pool'] },
    );
    expect(scoreMatrix(pool)[0]).toBe(EXCLUDED);
    expect(explainPair(pool, 'untrained', 'e').exclusions).toEqual([
      { key: 'match.excluded.mentor_training_incomplete', params: {} },
    ]);
    const result = proposeCohort(pool, { minScore: 0, locks: [] });
    expect(result.ok && result.proposal.pairs.map((p) => p.mentorId)).toEqual(['trained']);
    expect(
      proposeCohort(pool, { minScore: 0, locks: [{ mentorId: 'untrained', menteeId: 'e' }] }),
    ).toMatchObject({ ok: false, errors: [{ code: 'cohort.lock_excluded' }] });
  });

  it('lists every reason that applies, training beside capacity', () => {
    const pool = prepareMatchingPool([mentor('m', { capacity: 1, activeDuos: 1 })], [mentee('e')], {
      ...SETTINGS,
      untrainedMentorIds: ['m'],
    });
    expect(explainPair(pool, 'm', 'e').exclusions.map((x) => x.key)).toEqual([
      'match.excluded.mentor_at_capacity',
      'match.excluded.mentor_training_incomplete',
    ]);
  });
});

describe('province of a Belgian postcode', () => {
  it('follows the postcode blocks, with the split provinces and nothing for the unknown', () => {
    expect(
      [
        '1000',
        '1300',
        '1500',
        '2000',
        '3000',
        '3500',
        '4000',
        '5000',
        '6000',
        '6600',
        '7000',
        '8000',
        '9000',
      ].map(provinceOfPostcode),
    ).toEqual([
      'BRU',
      'WBR',
      'VBR',
      'VAN',
      'VBR',
      'VLI',
      'WLG',
      'WNA',
      'WHT',
      'WLX',
      'WHT',
      'VWV',
      'VOV',
    ]);
    expect(provinceOfPostcode(' B-1299 ')).toBe('BRU');
    expect(['0999', '75001', 'abcd', ''].map(provinceOfPostcode)).toEqual([null, null, null, null]);
  });
});
