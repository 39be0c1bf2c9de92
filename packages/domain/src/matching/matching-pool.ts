import { packSets, popcount32, Vocabulary } from './bitset.ts';
import type {
  MatchingParticipant,
  MatchingSettings,
  MenteeProfile,
  MentorProfile,
} from './matching-criteria.ts';
import {
  MATCHING_CRITERIA,
  slotCode,
  validateMatchingSettings,
  WEEKLY_SLOT_CODES,
} from './matching-criteria.ts';

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** One side of the pool, compiled to typed arrays indexed by position in the input list. */
export interface CompiledSide {
  readonly count: number;
  readonly slots: Uint32Array;
  readonly slotCount: Uint8Array;
  readonly languages: Uint32Array;
  readonly interests: Uint32Array;
  readonly interestCount: Uint16Array;
  readonly sectors: Uint32Array;
  readonly sectorCount: Uint16Array;
  /** Mentors: experience; mentees: goals. Same vocabulary so they can be ANDed. */
  readonly goals: Uint32Array;
  readonly goalCount: Uint16Array;
  /** Unit vectors of the coordinates; NaN when unknown. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly z: Float64Array;
  /** Region index, -1 when unknown. */
  readonly region: Int32Array;
  readonly age: Float64Array;
  readonly preferredAgeMin: Float64Array;
  readonly preferredAgeMax: Float64Array;
}

/**
 * A pool prepared for scoring: every per-person fact is computed once here, so that scoring
 * a pair reads numbers only. Build it once per matching round; it is immutable.
 */
export interface MatchingPool {
  readonly mentors: readonly MentorProfile[];
  readonly mentees: readonly MenteeProfile[];
  readonly settings: MatchingSettings;
  readonly mentorSide: CompiledSide;
  readonly menteeSide: CompiledSide;
  /** Bit of each mentee's preferred (first) language, -1 if none. */
  readonly menteePreferredLanguage: Int32Array;
  /** Slots the mentor can still take: capacity − active duos, never below 0. */
  readonly mentorOpenSlots: Int32Array;
  /** 1 where the caller declared the mentor's training incomplete (`untrainedMentorIds`). */
  readonly mentorUntrained: Uint8Array;
  /**
   * 1 where the mentor may take no pair at all (no open slot, or training incomplete): one read per
   * pair in the hot loop for both constraints.
   */
  readonly mentorBlocked: Uint8Array;
  /**
   * With a hard distance limit: the squared chord between unit vectors beyond which a pair is
   * farther than `maxDistanceKm` (compared without sqrt/asin); +Infinity when the limit is soft.
   */
  readonly maxChordSquared: number;
  /** Recorded exclusions as mentorIndex × mentees + menteeIndex. */
  readonly excludedPairs: ReadonlySet<number>;
  readonly weights: Float64Array;
  /** 32-bit words per packed set, per vocabulary. */
  readonly widths: {
    readonly languages: number;
    readonly interests: number;
    readonly sectors: number;
    readonly goals: number;
  };
  readonly mentorIndex: ReadonlyMap<string, number>;
  readonly menteeIndex: ReadonlyMap<string, number>;
  readonly vocabularies: {
    readonly languages: Vocabulary;
    readonly interests: Vocabulary;
    readonly sectors: Vocabulary;
    readonly goals: Vocabulary;
    readonly regions: Vocabulary;
  };
}

export function prepareMatchingPool(
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
  settings: MatchingSettings,
): MatchingPool {
  const settingsErrors = validateMatchingSettings(settings);
  if (settingsErrors.length > 0) {
    throw new RangeError(
      `invalid matching settings: ${settingsErrors.map((e) => e.code).join(', ')}`,
    );
  }
  const mentorIndex = indexIds(mentors, 'mentor');
  const menteeIndex = indexIds(mentees, 'mentee');

  const vocabularies = {
    languages: new Vocabulary(),
    interests: new Vocabulary(),
    sectors: new Vocabulary(),
    goals: new Vocabulary(),
    regions: new Vocabulary(),
  };
  for (const person of [...mentors, ...mentees]) {
    vocabularies.languages.add(person.languages);
    vocabularies.interests.add(person.interests);
    vocabularies.sectors.add(person.sectors);
    if (person.region !== null) vocabularies.regions.add([person.region]);
  }
  for (const mentor of mentors) vocabularies.goals.add(mentor.experience);
  for (const mentee of mentees) vocabularies.goals.add(mentee.goals);

  const excludedPairs = new Set<number>();
  for (const { mentorId, menteeId } of settings.exclusions) {
    const i = mentorIndex.get(mentorId);
    const j = menteeIndex.get(menteeId);
    // Exclusions of people outside this pool simply do not apply to it.
    if (i !== undefined && j !== undefined) excludedPairs.add(i * mentees.length + j);
  }

  const mentorOpenSlots = Int32Array.from(mentors, (m) =>
    Math.max(0, Math.floor(m.capacity) - m.activeDuos),
  );
  const untrained = new Set(settings.untrainedMentorIds ?? []);
  const mentorUntrained = Uint8Array.from(mentors, (m) => (untrained.has(m.id) ? 1 : 0));
  const halfChord = Math.sin(settings.maxDistanceKm / (2 * EARTH_RADIUS_KM));
  return {
    mentors,
    mentees,
    settings,
    mentorSide: compileSide(mentors, vocabularies, (m) => m.experience),
    menteeSide: compileSide(mentees, vocabularies, (m) => m.goals),
    menteePreferredLanguage: Int32Array.from(mentees, (m) =>
      m.languages[0] === undefined ? -1 : vocabularies.languages.bitOf(m.languages[0]),
    ),
    mentorOpenSlots,
    mentorUntrained,
    mentorBlocked: Uint8Array.from(mentors, (_, i) =>
      (mentorOpenSlots[i] as number) === 0 || (mentorUntrained[i] as number) === 1 ? 1 : 0,
    ),
    // Beyond half the Earth's circumference every pair is within the limit.
    maxChordSquared:
      settings.distanceIsHardLimit === true && settings.maxDistanceKm < Math.PI * EARTH_RADIUS_KM
        ? 4 * halfChord * halfChord
        : Number.POSITIVE_INFINITY,
    excludedPairs,
    weights: Float64Array.from(MATCHING_CRITERIA, (criterion) => settings.weights[criterion]),
    widths: {
      languages: vocabularies.languages.width,
      interests: vocabularies.interests.width,
      sectors: vocabularies.sectors.width,
      goals: vocabularies.goals.width,
    },
    mentorIndex,
    menteeIndex,
    vocabularies,
  };
}

function compileSide<P extends MatchingParticipant>(
  people: readonly P[],
  vocabularies: MatchingPool['vocabularies'],
  goalsOf: (person: P) => readonly string[],
): CompiledSide {
  const slotBit = new Map(WEEKLY_SLOT_CODES.map((code, bit) => [code as string, bit]));
  const side: CompiledSide = {
    count: people.length,
    slots: new Uint32Array(people.length),
    slotCount: new Uint8Array(people.length),
    languages: packSets(
      vocabularies.languages,
      people.map((p) => p.languages),
    ),
    interests: packSets(
      vocabularies.interests,
      people.map((p) => p.interests),
    ),
    interestCount: Uint16Array.from(people, (p) => new Set(p.interests).size),
    sectors: packSets(
      vocabularies.sectors,
      people.map((p) => p.sectors),
    ),
    sectorCount: Uint16Array.from(people, (p) => new Set(p.sectors).size),
    goals: packSets(vocabularies.goals, people.map(goalsOf)),
    goalCount: Uint16Array.from(people, (p) => new Set(goalsOf(p)).size),
    x: new Float64Array(people.length).fill(Number.NaN),
    y: new Float64Array(people.length).fill(Number.NaN),
    z: new Float64Array(people.length).fill(Number.NaN),
    region: Int32Array.from(people, (p) =>
      p.region === null ? -1 : vocabularies.regions.bitOf(p.region),
    ),
    age: Float64Array.from(people, (p) => p.age ?? Number.NaN),
    preferredAgeMin: Float64Array.from(people, (p) => p.preferredAge?.min ?? Number.NaN),
    preferredAgeMax: Float64Array.from(people, (p) => p.preferredAge?.max ?? Number.NaN),
  };
  people.forEach((person, index) => {
    let mask = 0;
    for (const slot of person.availability) {
      const bit = slotBit.get(slotCode(slot));
      if (bit !== undefined) mask |= 1 << bit;
    }
    side.slots[index] = mask >>> 0;
    side.slotCount[index] = popcount32(mask >>> 0);
    if (person.coordinates !== null) {
      // Unit vectors turn the haversine into a chord length: hav(θ) = |p − q|² / 4, the same
      // great-circle distance with one sqrt and one asin per pair instead of four trig calls.
      const lat = (person.coordinates.lat * Math.PI) / 180;
      const lon = (person.coordinates.lon * Math.PI) / 180;
      side.x[index] = Math.cos(lat) * Math.cos(lon);
      side.y[index] = Math.cos(lat) * Math.sin(lon);
      side.z[index] = Math.sin(lat);
    }
  });
  return side;
}

function indexIds(people: readonly { readonly id: string }[], role: string): Map<string, number> {
  const index = new Map<string, number>();
  people.forEach((person, position) => {
    if (index.has(person.id))
      throw new RangeError(`duplicate ${role} id in matching pool: ${person.id}`);
    index.set(person.id, position);
  });
  return index;
}
