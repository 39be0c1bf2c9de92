import { randomUUID } from 'node:crypto';
import { EVALUATION_QUESTION_SET_VERSION } from '@tandem/domain';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { closingMeetings, duoClosures, duos, evaluations, outcomes } from './schema/index.ts';
import type { Transaction } from './unit-of-work.ts';

const DAY = 86_400_000;

/**
 * The end of the duo that went the whole way (see `seedDuoGuidance`, which ends it): its
 * closure, a closing meeting held at the office three days before the last day, both
 * evaluations (the mentor's answered, the mentee's not), and the mentee's situation at
 * intake, at the end and six months later — one row in every table of the end of a duo.
 */
export async function seedDuoClosure(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  coordinatorId: string,
  place: string,
) {
  const [duo] = await tx
    .select()
    .from(duos)
    .where(
      and(eq(duos.tenantId, tenantId), eq(duos.programmeId, programmeId), isNotNull(duos.endedOn)),
    )
    .orderBy(asc(duos.startDate))
    .limit(1);
  if (!duo?.endedOn) throw new Error('seed: the ended demo duo is missing');
  const lastDay = Date.parse(duo.endedOn);
  const at = (days: number) => new Date(lastDay + days * DAY);
  const day = (days: number) => at(days).toISOString().slice(0, 10);

  await tx.insert(duoClosures).values({
    tenantId,
    duoId: duo.id,
    startedAt: at(1),
    startedBy: coordinatorId,
  });
  await tx.insert(closingMeetings).values({
    tenantId,
    duoId: duo.id,
    startsAt: new Date(lastDay - 3 * DAY + 17 * 3_600_000),
    mode: 'in_person',
    place,
    status: 'held',
    heldOn: day(-3),
    icsUid: `${randomUUID()}@tandem`,
    icsSequence: 0,
    recordedBy: coordinatorId,
  });
  const [mentor, mentee] = [duo.mentorApplicationId, duo.menteeApplicationId];
  await tx.insert(evaluations).values([
    {
      tenantId,
      duoId: duo.id,
      role: 'mentor',
      applicationId: mentor,
      questionSetVersion: EVALUATION_QUESTION_SET_VERSION,
      locale: 'nl',
      sentAt: at(1),
      completedAt: at(4),
      answers: {
        overall: '5',
        closer_to_work: '4',
        contact_rhythm: 'right',
        support_from_organisation: '4',
        would_recommend: 'yes',
      },
    },
    {
      tenantId,
      duoId: duo.id,
      role: 'mentee',
      applicationId: mentee,
      questionSetVersion: EVALUATION_QUESTION_SET_VERSION,
      locale: 'nl',
      sentAt: at(1),
    },
  ]);
  const start = Date.parse(duo.startDate);
  await tx.insert(outcomes).values([
    {
      tenantId,
      menteeApplicationId: mentee,
      moment: 'intake',
      recordedOn: new Date(start - 30 * DAY).toISOString().slice(0, 10),
      situation: 'job_seeking',
      confidence: 2,
      autonomy: 2,
      source: 'staff',
      recordedBy: coordinatorId,
    },
    {
      tenantId,
      menteeApplicationId: mentee,
      duoId: duo.id,
      moment: 'end',
      recordedOn: day(2),
      situation: 'employed',
      contractKind: 'fixed_term',
      hoursPerWeek: 30,
      confidence: 4,
      autonomy: 4,
      source: 'staff',
      recordedBy: coordinatorId,
    },
    {
      tenantId,
      menteeApplicationId: mentee,
      duoId: duo.id,
      moment: 'follow_up_6m',
      recordedOn: day(183),
      situation: 'employed',
      contractKind: 'permanent',
      hoursPerWeek: 38,
      source: 'staff',
      recordedBy: coordinatorId,
    },
  ]);
}
