import {
  applications,
  decisions,
  matches,
  matchingExclusions,
  matchingSettings,
  type Transaction,
} from '@tandem/db';
import {
  brusselsDate,
  DEFAULT_MATCHING_SETTINGS,
  DEFAULT_MENTOR_CAPACITY,
  locationOfPostcode,
  type MatchingParticipant,
  type MatchingPool,
  type MatchingWeights,
  type MenteeProfile,
  type MentorProfile,
  prepareMatchingPool,
  provinceOfPostcode,
} from '@tandem/domain';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { attendedTopics, coverageOf } from '../../queries/training-attendance.queries.ts';

/** A programme's matching settings as stored, or the defaults when it has none yet. */
export interface ProgrammeMatchingSettings {
  weights: MatchingWeights;
  maxDistanceKm: number;
  distanceIsHardLimit: boolean;
  requireCompleteTraining: boolean;
  minScore: number;
  /** False until someone saved the programme's own settings. */
  saved: boolean;
}

export async function programmeMatchingSettings(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
): Promise<ProgrammeMatchingSettings> {
  const [row] = await tx
    .select()
    .from(matchingSettings)
    .where(
      and(eq(matchingSettings.tenantId, tenantId), eq(matchingSettings.programmeId, programmeId)),
    );
  if (!row)
    return {
      weights: DEFAULT_MATCHING_SETTINGS.weights,
      maxDistanceKm: DEFAULT_MATCHING_SETTINGS.maxDistanceKm,
      distanceIsHardLimit: false,
      requireCompleteTraining: true,
      minScore: 0,
      saved: false,
    };
  return {
    // A criterion added after the row was saved takes its default weight.
    weights: { ...DEFAULT_MATCHING_SETTINGS.weights, ...row.weights },
    maxDistanceKm: row.maxDistanceKm,
    distanceIsHardLimit: row.distanceIsHardLimit,
    requireCompleteTraining: row.requireCompleteTraining,
    minScore: row.minScore,
    saved: true,
  };
}

/** What the screens show of a person in the pool beside the engine's profile. */
export interface PoolPerson {
  id: string;
  name: string;
  municipality: string;
  province: string | null;
  /** Mentors: capacity and matches open now; whether training is complete. */
  capacity?: number;
  openMatches?: number;
  trainingComplete?: boolean;
}

export interface LoadedPool {
  settings: ProgrammeMatchingSettings;
  pool: MatchingPool;
  people: Map<string, PoolPerson>;
}

/** Matches that hold a mentor's place or a mentee's turn. No duo end is recorded yet (E1). */
const OPEN_STATUSES = sql`('proposed', 'started')`;

/** Free-text answers compared as one term: same words, whatever the case, spacing or final stop. */
const term = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '');
const terms = (texts: readonly string[]) => [
  ...new Set(texts.map(term).filter((t) => t.length > 0)),
];

function participant(
  row: ApplicantRow,
  currentYear: number,
): Omit<MatchingParticipant, 'sectors'> & { sectors: string[] } {
  // The engine reads the first language as the preferred one: the language the person asked
  // to be addressed in, when they speak it.
  const languages = [
    ...new Set(
      row.languages.includes(row.preferredLocale)
        ? [row.preferredLocale, ...row.languages]
        : row.languages,
    ),
  ];
  return {
    id: row.id,
    availability: row.availability,
    // The postcode's area gives an estimated distance; the province is the fallback for a
    // postcode outside every area.
    coordinates: locationOfPostcode(row.postcode),
    region: provinceOfPostcode(row.postcode),
    age: currentYear - row.birthYear,
    preferredAge: null,
    languages,
    interests: terms(row.interests),
    sectors: terms([row.sector]),
  };
}

type ApplicantRow = Awaited<ReturnType<typeof applicantRows>>[number];

function applicantRows(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  role: 'mentor' | 'mentee',
  filter: SQL | undefined,
) {
  return tx
    .select({
      id: applications.id,
      name: applications.name,
      preferredLocale: applications.preferredLocale,
      availability: applications.availability,
      postcode: applications.postcode,
      municipality: applications.municipality,
      languages: applications.languages,
      sector: applications.sector,
      goal: applications.goal,
      birthYear: applications.birthYear,
      interests: applications.interests,
      mentorCapacity: applications.mentorCapacity,
      openMatches: sql<number>`(select count(*) from ${matches} m where m.tenant_id = ${applications.tenantId} and ${sql.raw(role === 'mentor' ? 'm.mentor_application_id' : 'm.mentee_application_id')} = ${applications.id} and m.status in ${OPEN_STATUSES})::int`,
    })
    .from(applications)
    .innerJoin(decisions, decisionOfApplication)
    .where(and(inPool(tenantId, programmeId, role), filter))
    .orderBy(asc(applications.name), asc(applications.id));
}

/** Joins an application's decision (queries on the pool join `decisions` on it). */
export const decisionOfApplication = and(
  eq(decisions.tenantId, applications.tenantId),
  eq(decisions.applicationId, applications.id),
);

/** The matching pool of a programme in one role: its accepted applications. */
export function inPool(tenantId: string, programmeId: string, role: 'mentor' | 'mentee') {
  return and(
    eq(applications.tenantId, tenantId),
    eq(applications.programmeId, programmeId),
    eq(applications.role, role),
    eq(decisions.outcome, 'accepted'),
  );
}

/**
 * The programme's matching pool, in a few set-based queries: every accepted mentor (with
 * their capacity, open matches and training coverage — a full mentor stays in the pool so
 * the explanation can say why), the accepted mentees without an open match, the recorded
 * exclusions and the settings. `only` narrows either side to the people of a decision: a pair's score
 * depends on the pair alone, so it is the same as in the full pool.
 */
export async function loadMatchingPool(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  only: { mentorIds?: readonly string[]; menteeIds?: readonly string[] } = {},
): Promise<LoadedPool> {
  const settings = await programmeMatchingSettings(tx, tenantId, programmeId);
  const mentorFilter = only.mentorIds && inArray(applications.id, [...only.mentorIds]);
  const menteeFilter = only.menteeIds && inArray(applications.id, [...only.menteeIds]);
  // One after the other: a transaction is one connection.
  const mentorRows = await applicantRows(tx, tenantId, programmeId, 'mentor', mentorFilter);
  const menteeRows = await applicantRows(tx, tenantId, programmeId, 'mentee', menteeFilter);
  const exclusionRows = await tx
    .select({
      mentorId: matchingExclusions.mentorApplicationId,
      menteeId: matchingExclusions.menteeApplicationId,
    })
    .from(matchingExclusions)
    .where(
      and(
        eq(matchingExclusions.tenantId, tenantId),
        eq(matchingExclusions.programmeId, programmeId),
      ),
    );
  const waitingMentees = menteeRows.filter((row) => row.openMatches === 0);
  const topics = await attendedTopics(
    tx,
    tenantId,
    mentorRows.map((m) => m.id),
  );
  const trained = new Map(mentorRows.map((m) => [m.id, coverageOf(topics.get(m.id)).ready]));

  const currentYear = Number(brusselsDate(new Date().toISOString()).slice(0, 4));
  const mentors: MentorProfile[] = mentorRows.map((row) => ({
    ...participant(row, currentYear),
    experience: terms([row.goal]),
    capacity: row.mentorCapacity ?? DEFAULT_MENTOR_CAPACITY,
    activeDuos: row.openMatches,
  }));
  const mentees: MenteeProfile[] = waitingMentees.map((row) => ({
    ...participant(row, currentYear),
    goals: terms([row.goal]),
  }));
  const pool = prepareMatchingPool(mentors, mentees, {
    weights: settings.weights,
    maxDistanceKm: settings.maxDistanceKm,
    distanceIsHardLimit: settings.distanceIsHardLimit,
    exclusions: exclusionRows,
    untrainedMentorIds: settings.requireCompleteTraining
      ? mentorRows.filter((m) => !trained.get(m.id)).map((m) => m.id)
      : [],
  });

  const people = new Map<string, PoolPerson>();
  for (const row of mentorRows)
    people.set(row.id, {
      id: row.id,
      name: row.name,
      municipality: row.municipality,
      province: provinceOfPostcode(row.postcode),
      capacity: row.mentorCapacity ?? DEFAULT_MENTOR_CAPACITY,
      openMatches: row.openMatches,
      trainingComplete: trained.get(row.id) ?? false,
    });
  for (const row of menteeRows)
    people.set(row.id, {
      id: row.id,
      name: row.name,
      municipality: row.municipality,
      province: provinceOfPostcode(row.postcode),
      openMatches: row.openMatches,
    });
  return { settings, pool, people };
}
