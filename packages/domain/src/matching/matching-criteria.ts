import type { AvailabilitySlot, DayPart, Weekday } from '../intake/rules.ts';
import { DAY_PARTS, WEEKDAYS } from '../intake/rules.ts';

/**
 * What the matching engine compares (C1: "availability, location, age, professional
 * similarity, goal, …"). Personality has no recorded evidence in Tandem, so it is left to
 * the coordinator, who decides every match anyway (C2).
 */
export const MATCHING_CRITERIA = [
  'availability',
  'location',
  'age',
  'sector',
  'goal',
  'language',
  'interests',
] as const;
export type MatchingCriterionKey = (typeof MATCHING_CRITERIA)[number];

/** Intake's availability slot (day × part of day) as one code, e.g. `tue_evening`. */
export type WeeklySlotCode = `${Weekday}_${DayPart}`;

/** All 21 slot codes; a slot's position is its bit in the availability masks. */
export const WEEKLY_SLOT_CODES: readonly WeeklySlotCode[] = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part) => `${day}_${part}` as const),
);

export function slotCode(slot: AvailabilitySlot): WeeklySlotCode {
  return `${slot.day}_${slot.part}`;
}

/**
 * Location as the caller knows it: coordinates of the person's municipality (looked up from
 * a postcode table outside the domain) and/or a region code (province or arrondissement).
 */
export interface MatchingLocation {
  readonly lat: number;
  readonly lon: number;
}

export interface AgeRange {
  readonly min: number;
  readonly max: number;
}

export interface MatchingParticipant {
  readonly id: string;
  readonly availability: readonly AvailabilitySlot[];
  readonly coordinates: MatchingLocation | null;
  readonly region: string | null;
  /** In whole years, computed by the caller (the domain has no clock). */
  readonly age: number | null;
  /** The age range this person would prefer the other to be in; null = no preference. */
  readonly preferredAge: AgeRange | null;
  /** Language codes (ISO 639-1); the first is the one the person prefers. */
  readonly languages: readonly string[];
  readonly interests: readonly string[];
  /** Mentor: professional fields worked in. Mentee: fields aimed for. */
  readonly sectors: readonly string[];
}

export interface MentorProfile extends MatchingParticipant {
  /** What the mentor can help with, from the same list as mentees' goals. */
  readonly experience: readonly string[];
  /** How many duos this mentor is willing to have at once. */
  readonly capacity: number;
  readonly activeDuos: number;
}

export interface MenteeProfile extends MatchingParticipant {
  readonly goals: readonly string[];
}

export interface PairRef {
  readonly mentorId: string;
  readonly menteeId: string;
}

export type MatchingWeights = { readonly [K in MatchingCriterionKey]: number };

export interface MatchingSettings {
  /** The programme's weights; only their ratios matter. */
  readonly weights: MatchingWeights;
  /** Distance at which the location score reaches 0 (linear from 1 at 0 km). */
  readonly maxDistanceKm: number;
  /** Pairs staff ruled out (they know each other, a conflict, …): never proposed. */
  readonly exclusions: readonly PairRef[];
  /**
   * On: a pair known to be farther apart than `maxDistanceKm` is never proposed (off: it only
   * scores 0 on location). Known = coordinates on both sides; a region alone gives no distance.
   */
  readonly distanceIsHardLimit?: boolean;
  /**
   * Mentors whose training is incomplete, not to be proposed when the programme requires it:
   * the domain holds no training records, so the caller says who is not ready.
   */
  readonly untrainedMentorIds?: readonly string[];
}

export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = {
  weights: { availability: 3, location: 2, age: 1, sector: 2, goal: 3, language: 1, interests: 1 },
  maxDistanceKm: 40,
  exclusions: [],
  distanceIsHardLimit: false,
  untrainedMentorIds: [],
};

export type MatchingSettingsErrorCode =
  | 'matching.weight_invalid'
  | 'matching.weights_all_zero'
  | 'matching.max_distance_invalid';

export interface MatchingSettingsError {
  readonly code: MatchingSettingsErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export function validateMatchingSettings(settings: MatchingSettings): MatchingSettingsError[] {
  const errors: MatchingSettingsError[] = [];
  let total = 0;
  for (const criterion of MATCHING_CRITERIA) {
    const weight = settings.weights[criterion];
    if (!Number.isFinite(weight) || weight < 0) {
      errors.push({ code: 'matching.weight_invalid', params: { criterion, weight } });
    } else {
      total += weight;
    }
  }
  if (errors.length === 0 && total === 0)
    errors.push({ code: 'matching.weights_all_zero', params: {} });
  if (!Number.isFinite(settings.maxDistanceKm) || settings.maxDistanceKm <= 0) {
    errors.push({
      code: 'matching.max_distance_invalid',
      params: { maxDistanceKm: settings.maxDistanceKm },
    });
  }
  return errors;
}
