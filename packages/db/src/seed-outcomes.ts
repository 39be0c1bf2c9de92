import { addDays, addMonths, outcomeFollowUpDueOn } from '@tandem/domain';
import { and, eq, isNull } from 'drizzle-orm';
import {
  applications,
  coachAssignments,
  decisions,
  duos,
  matches,
  outcomes,
  participantAccounts,
  recruitmentChannels,
  reminderDeliveries,
  users,
} from './schema/index.ts';
import type { Transaction } from './unit-of-work.ts';

type Person = [name: string, email: string];

export interface DemoOutcomes {
  locale: 'nl' | 'fr';
  municipality: string;
  postcode: string;
  sector: string;
  /**
   * A duo that ended about 200 days ago: its mentee was asked the six-month questions and
   * has not answered for more than 14 days, so its coach's caseload asks for a call.
   */
  unansweredFollowUp?: { mentor: Person; mentee: Person; goal: string };
}

const SITUATIONS = ['job_seeking', 'other', 'job_seeking'] as const;

/**
 * The mentees' outcomes beside the criteria: the situation at intake of the active demo
 * duos' mentees (recorded three weeks before their start), and, when given, an ended duo
 * whose six-month follow-up went unanswered.
 */
export async function seedOutcomes(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  coachId: string,
  coordinatorId: string,
  demo: DemoOutcomes,
) {
  const today = new Date().toISOString().slice(0, 10);
  const active = await tx
    .select({ mentee: duos.menteeApplicationId, startDate: duos.startDate })
    .from(duos)
    .where(
      and(eq(duos.tenantId, tenantId), eq(duos.programmeId, programmeId), isNull(duos.endedOn)),
    );
  if (active.length > 0)
    await tx.insert(outcomes).values(
      active.map((duo, i) => ({
        tenantId,
        menteeApplicationId: duo.mentee,
        moment: 'intake' as const,
        recordedOn: addDays(duo.startDate, -21),
        situation: SITUATIONS[i % SITUATIONS.length] ?? 'job_seeking',
        confidence: 2 + (i % 2),
        autonomy: 2,
        source: 'staff' as const,
        recordedBy: coordinatorId,
      })),
    );

  if (!demo.unansweredFollowUp) return;
  const endedOn = addDays(today, -200);
  const startDate = addMonths(endedOn, -6);
  const [channel] = await tx
    .select({ id: recruitmentChannels.id })
    .from(recruitmentChannels)
    .where(
      and(
        eq(recruitmentChannels.tenantId, tenantId),
        eq(recruitmentChannels.programmeId, programmeId),
      ),
    )
    .limit(1);
  if (!channel) throw new Error('seed channel missing');
  const joined = new Date(`${addDays(startDate, -60)}T09:00:00Z`);
  const person = (role: 'mentor' | 'mentee', [name, email]: Person) => ({
    tenantId,
    programmeId,
    role,
    name,
    email,
    municipality: demo.municipality,
    postcode: demo.postcode,
    sector: demo.sector,
    goal: demo.unansweredFollowUp?.goal ?? '',
    preferredLocale: demo.locale,
    availability: [{ day: 'wed' as const, part: 'afternoon' as const }],
    languages: [demo.locale],
    birthYear: role === 'mentor' ? 1968 : 1992,
    channelId: channel.id,
    consentAt: joined,
    consentTextVersion: 'intake-consent-2024-01',
    submittedAt: joined,
    mentorCapacity: role === 'mentor' ? 1 : null,
  });
  const { mentor: mentorPerson, mentee: menteePerson } = demo.unansweredFollowUp;
  const [mentor, mentee] = await tx
    .insert(applications)
    .values([person('mentor', mentorPerson), person('mentee', menteePerson)])
    .returning();
  if (!mentor || !mentee) throw new Error('seed insert returned nothing');
  const decidedAt = new Date(`${addDays(startDate, -40)}T10:00:00Z`);
  await tx.insert(decisions).values(
    [mentor, mentee].map((a) => ({
      tenantId,
      applicationId: a.id,
      outcome: 'accepted' as const,
      decidedAt,
      decidedBy: coordinatorId,
    })),
  );
  // The mentee answers in the portal, so she has an account there.
  const [menteeUser] = await tx
    .insert(users)
    .values({ email: mentee.email, name: mentee.name, locale: demo.locale })
    .returning({ id: users.id });
  if (!menteeUser) throw new Error('seed insert returned nothing');
  await tx
    .insert(participantAccounts)
    .values({ tenantId, applicationId: mentee.id, userId: menteeUser.id });
  const [match] = await tx
    .insert(matches)
    .values({
      tenantId,
      programmeId,
      mentorApplicationId: mentor.id,
      menteeApplicationId: mentee.id,
      status: 'started',
      score: 0.74,
      scoreBreakdown: [{ criterion: 'availability', score: 1, weight: 3 }],
      introduction: {
        mentorFirstName: mentor.name.split(' ')[0] ?? mentor.name,
        menteeFirstName: mentee.name.split(' ')[0] ?? mentee.name,
        commonGround: [],
      },
      decidedBy: coordinatorId,
      decidedAt: new Date(`${addDays(startDate, -20)}T10:00:00Z`),
    })
    .returning();
  if (!match) throw new Error('seed insert returned nothing');
  const [duo] = await tx
    .insert(duos)
    .values({
      tenantId,
      programmeId,
      matchId: match.id,
      mentorApplicationId: mentor.id,
      menteeApplicationId: mentee.id,
      startDate,
      plannedEndDate: addMonths(startDate, 6),
      endedOn,
      endKind: 'planned',
      endedBy: 'staff',
      endRecordedAt: new Date(`${addDays(endedOn, 1)}T09:00:00Z`),
      endRecordedBy: coordinatorId,
    })
    .returning();
  if (!duo) throw new Error('seed insert returned nothing');
  await tx.insert(coachAssignments).values({
    tenantId,
    duoId: duo.id,
    coachUserId: coachId,
    fromDate: startDate,
    untilDate: endedOn,
    assignedBy: coordinatorId,
  });
  await tx.insert(outcomes).values([
    {
      tenantId,
      menteeApplicationId: mentee.id,
      moment: 'intake',
      recordedOn: addDays(startDate, -30),
      situation: 'job_seeking',
      confidence: 2,
      autonomy: 3,
      source: 'staff',
      recordedBy: coordinatorId,
    },
    {
      tenantId,
      menteeApplicationId: mentee.id,
      duoId: duo.id,
      moment: 'end',
      recordedOn: endedOn,
      situation: 'training',
      confidence: 4,
      autonomy: 4,
      source: 'staff',
      recordedBy: coordinatorId,
    },
  ]);
  // Asked on its day, as the follow-up job asks; the week is the due day's.
  const askedOn = outcomeFollowUpDueOn(endedOn);
  const weekday = new Date(`${askedOn}T00:00:00Z`).getUTCDay();
  await tx.insert(reminderDeliveries).values({
    tenantId,
    kind: 'outcome_follow_up',
    recipientApplicationId: mentee.id,
    weekStart: addDays(askedOn, -((weekday + 6) % 7)),
    duoId: duo.id,
    createdAt: new Date(`${askedOn}T08:00:00Z`),
  });
}

export const DE_BRUG_OUTCOMES: DemoOutcomes = {
  locale: 'nl',
  municipality: 'Antwerpen',
  postcode: '2000',
  sector: 'zorg',
};

export const LE_PONT_OUTCOMES: DemoOutcomes = {
  locale: 'fr',
  municipality: 'Bruxelles',
  postcode: '1000',
  sector: 'commerce',
  unansweredFollowUp: {
    mentor: ['Gaspard Vandenbroucke', 'gaspard.vandenbroucke@example.be'],
    mentee: ['Mireille Kabongo', 'mireille.kabongo@example.be'],
    goal: 'Trouver un emploi dans le commerce.',
  },
};
