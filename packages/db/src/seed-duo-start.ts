import {
  agreements,
  applications,
  decisions,
  firstMeetings,
  matches,
  matchValidations,
} from './schema/index.ts';
import type { Transaction } from './unit-of-work.ts';

const DAY = 86_400_000;

type Application = typeof applications.$inferSelect;
type NewApplication = typeof applications.$inferInsert;
type Match = typeof matches.$inferSelect;
type CommonGround = Match['introduction']['commonGround'];

/** Inserts a mentor's and a mentee's application, both accepted by the coordinator. */
export async function insertAcceptedPair(
  tx: Transaction,
  coordinatorId: string,
  decidedAt: Date,
  mentor: NewApplication,
  mentee: NewApplication,
): Promise<[Application, Application]> {
  const [m, e] = await tx.insert(applications).values([mentor, mentee]).returning();
  if (!m || !e) throw new Error('seed insert returned nothing');
  await tx.insert(decisions).values(
    [m, e].map((a) => ({
      tenantId: a.tenantId,
      applicationId: a.id,
      outcome: 'accepted' as const,
      decidedAt,
      decidedBy: coordinatorId,
    })),
  );
  return [m, e];
}

/** A match the coordinator decided, introduced to both by first name and what they share. */
export async function insertMatch(
  tx: Transaction,
  pair: [Application, Application],
  values: Pick<typeof matches.$inferInsert, 'status' | 'score' | 'scoreBreakdown'> & {
    commonGround: CommonGround;
    decidedBy: string;
    decidedAt: Date;
  },
): Promise<Match> {
  const [mentor, mentee] = pair;
  const { commonGround, ...rest } = values;
  const [match] = await tx
    .insert(matches)
    .values({
      tenantId: mentor.tenantId,
      programmeId: mentor.programmeId,
      mentorApplicationId: mentor.id,
      menteeApplicationId: mentee.id,
      introduction: {
        mentorFirstName: mentor.name.split(' ')[0] ?? mentor.name,
        menteeFirstName: mentee.name.split(' ')[0] ?? mentee.name,
        commonGround,
      },
      ...rest,
    })
    .returning();
  if (!match) throw new Error('seed insert returned nothing');
  return match;
}

/** The match's first meeting at `place`: planned by the coordinator, or held with all three. */
export async function insertFirstMeeting(
  tx: Transaction,
  match: Match,
  coordinatorId: string,
  meeting: { startsAt: Date; place: string; status: 'planned' | 'held' | 'not_held' },
) {
  const recorded = meeting.status === 'planned' ? null : meeting.startsAt;
  const held = meeting.status === 'held';
  await tx.insert(firstMeetings).values({
    tenantId: match.tenantId,
    matchId: match.id,
    startsAt: meeting.startsAt,
    place: meeting.place,
    locationKind: 'organisation_office',
    plannedStaffUserId: coordinatorId,
    status: meeting.status,
    icsUid: `first-meeting-${match.id}@tandem.example`,
    staffPresentUserId: held ? coordinatorId : null,
    mentorPresent: held ? true : null,
    menteePresent: held ? true : null,
    outcomeRecordedAt: recorded,
    outcomeRecordedBy: recorded ? coordinatorId : null,
  });
}

type Person = [name: string, email: string, municipality: string, postcode: string];

export interface DemoDuoStages {
  locale: 'nl' | 'fr';
  place: string;
  sector: string;
  /** Decided, first meeting still to plan: the staff path starts here. */
  toPlan: [Person, Person];
  /** First meeting planned next week. */
  planned: [Person, Person];
  /** First meeting did not take place: to plan again. */
  notHeld: [Person, Person];
  /** Both confirmed by phone and the agreement issued: both have still to accept it. */
  agreementIssued: [Person, Person];
  agreementText: string;
}

/**
 * Duos at the stages the demo's other seeds leave out (the portal's pair waits for answers
 * after its first meeting, the duo of two years ago is active): decided this month, first
 * meeting to plan, planned, not held, and the agreement waiting for both to accept it.
 * The people applied two years ago and no duo starts, so no indicator moves.
 */
export async function seedDuoStages(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  coordinatorId: string,
  channels: { mentor: string; mentee: string },
  demo: DemoDuoStages,
) {
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  const application = (role: 'mentor' | 'mentee', p: Person): NewApplication => ({
    tenantId,
    programmeId,
    role,
    name: p[0],
    email: p[1],
    municipality: p[2],
    postcode: p[3],
    sector: demo.sector,
    goal: demo.locale === 'fr' ? 'Retrouver un emploi.' : 'Opnieuw aan het werk.',
    preferredLocale: demo.locale,
    availability: [{ day: 'tue', part: 'evening' }],
    languages: [demo.locale],
    experienceYears: role === 'mentor' ? 18 : null,
    birthYear: role === 'mentor' ? 1971 : 1993,
    channelId: channels[role],
    consentAt: at(-800),
    consentTextVersion: 'intake-consent-2026-01',
    submittedAt: at(-800),
  });
  const decided = async ([mentor, mentee]: [Person, Person], daysAgo: number) =>
    insertMatch(
      tx,
      await insertAcceptedPair(
        tx,
        coordinatorId,
        at(-790),
        application('mentor', mentor),
        application('mentee', mentee),
      ),
      {
        score: 0.74,
        scoreBreakdown: [
          { criterion: 'availability', score: 1, weight: 3 },
          { criterion: 'language', score: 1, weight: 1 },
        ],
        commonGround: [
          { key: 'match.explain.common_language', params: { languages: [demo.locale] } },
          {
            key: 'match.explain.availability_overlap',
            params: { count: 1, slots: ['tue_evening'] },
          },
        ],
        decidedBy: coordinatorId,
        decidedAt: at(-daysAgo),
      },
    );

  await decided(demo.toPlan, 2);
  await insertFirstMeeting(tx, await decided(demo.planned, 5), coordinatorId, {
    startsAt: at(7),
    place: demo.place,
    status: 'planned',
  });
  await insertFirstMeeting(tx, await decided(demo.notHeld, 12), coordinatorId, {
    startsAt: at(-3),
    place: demo.place,
    status: 'not_held',
  });

  const issued = await decided(demo.agreementIssued, 20);
  await insertFirstMeeting(tx, issued, coordinatorId, {
    startsAt: at(-8),
    place: demo.place,
    status: 'held',
  });
  await tx.insert(matchValidations).values(
    (['mentor', 'mentee'] as const).map((role) => ({
      tenantId,
      matchId: issued.id,
      role,
      answer: 'confirmed' as const,
      channel: 'phone' as const,
      answeredAt: at(-7),
      recordedBy: coordinatorId,
    })),
  );
  const text = demo.agreementText;
  const [agreement] = await tx
    .insert(agreements)
    .values({
      tenantId,
      matchId: issued.id,
      version: 1,
      texts: { nl: text, fr: text, en: text },
      durationMonths: 6,
      contactIntervalDays: 14,
      issuedAt: at(-7),
      issuedBy: coordinatorId,
    })
    .returning();
  if (!agreement) throw new Error('seed insert returned nothing');
}
