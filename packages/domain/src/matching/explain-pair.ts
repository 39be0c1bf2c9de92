import { commonWords } from './bitset.ts';
import type { MatchingCriterionKey } from './matching-criteria.ts';
import { MATCHING_CRITERIA, WEEKLY_SLOT_CODES } from './matching-criteria.ts';
import type { MatchingPool } from './matching-pool.ts';
import type { MatchMessageKey } from './messages.ts';
import {
  ageFit,
  beyondDistanceLimit,
  CRITERION_INDEX,
  distanceKm,
  evaluatePair,
  yearsOutside,
} from './pair-score.ts';

export type ExplanationParams = Readonly<Record<string, string | number | readonly string[]>>;

/**
 * One line of a score's explanation for the coordinator. `key` + `params` are translated by
 * the apps (messages.ts holds nl/fr/en); list params are arrays, to be joined with
 * Intl.ListFormat in the reader's language.
 */
export interface ExplanationPart {
  readonly criterion: MatchingCriterionKey;
  /** 0…1, or null when the criterion did not apply to this pair. */
  readonly score: number | null;
  readonly weight: number;
  readonly key: MatchMessageKey;
  readonly params: ExplanationParams;
}

export interface ExclusionReason {
  readonly key: MatchMessageKey;
  readonly params: ExplanationParams;
}

export interface PairExplanation {
  readonly mentorId: string;
  readonly menteeId: string;
  /** The weighted total 0…1, or null when a hard constraint excludes the pair. */
  readonly score: number | null;
  /** Empty unless excluded; all reasons that apply, not only the first. */
  readonly exclusions: readonly ExclusionReason[];
  /** How the pair scores on each criterion — shown for excluded pairs too. */
  readonly parts: readonly ExplanationPart[];
}

/** Built on demand, only for pairs someone looks at; scoring never builds it. */
export function explainPairAt(pool: MatchingPool, i: number, j: number): PairExplanation {
  const mentor = pool.mentors[i];
  const mentee = pool.mentees[j];
  if (mentor === undefined || mentee === undefined) throw new RangeError(`no pair at ${i} × ${j}`);
  const scores = new Float64Array(MATCHING_CRITERIA.length);
  const total = evaluatePair(pool, i, j, scores);

  const exclusions: ExclusionReason[] = [];
  if (pool.excludedPairs.has(i * pool.mentees.length + j)) {
    exclusions.push({ key: 'match.excluded.recorded_exclusion', params: {} });
  }
  if ((pool.mentorOpenSlots[i] as number) === 0) {
    exclusions.push({
      key: 'match.excluded.mentor_at_capacity',
      params: { capacity: mentor.capacity },
    });
  }
  if ((pool.mentorUntrained[i] as number) === 1) {
    exclusions.push({ key: 'match.excluded.mentor_training_incomplete', params: {} });
  }
  const languages = pool.vocabularies.languages;
  const lw = pool.widths.languages;
  const sharedLanguages = commonWords(
    languages,
    pool.mentorSide.languages,
    i * lw,
    pool.menteeSide.languages,
    j * lw,
  );
  if (sharedLanguages.length === 0)
    exclusions.push({ key: 'match.excluded.no_common_language', params: {} });

  const part = (
    criterion: MatchingCriterionKey,
    key: MatchMessageKey,
    params: ExplanationParams = {},
  ): ExplanationPart => {
    const score = scores[CRITERION_INDEX[criterion]] as number;
    return {
      criterion,
      score: Number.isNaN(score) ? null : score,
      weight: pool.settings.weights[criterion],
      key,
      params,
    };
  };
  const shared = (
    vocabulary: keyof MatchingPool['vocabularies'] & keyof MatchingPool['widths'],
    a: Uint32Array,
    b: Uint32Array,
  ) =>
    commonWords(
      pool.vocabularies[vocabulary],
      a,
      i * pool.widths[vocabulary],
      b,
      j * pool.widths[vocabulary],
    );

  const commonSlots = WEEKLY_SLOT_CODES.filter(
    (_, bit) =>
      (((pool.mentorSide.slots[i] as number) & (pool.menteeSide.slots[j] as number)) >>> bit) & 1,
  );
  const availability =
    mentor.availability.length === 0 || mentee.availability.length === 0
      ? part('availability', 'match.explain.availability_unknown')
      : commonSlots.length === 0
        ? part('availability', 'match.explain.availability_none')
        : part('availability', 'match.explain.availability_overlap', {
            count: commonSlots.length,
            slots: commonSlots,
          });

  const km = distanceKm(pool, i, j);
  if (beyondDistanceLimit(pool, i, j)) {
    exclusions.push({
      key: 'match.excluded.beyond_max_distance',
      params: { km: Math.round(km), maxDistanceKm: pool.settings.maxDistanceKm },
    });
  }
  const location = !Number.isNaN(km)
    ? part('location', 'match.explain.distance', { km: Math.round(km) })
    : mentor.region === null || mentee.region === null
      ? part('location', 'match.explain.location_unknown')
      : mentor.region === mentee.region
        ? part('location', 'match.explain.same_region', { region: mentor.region })
        : part('location', 'match.explain.different_region', {
            mentorRegion: mentor.region,
            menteeRegion: mentee.region,
          });

  const ageGap = Math.max(
    agePreferenceGap(mentor.age, mentee.preferredAge),
    agePreferenceGap(mentee.age, mentor.preferredAge),
  );
  const age = Number.isNaN(scores[CRITERION_INDEX.age] as number)
    ? part('age', 'match.explain.age_no_preference')
    : ageGap === 0
      ? part('age', 'match.explain.age_within_preference')
      : part('age', 'match.explain.age_outside_preference', { years: ageGap });

  const sectors = shared('sectors', pool.mentorSide.sectors, pool.menteeSide.sectors);
  const sector =
    mentee.sectors.length === 0
      ? part('sector', 'match.explain.sector_not_stated')
      : sectors.length === 0
        ? part('sector', 'match.explain.sector_none', { sectors: mentee.sectors })
        : part('sector', 'match.explain.sector_overlap', { sectors });

  const goals = shared('goals', pool.mentorSide.goals, pool.menteeSide.goals);
  const goal =
    mentee.goals.length === 0
      ? part('goal', 'match.explain.goal_not_stated')
      : goals.length === 0
        ? part('goal', 'match.explain.goal_no_experience', { goals: mentee.goals })
        : part('goal', 'match.explain.goal_experience', {
            goals,
            count: goals.length,
            total: new Set(mentee.goals).size,
          });

  const preferred = mentee.languages[0];
  const language =
    sharedLanguages.length === 0
      ? part('language', 'match.explain.no_common_language')
      : preferred !== undefined && sharedLanguages.includes(preferred)
        ? part('language', 'match.explain.preferred_language', { language: preferred })
        : part('language', 'match.explain.common_language', { languages: sharedLanguages });

  const interestsShared = shared('interests', pool.mentorSide.interests, pool.menteeSide.interests);
  const interests =
    mentor.interests.length === 0 || mentee.interests.length === 0
      ? part('interests', 'match.explain.interests_not_stated')
      : interestsShared.length === 0
        ? part('interests', 'match.explain.interests_none')
        : part('interests', 'match.explain.interests_overlap', { interests: interestsShared });

  return {
    mentorId: mentor.id,
    menteeId: mentee.id,
    score: exclusions.length > 0 ? null : total,
    exclusions,
    parts: [availability, location, age, sector, goal, language, interests],
  };
}

export function explainPair(
  pool: MatchingPool,
  mentorId: string,
  menteeId: string,
): PairExplanation {
  const i = pool.mentorIndex.get(mentorId);
  const j = pool.menteeIndex.get(menteeId);
  if (i === undefined || j === undefined)
    throw new RangeError(`pair not in pool: ${mentorId} × ${menteeId}`);
  return explainPairAt(pool, i, j);
}

function agePreferenceGap(
  age: number | null,
  preferred: { readonly min: number; readonly max: number } | null,
): number {
  if (age === null || preferred === null || Number.isNaN(ageFit(age, preferred.min, preferred.max)))
    return 0;
  return yearsOutside(age, preferred.min, preferred.max);
}
