import type { EarlyEndReasonCode } from '@tandem/domain';
import { and, eq } from 'drizzle-orm';
import { applications, duoClosures, duos, participantAccounts } from './schema/index.ts';
import {
  DE_BRUG_ACTIVE_DUOS,
  type DemoActiveDuo,
  type DemoActiveDuos,
  LE_PONT_ACTIVE_DUOS,
  seedActiveDuos,
} from './seed-active-duos.ts';
import type { Transaction } from './unit-of-work.ts';

const DAY = 86_400_000;

export interface DemoEarlyEnd {
  /** The organisation's place, language and texts, as its other active duos have them. */
  setting: Omit<DemoActiveDuos, 'duos'>;
  /** Ended early last month by its mentee, with a reason; no closing meeting planned yet. */
  ended: DemoActiveDuo & { reasonCode: EarlyEndReasonCode; reasonText: string };
  /** Running duos without a coach of their own, for trying the portal's end. */
  running: readonly DemoActiveDuo[];
}

/**
 * E1–E2 in the demo: a duo that its mentee ended early last month from the portal, with a
 * reason and its closure opened, waiting for its closing meeting on the coach's closing
 * list; and, in each organisation, a running duo whose mentee can end it (and then answer
 * the evaluation). Both went through the whole
 * start like the other active duos. The running one is followed by the coordinator, so the
 * demo coach's caseload keeps its three duos.
 */
export async function seedEarlyEnds(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  coachId: string,
  coordinatorId: string,
  demo: DemoEarlyEnd,
) {
  await seedActiveDuos(tx, tenantId, programmeId, coachId, coordinatorId, {
    ...demo.setting,
    duos: [demo.ended],
  });
  if (demo.running.length > 0)
    await seedActiveDuos(tx, tenantId, programmeId, coordinatorId, coordinatorId, {
      ...demo.setting,
      duos: demo.running,
    });
  const [row] = await tx
    .select({ duoId: duos.id, menteeUserId: participantAccounts.userId })
    .from(duos)
    .innerJoin(
      applications,
      and(eq(applications.tenantId, duos.tenantId), eq(applications.id, duos.mentorApplicationId)),
    )
    .innerJoin(
      participantAccounts,
      and(
        eq(participantAccounts.tenantId, duos.tenantId),
        eq(participantAccounts.applicationId, duos.menteeApplicationId),
      ),
    )
    .where(and(eq(duos.tenantId, tenantId), eq(applications.email, demo.ended.mentor[1])));
  if (!row) throw new Error('seed duo to end missing');
  // The 15th of last month: within the duo's life, after its last contact.
  const now = new Date();
  const lastDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15));
  const recordedAt = new Date(lastDay.getTime() + DAY / 2);
  await tx
    .update(duos)
    .set({
      endedOn: lastDay.toISOString().slice(0, 10),
      endKind: 'early',
      endReasonCode: demo.ended.reasonCode,
      endReasonText: demo.ended.reasonText,
      endedBy: 'mentee',
      endRecordedAt: recordedAt,
      endRecordedBy: row.menteeUserId,
    })
    .where(and(eq(duos.tenantId, tenantId), eq(duos.id, row.duoId)));
  await tx
    .insert(duoClosures)
    .values({ tenantId, duoId: row.duoId, startedAt: recordedAt, startedBy: row.menteeUserId });
}

export const DE_BRUG_EARLY_END: DemoEarlyEnd = {
  setting: DE_BRUG_ACTIVE_DUOS,
  ended: {
    mentor: ['Sofie Claes', 'sofie.claes@example.be'],
    mentee: ['Youssef Amrani', 'youssef.amrani@example.be'],
    startedDaysAgo: 120,
    // Every ten days or so, the last one before the 15th of last month.
    contactsDaysAgo: [118, 108, 97, 88, 78, 69, 60, 50],
    checkIn: { daysAgo: 55, going: 'mixed', followUpNeeded: false },
    reasonCode: 'found_work',
    reasonText: 'Ik ben begonnen als zorgkundige in een woonzorgcentrum, voltijds.',
  },
  running: [
    {
      mentor: ['Marc Wauters', 'marc.wauters@example.be'],
      mentee: ['Samir Haddou', 'samir.haddou@example.be'],
      startedDaysAgo: 90,
      contactsDaysAgo: [88, 77, 66, 55, 44, 33, 22, 11, 2],
      checkIn: { daysAgo: 10, going: 'well', followUpNeeded: false },
    },
  ],
};

export const LE_PONT_EARLY_END: DemoEarlyEnd = {
  setting: LE_PONT_ACTIVE_DUOS,
  ended: {
    mentor: ['Nathalie Dubois', 'nathalie.dubois@example.be'],
    mentee: ['Inès Lambert', 'ines.lambert@example.be'],
    startedDaysAgo: 120,
    contactsDaysAgo: [117, 106, 96, 85, 75, 64, 52],
    checkIn: { daysAgo: 58, going: 'difficult', followUpNeeded: true },
    reasonCode: 'relationship_difficulties',
    reasonText: 'Nous n’arrivons plus à trouver des moments pour nous voir.',
  },
  running: [
    {
      mentor: ['Vincent Lemaire', 'vincent.lemaire@example.be'],
      mentee: ['Aminata Sangaré', 'aminata.sangare@example.be'],
      startedDaysAgo: 80,
      contactsDaysAgo: [78, 66, 54, 42, 30, 18, 6],
      checkIn: { daysAgo: 12, going: 'well', followUpNeeded: false },
    },
  ],
};
