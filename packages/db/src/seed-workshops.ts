import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { applications, workshopInvitations, workshops } from './schema/index.ts';
import type { Transaction } from './unit-of-work.ts';

const DAY = 86_400_000;

export interface DemoWorkshops {
  place: string;
  onlineUrl: string;
  pastTheme: string;
  upcomingTheme: string;
  /** The mentors of the active demo duos: regular, slipping, overdue. */
  mentorEmails: [string, string, string];
}

/**
 * Workshops for the mentors of the active demo duos (D5): one held 40 days ago with its
 * attendance taken (two came, one registered and stayed away), and one in 20 days to which
 * all three are invited: the first has not answered, so the portal asks them, the second
 * registered, the third declined.
 */
export async function seedWorkshops(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  coordinatorId: string,
  demo: DemoWorkshops,
) {
  const now = Date.now();
  const at = (days: number) => new Date(now - days * DAY);
  const evening = (daysAgo: number) =>
    new Date(`${at(daysAgo).toISOString().slice(0, 10)}T17:00:00Z`);
  const mentors = await tx
    .select({ id: applications.id, email: applications.email })
    .from(applications)
    .where(
      and(
        eq(applications.tenantId, tenantId),
        eq(applications.role, 'mentor'),
        inArray(applications.email, demo.mentorEmails),
      ),
    );
  const [regular, slipping, overdue] = demo.mentorEmails.map((email) => {
    const found = mentors.find((m) => m.email === email);
    if (!found) throw new Error(`seed mentor ${email} missing`);
    return found.id;
  }) as [string, string, string];
  const [past, upcoming] = await tx
    .insert(workshops)
    .values([
      {
        tenantId,
        programmeId,
        startsAt: evening(40),
        durationMinutes: 120,
        theme: demo.pastTheme,
        kind: 'peer_exchange' as const,
        place: demo.place,
        capacity: 12,
        icsUid: `${randomUUID()}@tandem`,
        createdBy: coordinatorId,
        createdAt: at(60),
      },
      {
        tenantId,
        programmeId,
        startsAt: evening(-20),
        durationMinutes: 90,
        theme: demo.upcomingTheme,
        kind: 'extra_training' as const,
        place: demo.place,
        onlineUrl: demo.onlineUrl,
        capacity: 10,
        icsUid: `${randomUUID()}@tandem`,
        createdBy: coordinatorId,
        createdAt: at(5),
      },
    ])
    .returning();
  if (!past || !upcoming) throw new Error('seed insert returned nothing');
  const taken = { attendanceRecordedAt: at(39), attendanceRecordedBy: coordinatorId };
  await tx.insert(workshopInvitations).values([
    {
      tenantId,
      workshopId: past.id,
      applicationId: regular,
      invitedAt: at(58),
      registeredAt: at(55),
      attended: true,
      ...taken,
    },
    {
      tenantId,
      workshopId: past.id,
      applicationId: slipping,
      invitedAt: at(58),
      registeredAt: at(50),
      attended: true,
      ...taken,
    },
    {
      tenantId,
      workshopId: past.id,
      applicationId: overdue,
      invitedAt: at(58),
      registeredAt: at(57),
      attended: false,
      ...taken,
    },
    { tenantId, workshopId: upcoming.id, applicationId: regular, invitedAt: at(4) },
    {
      tenantId,
      workshopId: upcoming.id,
      applicationId: slipping,
      invitedAt: at(4),
      registeredAt: at(3),
    },
    {
      tenantId,
      workshopId: upcoming.id,
      applicationId: overdue,
      invitedAt: at(4),
      declinedAt: at(2),
    },
  ]);
}

export const DE_BRUG_WORKSHOPS: DemoWorkshops = {
  place: 'De Brug, Lange Kievitstraat 12, Antwerpen',
  onlineUrl: 'https://meet.example/de-brug-werkplaats',
  pastTheme: 'Intervisie: als je mentee de moed verliest',
  upcomingTheme: 'Vorming: netwerken en verborgen vacatures',
  mentorEmails: ['elif.hermans@example.be', 'thomas.lauwers@example.be', 'ruben.mahieu@example.be'],
};

export const LE_PONT_WORKSHOPS: DemoWorkshops = {
  place: 'Le Pont, rue Haute 88, Bruxelles',
  onlineUrl: 'https://meet.example/le-pont-atelier',
  pastTheme: 'Échange : quand le mentoré perd courage',
  upcomingTheme: 'Formation : réseau et offres cachées',
  mentorEmails: [
    'chantal.leclercq@example.be',
    'bernard.lemoine@example.be',
    'ines.kabongo@example.be',
  ],
};
