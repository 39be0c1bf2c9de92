import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CohortOptions, CohortScores } from '../src/matching/cohort-proposal.ts';
import { proposeCohort, proposeCohortFromScores } from '../src/matching/cohort-proposal.ts';
import { prepareMatchingPool } from '../src/matching/matching-pool.ts';
import { EXCLUDED } from '../src/matching/pair-score.ts';
import { mentee, mentor, SETTINGS } from './fixtures/matching.ts';

interface Instance {
  readonly input: CohortScores;
  readonly options: CohortOptions;
}

/** Small pools with capacities, exclusions, zero scores, a threshold and valid locks. */
const instance: fc.Arbitrary<Instance> = fc
  .record({
    mentors: fc.integer({ min: 1, max: 3 }),
    mentees: fc.integer({ min: 1, max: 5 }),
  })
  .chain(({ mentors, mentees }) =>
    fc
      .record({
        scores: fc.array(
          fc.oneof(
            { weight: 1, arbitrary: fc.constant(EXCLUDED) },
            { weight: 1, arbitrary: fc.constant(0) },
            { weight: 6, arbitrary: fc.integer({ min: 1, max: 20 }).map((k) => k / 20) },
          ),
          { minLength: mentors * mentees, maxLength: mentors * mentees },
        ),
        openSlots: fc.array(fc.integer({ min: 0, max: 3 }), {
          minLength: mentors,
          maxLength: mentors,
        }),
        minScore: fc.constantFrom(0, 0.25, 0.5),
        lockWishes: fc.array(fc.tuple(fc.nat(mentors - 1), fc.nat(mentees - 1)), { maxLength: 2 }),
      })
      .map(({ scores, openSlots, minScore, lockWishes }) => {
        const slots = [...openSlots];
        const lockedMentees = new Set<number>();
        const locks = [];
        for (const [i, j] of lockWishes) {
          if (
            lockedMentees.has(j) ||
            !Number.isFinite(scores[i * mentees + j]) ||
            (slots[i] as number) === 0
          )
            continue;
          lockedMentees.add(j);
          slots[i] = (slots[i] as number) - 1;
          locks.push({ mentorId: `m${i}`, menteeId: `e${j}` });
        }
        return {
          input: {
            mentorIds: Array.from({ length: mentors }, (_, i) => `m${i}`),
            menteeIds: Array.from({ length: mentees }, (_, j) => `e${j}`),
            scores: Float64Array.from(scores),
            openSlots,
          },
          options: { minScore, locks },
        };
      }),
  );

/** Every way to give each free mentee a mentor or none, within capacity and the rules. */
function bruteForceBest({ input, options }: Instance): number {
  const mentees = input.menteeIds.length;
  const slots = Array.from(input.openSlots);
  let lockedTotal = 0;
  const locked = new Set<number>();
  for (const lock of options.locks) {
    const i = input.mentorIds.indexOf(lock.mentorId);
    const j = input.menteeIds.indexOf(lock.menteeId);
    slots[i] = (slots[i] as number) - 1;
    locked.add(j);
    lockedTotal += input.scores[i * mentees + j] as number;
  }
  let best = 0;
  const walk = (j: number, total: number) => {
    if (j === mentees) {
      best = Math.max(best, total);
      return;
    }
    walk(j + 1, total);
    if (locked.has(j)) return;
    input.mentorIds.forEach((_, i) => {
      const score = input.scores[i * mentees + j] as number;
      if (
        (slots[i] as number) === 0 ||
        !Number.isFinite(score) ||
        score <= 0 ||
        score < options.minScore
      )
        return;
      slots[i] = (slots[i] as number) - 1;
      walk(j + 1, total + score);
      slots[i] = (slots[i] as number) + 1;
    });
  };
  walk(0, 0);
  return lockedTotal + best;
}

describe('cohort proposal', () => {
  it('is optimal against brute force', () => {
    fc.assert(
      fc.property(instance, (example) => {
        const result = proposeCohortFromScores(example.input, example.options);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.proposal.totalScore).toBeCloseTo(bruteForceBest(example), 9);
      }),
      { numRuns: 500 },
    );
  });

  it('respects capacities, exclusions, the minimum score and the locks', () => {
    fc.assert(
      fc.property(instance, ({ input, options }) => {
        const result = proposeCohortFromScores(input, options);
        if (!result.ok) throw new Error('valid locks were refused');
        const { pairs, unmatchedMenteeIds, openSlotsLeft } = result.proposal;
        const mentees = input.menteeIds.length;
        const perMentor = new Map<string, number>();
        for (const pair of pairs) {
          const i = input.mentorIds.indexOf(pair.mentorId);
          const j = input.menteeIds.indexOf(pair.menteeId);
          const score = input.scores[i * mentees + j] as number;
          expect(pair.score).toBe(score);
          expect(Number.isFinite(score)).toBe(true);
          if (!pair.locked) expect(score >= options.minScore && score > 0).toBe(true);
          perMentor.set(pair.mentorId, (perMentor.get(pair.mentorId) ?? 0) + 1);
        }
        input.mentorIds.forEach((id, i) => {
          expect(perMentor.get(id) ?? 0).toBeLessThanOrEqual(input.openSlots[i] as number);
          expect(openSlotsLeft[i]).toEqual({
            mentorId: id,
            slots: (input.openSlots[i] as number) - (perMentor.get(id) ?? 0),
          });
        });
        const matched = pairs.map((p) => p.menteeId);
        expect(new Set(matched).size).toBe(matched.length);
        expect([...matched, ...unmatchedMenteeIds].sort()).toEqual([...input.menteeIds].sort());
        for (const lock of options.locks)
          expect(pairs).toContainEqual(expect.objectContaining({ ...lock, locked: true }));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic for the same input', () => {
    fc.assert(
      fc.property(instance, ({ input, options }) => {
        expect(proposeCohortFromScores(input, options)).toEqual(
          proposeCohortFromScores(input, options),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('keeps a locked pair below the minimum score: staff decided it', () => {
    const input: CohortScores = {
      mentorIds: ['m'],
      menteeIds: ['e', 'f'],
      scores: Float64Array.from([0.1, 0.9]),
      openSlots: [2],
    };
    const result = proposeCohortFromScores(input, {
      minScore: 0.5,
      locks: [{ mentorId: 'm', menteeId: 'e' }],
    });
    expect(result.ok && result.proposal.pairs).toEqual([
      { mentorId: 'm', menteeId: 'e', score: 0.1, locked: true },
      { mentorId: 'm', menteeId: 'f', score: 0.9, locked: false },
    ]);
  });

  it('prefers the better total over each mentee’s first choice', () => {
    // Greedy would give e→a (0.9) and leave f with b (0.1); the optimum is e→b, f→a.
    const input: CohortScores = {
      mentorIds: ['a', 'b'],
      menteeIds: ['e', 'f'],
      scores: Float64Array.from([0.9, 0.8, 0.7, 0.1]),
      openSlots: [1, 1],
    };
    const result = proposeCohortFromScores(input, { minScore: 0, locks: [] });
    expect(result.ok && result.proposal.pairs.map((p) => `${p.mentorId}-${p.menteeId}`)).toEqual([
      'a-f',
      'b-e',
    ]);
  });

  it('refuses contradictory locks with error codes', () => {
    const input: CohortScores = {
      mentorIds: ['m', 'full'],
      menteeIds: ['e', 'f', 'g'],
      scores: Float64Array.from([EXCLUDED, 0.5, 0.5, 0.5, 0.5, 0.5]),
      openSlots: [3, 0],
    };
    const result = proposeCohortFromScores(input, {
      minScore: 0,
      locks: [
        { mentorId: 'm', menteeId: 'e' },
        { mentorId: 'm', menteeId: 'f' },
        { mentorId: 'm', menteeId: 'f' },
        { mentorId: 'x', menteeId: 'g' },
        { mentorId: 'full', menteeId: 'g' },
      ],
    });
    expect(result.ok === false && result.errors.map((e) => e.code)).toEqual([
      'cohort.lock_excluded',
      'cohort.lock_duplicate_mentee',
      'cohort.lock_unknown_mentor',
      'cohort.lock_over_capacity',
    ]);
    expect(proposeCohortFromScores(input, { minScore: -1, locks: [] }).ok).toBe(false);
  });

  it('runs on a matching pool with mentor capacity above one and unequal pool sizes', () => {
    const pool = prepareMatchingPool(
      [mentor('two', { capacity: 2 }), mentor('fr', { languages: ['fr'] })],
      [mentee('a'), mentee('b'), mentee('c'), mentee('d', { languages: ['fr'] })],
      SETTINGS,
    );
    const result = proposeCohort(pool, { minScore: 0.3, locks: [] });
    expect(result.ok && result.proposal.pairs.map((p) => `${p.mentorId}-${p.menteeId}`)).toEqual([
      'two-a',
      'two-b',
      'fr-d',
    ]);
    expect(result.ok && result.proposal.unmatchedMenteeIds).toEqual(['c']);
  });
});
