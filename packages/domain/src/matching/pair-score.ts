import { commonCount, popcount32 } from './bitset.ts';
import { MATCHING_CRITERIA } from './matching-criteria.ts';
import type { MatchingPool } from './matching-pool.ts';
import { EARTH_RADIUS_KM } from './matching-pool.ts';

/**
 * How each matching criterion scores a pair, 0…1, or NaN when it does not apply to the pair
 * (nothing stated to compare). The total is the weighted mean over the criteria that apply,
 * so a mentee who states no sector is neither favoured nor penalised against one who does.
 *
 * - availability: shared weekly slots ÷ the smaller of the two sets — if every slot of the
 *   less available person fits the other, that is a full score. No slots recorded: 0
 *   (a duo must be able to meet, so missing availability is not "not applicable").
 * - location: with coordinates on both sides, 1 − distance ÷ maxDistanceKm (great-circle,
 *   floored at 0). Otherwise by region: same region 0.75 (probably within reach, distance
 *   unknown), different region 0. Neither: not applicable.
 * - age: each person may state a preferred age range for the other; inside it 1, outside it
 *   falling linearly to 0 over 10 years. Both stated: the lower, as both must be at ease.
 * - sector: share of the mentee's target fields the mentor has worked in.
 * - goal: share of the mentee's goals the mentor has experience with.
 * - language: a common language is required (hard constraint); the mentee's preferred
 *   language in common scores 1, another common language 0.5.
 * - interests: shared interests ÷ the smaller set.
 *
 * Hard constraints exclude a pair outright: no common language, the mentor at capacity, a
 * mentor the caller declared not eligible (training incomplete), a recorded exclusion, and —
 * when the programme makes distance a hard limit — a pair known to be farther apart than
 * maxDistanceKm. Excluded pairs score −Infinity.
 */
export const SAME_REGION_SCORE = 0.75;
export const AGE_TOLERANCE_YEARS = 10;
export const OTHER_COMMON_LANGUAGE_SCORE = 0.5;
export const EXCLUDED = Number.NEGATIVE_INFINITY;

export const CRITERION_INDEX = Object.fromEntries(MATCHING_CRITERIA.map((c, i) => [c, i])) as {
  readonly [K in (typeof MATCHING_CRITERIA)[number]]: number;
};
const AVAILABILITY = CRITERION_INDEX.availability;
const LOCATION = CRITERION_INDEX.location;
const AGE = CRITERION_INDEX.age;
const SECTOR = CRITERION_INDEX.sector;
const GOAL = CRITERION_INDEX.goal;
const LANGUAGE = CRITERION_INDEX.language;
const INTERESTS = CRITERION_INDEX.interests;

/**
 * The hard constraints the pool's typed arrays answer: mentor at capacity or not eligible,
 * no common language, beyond a hard distance limit. (Recorded exclusions are a set lookup,
 * applied by the callers.)
 */
export function breaksHardConstraint(pool: MatchingPool, i: number, j: number): boolean {
  const lw = pool.widths.languages;
  return (
    (pool.mentorBlocked[i] as number) === 1 ||
    commonCount(pool.mentorSide.languages, i * lw, pool.menteeSide.languages, j * lw, lw) === 0 ||
    beyondDistanceLimit(pool, i, j)
  );
}

/** Unknown coordinates (NaN) compare false: a distance nobody knows excludes nobody. */
export function beyondDistanceLimit(pool: MatchingPool, i: number, j: number): boolean {
  if (pool.maxChordSquared === Number.POSITIVE_INFINITY) return false;
  const a = pool.mentorSide;
  const b = pool.menteeSide;
  const dx = (a.x[i] as number) - (b.x[j] as number);
  const dy = (a.y[i] as number) - (b.y[j] as number);
  const dz = (a.z[i] as number) - (b.z[j] as number);
  return dx * dx + dy * dy + dz * dz > pool.maxChordSquared;
}

/**
 * Scores mentor i × mentee j into `parts` (one slot per matching criterion, NaN = does not
 * apply) and returns the weighted total, ignoring hard constraints so that an explanation
 * can still show how an excluded pair would have scored. No allocation: this runs a million
 * times per cohort.
 */
export function evaluatePair(
  pool: MatchingPool,
  i: number,
  j: number,
  parts: Float64Array,
): number {
  const mentor = pool.mentorSide;
  const mentee = pool.menteeSide;
  const widths = pool.widths;

  const lw = widths.languages;
  const preferred = pool.menteePreferredLanguage[j] as number;
  parts[LANGUAGE] =
    commonCount(mentor.languages, i * lw, mentee.languages, j * lw, lw) === 0
      ? 0
      : preferred >= 0 &&
          ((mentor.languages[i * lw + (preferred >>> 5)] as number) & (1 << (preferred & 31))) !== 0
        ? 1
        : OTHER_COMMON_LANGUAGE_SCORE;

  const mentorSlots = mentor.slotCount[i] as number;
  const menteeSlots = mentee.slotCount[j] as number;
  parts[AVAILABILITY] =
    mentorSlots === 0 || menteeSlots === 0
      ? 0
      : popcount32(((mentor.slots[i] as number) & (mentee.slots[j] as number)) >>> 0) /
        Math.min(mentorSlots, menteeSlots);

  parts[LOCATION] = locationScore(pool, i, j);
  parts[AGE] = ageScore(pool, i, j);

  const sw = widths.sectors;
  const wanted = mentee.sectorCount[j] as number;
  parts[SECTOR] =
    wanted === 0
      ? Number.NaN
      : commonCount(mentor.sectors, i * sw, mentee.sectors, j * sw, sw) / wanted;

  const gw = widths.goals;
  const goals = mentee.goalCount[j] as number;
  parts[GOAL] =
    goals === 0 ? Number.NaN : commonCount(mentor.goals, i * gw, mentee.goals, j * gw, gw) / goals;

  const iw = widths.interests;
  const mentorInterests = mentor.interestCount[i] as number;
  const menteeInterests = mentee.interestCount[j] as number;
  parts[INTERESTS] =
    mentorInterests === 0 || menteeInterests === 0
      ? Number.NaN
      : commonCount(mentor.interests, i * iw, mentee.interests, j * iw, iw) /
        Math.min(mentorInterests, menteeInterests);

  const weights = pool.weights;
  let weighted = 0;
  let weightSum = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as number;
    if (!Number.isNaN(part)) {
      const weight = weights[k] as number;
      weighted += weight * part;
      weightSum += weight;
    }
  }
  return weightSum === 0 ? 0 : weighted / weightSum;
}

export function distanceKm(pool: MatchingPool, i: number, j: number): number {
  const a = pool.mentorSide;
  const b = pool.menteeSide;
  const dx = (a.x[i] as number) - (b.x[j] as number);
  const dy = (a.y[i] as number) - (b.y[j] as number);
  const dz = (a.z[i] as number) - (b.z[j] as number);
  const halfChord = Math.sqrt(dx * dx + dy * dy + dz * dz) / 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, halfChord));
}

function locationScore(pool: MatchingPool, i: number, j: number): number {
  const distance = distanceKm(pool, i, j);
  if (!Number.isNaN(distance)) return Math.max(0, 1 - distance / pool.settings.maxDistanceKm);
  const mentorRegion = pool.mentorSide.region[i] as number;
  const menteeRegion = pool.menteeSide.region[j] as number;
  if (mentorRegion < 0 || menteeRegion < 0) return Number.NaN;
  return mentorRegion === menteeRegion ? SAME_REGION_SCORE : 0;
}

function ageScore(pool: MatchingPool, i: number, j: number): number {
  const mentor = pool.mentorSide;
  const mentee = pool.menteeSide;
  const menteeWish = ageFit(
    mentor.age[i] as number,
    mentee.preferredAgeMin[j] as number,
    mentee.preferredAgeMax[j] as number,
  );
  const mentorWish = ageFit(
    mentee.age[j] as number,
    mentor.preferredAgeMin[i] as number,
    mentor.preferredAgeMax[i] as number,
  );
  if (Number.isNaN(menteeWish)) return mentorWish;
  if (Number.isNaN(mentorWish)) return menteeWish;
  return Math.min(menteeWish, mentorWish);
}

/** NaN when there is no preference or no age to hold it against. */
export function ageFit(age: number, min: number, max: number): number {
  if (Number.isNaN(age) || Number.isNaN(min) || Number.isNaN(max)) return Number.NaN;
  return Math.max(0, 1 - yearsOutside(age, min, max) / AGE_TOLERANCE_YEARS);
}

export function yearsOutside(age: number, min: number, max: number): number {
  return age < min ? min - age : age > max ? age - max : 0;
}

/** Scores of every mentor × mentee pair, row-major by mentor; excluded pairs are EXCLUDED. */
export function scoreMatrix(pool: MatchingPool): Float64Array {
  const mentees = pool.mentees.length;
  const scores = new Float64Array(pool.mentors.length * mentees);
  const parts = new Float64Array(MATCHING_CRITERIA.length);
  for (let i = 0; i < pool.mentors.length; i++) {
    const row = i * mentees;
    for (let j = 0; j < mentees; j++) {
      scores[row + j] = breaksHardConstraint(pool, i, j)
        ? EXCLUDED
        : evaluatePair(pool, i, j, parts);
    }
  }
  for (const cell of pool.excludedPairs) scores[cell] = EXCLUDED;
  return scores;
}

/** One pair's total score with every hard constraint applied. */
export function scorePairAt(pool: MatchingPool, i: number, j: number, parts: Float64Array): number {
  const total = evaluatePair(pool, i, j, parts);
  const excluded =
    pool.excludedPairs.has(i * pool.mentees.length + j) || breaksHardConstraint(pool, i, j);
  return excluded ? EXCLUDED : total;
}
