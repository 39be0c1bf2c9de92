import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import {
  checkIns,
  coachAssignments,
  duoContacts,
  duoPauses,
  duos,
  mediationNotes,
  reminderDeliveries,
  reminderPreferences,
  resources,
  workshopInvitations,
  workshops,
} from './schema/index.ts';
import type { Transaction } from './unit-of-work.ts';

const DAY = 86_400_000;

export interface DemoGuidance {
  locale: 'nl' | 'fr';
  place: string;
  /** Titles of the library's four kinds, in the organisation's language. */
  resources: {
    guidelines: string;
    coaching_tools: string;
    processes: string;
    social_map: string;
  };
  workshopTheme: string;
  pauseReason: string;
  mediationNote: string;
}

/**
 * Guidance of the duo that went the whole way two years ago (see `seedDuoStart`): its coach,
 * a pause, fortnightly contacts, check-ins, one mediation, a workshop its mentor attended, a
 * reminder that was sent, and its planned end — so every guidance table holds a row per
 * organisation without moving this year's indicators. The library is the programme's own
 * and current: one resource of each kind, reviewed this year.
 */
export async function seedDuoGuidance(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  coachId: string,
  coordinatorId: string,
  demo: DemoGuidance,
) {
  const [duo] = await tx
    .select()
    .from(duos)
    .where(and(eq(duos.tenantId, tenantId), eq(duos.programmeId, programmeId)))
    .orderBy(asc(duos.startDate))
    .limit(1);
  if (!duo) throw new Error('seed: the demo duo is missing');
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  const day = (days: number) => at(days).toISOString().slice(0, 10);
  const startedDaysAgo = Math.round((now - Date.parse(duo.startDate)) / DAY);
  const since = (days: number) => days - startedDaysAgo;

  await tx.insert(coachAssignments).values({
    tenantId,
    duoId: duo.id,
    coachUserId: coachId,
    fromDate: duo.startDate,
    untilDate: duo.plannedEndDate,
    assignedBy: coordinatorId,
  });
  await tx.insert(duoPauses).values({
    tenantId,
    duoId: duo.id,
    fromDate: day(since(60)),
    untilDate: day(since(74)),
    reason: demo.pauseReason,
    recordedBy: coordinatorId,
  });
  const contactDays = [3, 15, 29, 43, 78, 90, 104, 118, 131, 145, 160, 175];
  await tx.insert(duoContacts).values(
    contactDays.map((offset, i) => ({
      tenantId,
      duoId: duo.id,
      contactOn: day(since(offset)),
      mode: (['in_person', 'phone', 'video', 'message'] as const)[i % 4] ?? 'phone',
      durationMinutes: i % 4 === 3 ? null : 45,
      loggedBy: i % 3 === 2 ? ('mentee' as const) : ('mentor' as const),
      recordedBy: coordinatorId,
    })),
  );
  await tx.insert(checkIns).values(
    [20, 55, 95, 135, 170].map((offset, i) => ({
      tenantId,
      duoId: duo.id,
      coachUserId: coachId,
      checkInOn: day(since(offset)),
      withWhom: (['both', 'mentor', 'mentee'] as const)[i % 3] ?? 'both',
      going: i === 1 ? ('difficult' as const) : ('well' as const),
      followUpNeeded: i === 1,
    })),
  );
  await tx.insert(mediationNotes).values({
    tenantId,
    duoId: duo.id,
    writtenOn: day(since(57)),
    note: demo.mediationNote,
    writtenBy: coachId,
  });
  const [workshop] = await tx
    .insert(workshops)
    .values({
      tenantId,
      programmeId,
      startsAt: at(since(100)),
      theme: demo.workshopTheme,
      kind: 'peer_exchange',
      place: demo.place,
      capacity: 20,
      icsUid: `${randomUUID()}@tandem`,
      createdBy: coordinatorId,
      createdAt: at(since(80)),
    })
    .returning();
  if (!workshop) throw new Error('seed insert returned nothing');
  await tx.insert(workshopInvitations).values({
    tenantId,
    workshopId: workshop.id,
    applicationId: duo.mentorApplicationId,
    invitedAt: at(since(80)),
    registeredAt: at(since(82)),
    attended: true,
    attendanceRecordedAt: at(since(100)),
    attendanceRecordedBy: coordinatorId,
  });
  await tx.insert(reminderDeliveries).values({
    tenantId,
    kind: 'check_in_due',
    recipientUserId: coachId,
    weekStart: mondayOf(day(since(91))),
    duoId: duo.id,
  });
  await tx.insert(reminderPreferences).values({
    tenantId,
    applicationId: duo.menteeApplicationId,
    nonEssentialStoppedAt: at(since(120)),
  });
  await tx
    .update(duos)
    .set({
      endedOn: duo.plannedEndDate,
      endKind: 'planned',
      endedBy: 'staff',
      endRecordedAt: new Date(Date.parse(duo.plannedEndDate) + DAY),
      endRecordedBy: coordinatorId,
    })
    .where(and(eq(duos.tenantId, tenantId), eq(duos.id, duo.id)));

  await tx.insert(resources).values(
    (['guidelines', 'coaching_tools', 'processes', 'social_map'] as const).map((kind, i) => ({
      tenantId,
      programmeId,
      kind,
      title: demo.resources[kind],
      url: `https://example.org/${demo.locale}/${kind}`,
      audience: kind === 'coaching_tools' ? ('mentor' as const) : ('both' as const),
      locale: demo.locale,
      reviewedOn: day(-30 - 20 * i),
      createdBy: coordinatorId,
    })),
  );
}

function mondayOf(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

export const DE_BRUG_GUIDANCE: DemoGuidance = {
  locale: 'nl',
  place: 'De Brug, Lange Kievitstraat 10, 2018 Antwerpen',
  resources: {
    guidelines: 'Handleiding voor mentoren en mentees',
    coaching_tools: 'Gesprekskaarten: je sterktes in kaart',
    processes: 'Wat als het moeilijk loopt? Stappenplan',
    social_map: 'Sociale kaart Antwerpen',
  },
  workshopTheme: 'Intervisie: het eerste sollicitatiegesprek voorbereiden',
  pauseReason: 'Mentor een maand in het buitenland.',
  mediationNote: 'Afspraken liepen mis; samen nieuwe vaste avond afgesproken.',
};

export const LE_PONT_GUIDANCE: DemoGuidance = {
  locale: 'fr',
  place: 'Le Pont, rue Royale 150, 1000 Bruxelles',
  resources: {
    guidelines: 'Guide du mentor et du mentoré',
    coaching_tools: 'Fiches d’entretien : mes atouts',
    processes: 'En cas de difficulté : les étapes',
    social_map: 'Carte sociale de Bruxelles',
  },
  workshopTheme: 'Échange entre mentors : préparer un premier entretien',
  pauseReason: 'Mentoré hospitalisé deux semaines.',
  mediationNote: 'Malentendu sur les rendez-vous ; nouvelle plage fixe convenue ensemble.',
};
