import { describe, expect, it } from 'vitest';
import { explainPair } from '../src/matching/explain-pair.ts';
import { validateMatchingSettings } from '../src/matching/matching-criteria.ts';
import { prepareMatchingPool } from '../src/matching/matching-pool.ts';
import { EXCLUDED, scoreMatrix } from '../src/matching/pair-score.ts';
import { suggestMentees, suggestMentors } from '../src/matching/suggestions.ts';
import { mentee, mentor, SETTINGS } from './fixtures/matching.ts';

const partOf = (explanation: ReturnType<typeof explainPair>, criterion: string) =>
  explanation.parts.find((p) => p.criterion === criterion);

describe('pair score', () => {
  it('gives 1 to a pair that fits on every criterion that applies', () => {
    const pool = prepareMatchingPool([mentor('m')], [mentee('e')], SETTINGS);
    const explanation = explainPair(pool, 'm', 'e');
    expect(explanation.score).toBe(1);
    // No preferences, sectors, goals or interests stated: those do not apply.
    expect(explanation.parts.filter((p) => p.score === null).map((p) => p.criterion)).toEqual([
      'age',
      'sector',
      'goal',
      'interests',
    ]);
  });

  it('scores availability on the smaller set and explains the common slots', () => {
    const pool = prepareMatchingPool(
      [
        mentor('m', {
          availability: [
            { day: 'mon', part: 'morning' },
            { day: 'tue', part: 'evening' },
            { day: 'sat', part: 'morning' },
          ],
        }),
      ],
      [
        mentee('e', {
          availability: [
            { day: 'tue', part: 'evening' },
            { day: 'wed', part: 'evening' },
          ],
        }),
      ],
      SETTINGS,
    );
    expect(partOf(explainPair(pool, 'm', 'e'), 'availability')).toMatchObject({
      score: 0.5,
      key: 'match.explain.availability_overlap',
      params: { count: 1, slots: ['tue_evening'] },
    });
  });

  it('scores distance linearly to zero at the maximum, and falls back to the region without coordinates', () => {
    const antwerp = { lat: 51.2194, lon: 4.4025 };
    const pool = prepareMatchingPool(
      [mentor('brussels'), mentor('no-coordinates', { coordinates: null, region: 'ANT' })],
      [mentee('antwerp', { coordinates: antwerp, region: 'ANT' })],
      SETTINGS,
    );
    const distance = partOf(explainPair(pool, 'brussels', 'antwerp'), 'location');
    expect(distance?.key).toBe('match.explain.distance');
    // Brussels–Antwerp centres ≈ 41.6 km: beyond the 40 km maximum.
    expect(distance?.params.km).toBeCloseTo(41.6, 0);
    expect(distance?.score).toBe(0);
    expect(partOf(explainPair(pool, 'no-coordinates', 'antwerp'), 'location')).toMatchObject({
      score: 0.75,
      key: 'match.explain.same_region',
      params: { region: 'ANT' },
    });
  });

  it('lowers the age score by the years outside a stated preference, the stricter side winning', () => {
    const pool = prepareMatchingPool(
      [mentor('m', { age: 64, preferredAge: { min: 18, max: 40 } })],
      [mentee('e', { age: 45, preferredAge: { min: 30, max: 60 } })],
      SETTINGS,
    );
    // Mentor is 4 years over the mentee's range (0.6), mentee 5 over the mentor's (0.5).
    expect(partOf(explainPair(pool, 'm', 'e'), 'age')).toMatchObject({
      score: 0.5,
      key: 'match.explain.age_outside_preference',
      params: { years: 5 },
    });
  });

  it('scores sector and goal as the share of what the mentee asks for', () => {
    const pool = prepareMatchingPool(
      [mentor('m', { sectors: ['it', 'care'], experience: ['cv_letter', 'network'] })],
      [mentee('e', { sectors: ['it'], goals: ['cv_letter', 'interview_practice'] })],
      SETTINGS,
    );
    const explanation = explainPair(pool, 'm', 'e');
    expect(partOf(explanation, 'sector')).toMatchObject({ score: 1, params: { sectors: ['it'] } });
    expect(partOf(explanation, 'goal')).toMatchObject({
      score: 0.5,
      key: 'match.explain.goal_experience',
      params: { goals: ['cv_letter'], count: 1, total: 2 },
    });
  });

  it('prefers the mentee’s preferred language, and excludes pairs with no common language', () => {
    const pool = prepareMatchingPool(
      [mentor('fr-en', { languages: ['fr', 'en'] }), mentor('nl-only')],
      [mentee('ar-fr', { languages: ['ar', 'fr'] })],
      SETTINGS,
    );
    expect(partOf(explainPair(pool, 'fr-en', 'ar-fr'), 'language')).toMatchObject({
      score: 0.5,
      key: 'match.explain.common_language',
      params: { languages: ['fr'] },
    });
    const excluded = explainPair(pool, 'nl-only', 'ar-fr');
    expect(excluded.score).toBeNull();
    expect(excluded.exclusions).toEqual([{ key: 'match.excluded.no_common_language', params: {} }]);
    expect(scoreMatrix(pool)[1]).toBe(EXCLUDED);
  });

  it('excludes a mentor at capacity and a recorded exclusion, listing every reason', () => {
    const pool = prepareMatchingPool(
      [mentor('full', { capacity: 2, activeDuos: 2 }), mentor('free')],
      [mentee('e')],
      {
        ...SETTINGS,
        exclusions: [
          { mentorId: 'full', menteeId: 'e' },
          { mentorId: 'elsewhere', menteeId: 'e' },
        ],
      },
    );
    expect(explainPair(pool, 'full', 'e').exclusions.map((x) => x.key)).toEqual([
      'match.excluded.recorded_exclusion',
      'match.excluded.mentor_at_capacity',
    ]);
    expect(Array.from(scoreMatrix(pool))).toEqual([EXCLUDED, 1]);
  });

  it('weights criteria: the total is the weighted mean over the criteria that apply', () => {
    const pool = prepareMatchingPool(
      [mentor('m', { availability: [], interests: ['music'] })],
      [mentee('e', { interests: ['music', 'sport'] })],
      { ...SETTINGS, weights: { ...SETTINGS.weights, availability: 3 } },
    );
    // availability 0 (w3), location 1, language 1, interests 1 → 3 / 6.
    expect(explainPair(pool, 'm', 'e').score).toBeCloseTo(0.5, 12);
    expect(scoreMatrix(pool)[0]).toBeCloseTo(0.5, 12);
  });

  it('keeps the fast matrix and the explanation in agreement', () => {
    const mentors = [
      mentor('a', { sectors: ['it'], interests: ['x'] }),
      mentor('b', { coordinates: null, languages: ['fr', 'nl'] }),
    ];
    const mentees = [
      mentee('c', { sectors: ['it', 'care'], languages: ['fr'] }),
      mentee('d', { interests: ['x', 'y'], age: 70, preferredAge: { min: 20, max: 30 } }),
    ];
    const pool = prepareMatchingPool(mentors, mentees, SETTINGS);
    const matrix = scoreMatrix(pool);
    mentors.forEach((m, i) => {
      mentees.forEach((e, j) => {
        const explained = explainPair(pool, m.id, e.id).score;
        expect(explained === null ? EXCLUDED : explained).toBeCloseTo(
          matrix[i * mentees.length + j] as number,
          12,
        );
      });
    });
  });

  it('rejects settings without a usable weight or distance', () => {
    expect(
      validateMatchingSettings({ ...SETTINGS, weights: { ...SETTINGS.weights, age: -1 } })[0]?.code,
    ).toBe('matching.weight_invalid');
    const zero = Object.fromEntries(
      Object.keys(SETTINGS.weights).map((k) => [k, 0]),
    ) as typeof SETTINGS.weights;
    expect(validateMatchingSettings({ ...SETTINGS, weights: zero }).map((e) => e.code)).toEqual([
      'matching.weights_all_zero',
    ]);
    expect(validateMatchingSettings({ ...SETTINGS, maxDistanceKm: 0 })[0]?.code).toBe(
      'matching.max_distance_invalid',
    );
    expect(() => prepareMatchingPool([], [], { ...SETTINGS, maxDistanceKm: Number.NaN })).toThrow(
      RangeError,
    );
  });
});

describe('suggestions', () => {
  const pool = prepareMatchingPool(
    [
      mentor('far', { coordinates: { lat: 51.2, lon: 4.4 } }),
      mentor('near-b'),
      mentor('near-a'),
      mentor('no-language', { languages: ['tr'] }),
    ],
    [mentee('e'), mentee('f', { availability: [] })],
    SETTINGS,
  );

  it('ranks mentors for a mentee by score, ties by ID, without excluded pairs', () => {
    const suggestions = suggestMentors(pool, 'e', 3);
    expect(suggestions.map((s) => s.mentorId)).toEqual(['near-a', 'near-b', 'far']);
    expect(suggestions[0]?.explanation.parts).toHaveLength(7);
    expect(suggestMentors(pool, 'e', 10)).toHaveLength(3);
  });

  it('ranks mentees for a mentor the same way', () => {
    expect(suggestMentees(pool, 'near-a', 5).map((s) => [s.menteeId, s.score < 1])).toEqual([
      ['e', false],
      ['f', true],
    ]);
  });
});
