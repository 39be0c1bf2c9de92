import type { PairExplanation } from './explain-pair.ts';
import { explainPairAt } from './explain-pair.ts';
import { MATCHING_CRITERIA } from './matching-criteria.ts';
import type { MatchingPool } from './matching-pool.ts';
import { scorePairAt } from './pair-score.ts';

export interface Suggestion {
  readonly mentorId: string;
  readonly menteeId: string;
  readonly score: number;
  readonly explanation: PairExplanation;
}

/**
 * The k best mentors for one mentee: excluded pairs left out, highest score first, ties by
 * mentor ID so the list is stable. Only these k get an explanation built.
 */
export function suggestMentors(pool: MatchingPool, menteeId: string, k: number): Suggestion[] {
  const j = pool.menteeIndex.get(menteeId);
  if (j === undefined) throw new RangeError(`mentee not in pool: ${menteeId}`);
  const parts = new Float64Array(MATCHING_CRITERIA.length);
  const ranked = pool.mentors
    .map((mentor, i) => ({ i, id: mentor.id, score: scorePairAt(pool, i, j, parts) }))
    .filter((c) => Number.isFinite(c.score));
  return topK(ranked, k).map((c) => suggestion(pool, c.i, j, c.score));
}

/** The k best mentees for one mentor, as suggestMentors the other way round. */
export function suggestMentees(pool: MatchingPool, mentorId: string, k: number): Suggestion[] {
  const i = pool.mentorIndex.get(mentorId);
  if (i === undefined) throw new RangeError(`mentor not in pool: ${mentorId}`);
  const parts = new Float64Array(MATCHING_CRITERIA.length);
  const ranked = pool.mentees
    .map((mentee, j) => ({ j, id: mentee.id, score: scorePairAt(pool, i, j, parts) }))
    .filter((c) => Number.isFinite(c.score));
  return topK(ranked, k).map((c) => suggestion(pool, i, c.j, c.score));
}

function topK<T extends { readonly id: string; readonly score: number }>(
  candidates: T[],
  k: number,
): T[] {
  return candidates
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, k));
}

function suggestion(pool: MatchingPool, i: number, j: number, score: number): Suggestion {
  const explanation = explainPairAt(pool, i, j);
  return { mentorId: explanation.mentorId, menteeId: explanation.menteeId, score, explanation };
}
