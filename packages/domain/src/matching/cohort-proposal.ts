import { solveLinearSumAssignment } from './linear-sum-assignment.ts';
import type { PairRef } from './matching-criteria.ts';
import type { MatchingPool } from './matching-pool.ts';
import { scoreMatrix } from './pair-score.ts';

/**
 * A proposal for a whole cohort: which mentor for which mentee so that the summed score is
 * as high as possible. It is only a proposal — staff decide every match (C2) — so it keeps
 * the pairs staff have already locked and never proposes what they ruled out.
 */
export interface CohortScores {
  readonly mentorIds: readonly string[];
  readonly menteeIds: readonly string[];
  /** Row-major mentor × mentee; −Infinity where a hard constraint excludes the pair. */
  readonly scores: Float64Array;
  /** Duos each mentor can still take on. */
  readonly openSlots: ArrayLike<number>;
}

export interface CohortOptions {
  /** A pair scoring below this is never proposed (locked pairs are staff's call and stay). */
  readonly minScore: number;
  readonly locks: readonly PairRef[];
}

export interface ProposedPair {
  readonly mentorId: string;
  readonly menteeId: string;
  readonly score: number;
  readonly locked: boolean;
}

export interface CohortProposal {
  /** Ordered by mentor, then mentee, in input order. */
  readonly pairs: readonly ProposedPair[];
  readonly totalScore: number;
  readonly unmatchedMenteeIds: readonly string[];
  readonly openSlotsLeft: readonly { readonly mentorId: string; readonly slots: number }[];
}

export type CohortErrorCode =
  | 'cohort.min_score_invalid'
  | 'cohort.lock_unknown_mentor'
  | 'cohort.lock_unknown_mentee'
  | 'cohort.lock_duplicate_mentee'
  | 'cohort.lock_excluded'
  | 'cohort.lock_over_capacity';

export interface CohortError {
  readonly code: CohortErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export type CohortResult =
  | { readonly ok: true; readonly proposal: CohortProposal }
  | { readonly ok: false; readonly errors: readonly CohortError[] };

export function proposeCohort(pool: MatchingPool, options: CohortOptions): CohortResult {
  return proposeCohortFromScores(
    {
      mentorIds: pool.mentors.map((m) => m.id),
      menteeIds: pool.mentees.map((m) => m.id),
      scores: scoreMatrix(pool),
      openSlots: pool.mentorOpenSlots,
    },
    options,
  );
}

/**
 * How it stays optimal with capacities, a threshold and optional matching:
 * - a mentor with n open slots becomes n identical rows (capped at the mentees they could
 *   take), so capacity is just more rows;
 * - a pair that may not be proposed (excluded, below minScore, or scoring 0) gets value 0,
 *   the same as leaving both unmatched; every allowed pair has value > 0.
 * Then any set of allowed pairs extends to a complete rectangular assignment with the same
 * total (fill with value-0 cells), and the allowed cells of an optimal assignment form such a
 * set — so the optimal assignment's allowed cells are an optimal proposal. The assignment is
 * solved exactly (shortest augmenting paths), never greedily.
 */
export function proposeCohortFromScores(input: CohortScores, options: CohortOptions): CohortResult {
  const { mentorIds, menteeIds, scores } = input;
  const mentees = menteeIds.length;
  if (!Number.isFinite(options.minScore) || options.minScore < 0) {
    return {
      ok: false,
      errors: [{ code: 'cohort.min_score_invalid', params: { minScore: options.minScore } }],
    };
  }
  const mentorIndex = new Map(mentorIds.map((id, i) => [id, i]));
  const menteeIndex = new Map(menteeIds.map((id, j) => [id, j]));
  const openSlots = Array.from({ length: mentorIds.length }, (_, i) =>
    Math.max(0, input.openSlots[i] ?? 0),
  );

  const errors: CohortError[] = [];
  const lockedPairs: ProposedPair[] = [];
  const lockedMentees = new Set<number>();
  for (const lock of options.locks) {
    const i = mentorIndex.get(lock.mentorId);
    const j = menteeIndex.get(lock.menteeId);
    if (i === undefined) errors.push({ code: 'cohort.lock_unknown_mentor', params: { ...lock } });
    if (j === undefined) errors.push({ code: 'cohort.lock_unknown_mentee', params: { ...lock } });
    if (i === undefined || j === undefined) continue;
    if (lockedMentees.has(j)) {
      errors.push({ code: 'cohort.lock_duplicate_mentee', params: { ...lock } });
      continue;
    }
    const score = scores[i * mentees + j] as number;
    if (!Number.isFinite(score)) {
      errors.push({ code: 'cohort.lock_excluded', params: { ...lock } });
      continue;
    }
    if ((openSlots[i] as number) === 0) {
      errors.push({ code: 'cohort.lock_over_capacity', params: { ...lock } });
      continue;
    }
    openSlots[i] = (openSlots[i] as number) - 1;
    lockedMentees.add(j);
    lockedPairs.push({ mentorId: lock.mentorId, menteeId: lock.menteeId, score, locked: true });
  }
  if (errors.length > 0) return { ok: false, errors };

  const proposable = (i: number, j: number): boolean => {
    const score = scores[i * mentees + j] as number;
    return Number.isFinite(score) && score > 0 && score >= options.minScore;
  };

  const columns: number[] = [];
  for (let j = 0; j < mentees; j++) {
    if (lockedMentees.has(j)) continue;
    for (let i = 0; i < mentorIds.length; i++) {
      if ((openSlots[i] as number) > 0 && proposable(i, j)) {
        columns.push(j);
        break;
      }
    }
  }
  const rows: number[] = [];
  for (let i = 0; i < mentorIds.length; i++) {
    let reachable = 0;
    for (const j of columns) if (proposable(i, j)) reachable++;
    const slots = Math.min(openSlots[i] as number, reachable);
    for (let s = 0; s < slots; s++) rows.push(i);
  }

  const proposed: ProposedPair[] = [];
  if (rows.length > 0 && columns.length > 0) {
    const value = new Float64Array(rows.length * columns.length);
    rows.forEach((i, r) => {
      columns.forEach((j, c) => {
        if (proposable(i, j)) value[r * columns.length + c] = scores[i * mentees + j] as number;
      });
    });
    const { columnForRow } = solveLinearSumAssignment(value, rows.length, columns.length, {
      maximize: true,
    });
    rows.forEach((i, r) => {
      const c = columnForRow[r] as number;
      const j = c < 0 ? -1 : (columns[c] as number);
      if (j < 0 || !proposable(i, j)) return;
      openSlots[i] = (openSlots[i] as number) - 1;
      proposed.push({
        mentorId: mentorIds[i] as string,
        menteeId: menteeIds[j] as string,
        score: scores[i * mentees + j] as number,
        locked: false,
      });
    });
  }

  const order = (p: ProposedPair) =>
    (mentorIndex.get(p.mentorId) ?? 0) * mentees + (menteeIndex.get(p.menteeId) ?? 0);
  const pairs = [...lockedPairs, ...proposed].sort((a, b) => order(a) - order(b));
  const matched = new Set(pairs.map((p) => p.menteeId));
  return {
    ok: true,
    proposal: {
      pairs,
      totalScore: pairs.reduce((sum, p) => sum + p.score, 0),
      unmatchedMenteeIds: menteeIds.filter((id) => !matched.has(id)),
      openSlotsLeft: mentorIds.map((mentorId, i) => ({ mentorId, slots: openSlots[i] as number })),
    },
  };
}
