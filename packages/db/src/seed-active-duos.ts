import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import {
  agreementAcceptances,
  agreements,
  applications,
  checkIns,
  coachAssignments,
  decisions,
  duoContacts,
  duoPauses,
  duos,
  firstMeetings,
  matches,
  matchValidations,
  participantAccounts,
  recruitmentChannels,
  users,
} from './schema/index.ts';
import type { Transaction } from './unit-of-work.ts';

const DAY = 86_400_000;

type Person = [name: string, email: string];

/** One active duo: who, how long ago it started, and the days (ago) of its contacts. */
export interface DemoActiveDuo {
  mentor: Person;
  mentee: Person;
  startedDaysAgo: number;
  contactsDaysAgo: number[];
  /** [days ago it began, days ago it ended] */
  pause?: [number, number];
  checkIn: { daysAgo: number; going: 'well' | 'mixed' | 'difficult'; followUpNeeded: boolean };
}

export interface DemoActiveDuos {
  locale: 'nl' | 'fr';
  place: string;
  municipality: string;
  postcode: string;
  sector: string;
  goals: { mentor: string; mentee: string };
  agreementText: string;
  pauseReason: string;
  checkInNote: string;
  duos: [regular: DemoActiveDuo, slipping: DemoActiveDuo, overdue: DemoActiveDuo];
}

/**
 * Three duos in the middle of their six months (D1–D3), coached by the demo coach: one that
 * keeps its fortnightly rhythm (paused once, and the coach heard it is difficult), one that
 * is slipping (its gaps grow, no check-in for 50 days, its planned end within 30 days), and
 * one whose contact is overdue. Each went through the whole start (C3–C5) and its mentor
 * and mentee have portal accounts, so the portal's contact log works for them.
 */
export async function seedActiveDuos(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  coachId: string,
  coordinatorId: string,
  demo: Omit<DemoActiveDuos, 'duos'> & { duos: readonly DemoActiveDuo[] },
) {
  const now = Date.now();
  const at = (days: number) => new Date(now - days * DAY);
  const day = (days: number) => at(days).toISOString().slice(0, 10);
  const channels = await tx
    .select()
    .from(recruitmentChannels)
    .where(
      and(
        eq(recruitmentChannels.tenantId, tenantId),
        eq(recruitmentChannels.programmeId, programmeId),
      ),
    );
  const channelFor = (role: 'mentor' | 'mentee') => {
    const found = channels.find((c) => c.audience === role || c.audience === 'both');
    if (!found) throw new Error(`seed channel for ${role} missing`);
    return found.id;
  };
  const textSha256 = createHash('sha256').update(demo.agreementText).digest('hex');

  for (const spec of demo.duos) {
    const started = spec.startedDaysAgo;
    const person = (role: 'mentor' | 'mentee', [name, email]: Person) => ({
      tenantId,
      programmeId,
      role,
      name,
      email,
      municipality: demo.municipality,
      postcode: demo.postcode,
      sector: demo.sector,
      goal: demo.goals[role],
      preferredLocale: demo.locale,
      availability: [{ day: 'tue' as const, part: 'evening' as const }],
      languages: [demo.locale],
      experienceYears: role === 'mentor' ? 12 : null,
      birthYear: role === 'mentor' ? 1970 : 1995,
      channelId: channelFor(role),
      consentAt: at(started + 60),
      consentTextVersion: 'intake-consent-2024-01',
      submittedAt: at(started + 60),
      mentorCapacity: role === 'mentor' ? 1 : null,
    });
    const [mentor, mentee] = await tx
      .insert(applications)
      .values([person('mentor', spec.mentor), person('mentee', spec.mentee)])
      .returning();
    if (!mentor || !mentee) throw new Error('seed insert returned nothing');
    await tx.insert(decisions).values(
      [mentor, mentee].map((a) => ({
        tenantId,
        applicationId: a.id,
        outcome: 'accepted' as const,
        decidedAt: at(started + 45),
        decidedBy: coordinatorId,
      })),
    );
    const portalUsers = await tx
      .insert(users)
      .values([mentor, mentee].map((a) => ({ email: a.email, name: a.name, locale: demo.locale })))
      .returning({ id: users.id });
    const userOf = (i: number) => portalUsers[i]?.id ?? '';
    await tx
      .insert(participantAccounts)
      .values(
        [mentor, mentee].map((a, i) => ({ tenantId, applicationId: a.id, userId: userOf(i) })),
      );
    const [match] = await tx
      .insert(matches)
      .values({
        tenantId,
        programmeId,
        mentorApplicationId: mentor.id,
        menteeApplicationId: mentee.id,
        status: 'started',
        score: 0.78,
        scoreBreakdown: [{ criterion: 'availability', score: 1, weight: 3 }],
        introduction: {
          mentorFirstName: mentor.name.split(' ')[0] ?? mentor.name,
          menteeFirstName: mentee.name.split(' ')[0] ?? mentee.name,
          commonGround: [{ key: 'match.availability.shared', params: { slots: ['tue_evening'] } }],
        },
        decidedBy: coordinatorId,
        decidedAt: at(started + 14),
      })
      .returning();
    if (!match) throw new Error('seed insert returned nothing');
    await tx.insert(firstMeetings).values({
      tenantId,
      matchId: match.id,
      startsAt: at(started + 7),
      place: demo.place,
      locationKind: 'organisation_office',
      plannedStaffUserId: coordinatorId,
      status: 'held',
      icsUid: `first-meeting-${match.id}@tandem.example`,
      staffPresentUserId: coordinatorId,
      mentorPresent: true,
      menteePresent: true,
      outcomeRecordedAt: at(started + 7),
      outcomeRecordedBy: coordinatorId,
    });
    await tx.insert(matchValidations).values(
      (['mentor', 'mentee'] as const).map((role, i) => ({
        tenantId,
        matchId: match.id,
        role,
        answer: 'confirmed' as const,
        channel: 'portal' as const,
        answeredAt: at(started + 6),
        recordedBy: userOf(i),
      })),
    );
    const [agreement] = await tx
      .insert(agreements)
      .values({
        tenantId,
        matchId: match.id,
        version: 1,
        texts: { nl: demo.agreementText, fr: demo.agreementText, en: demo.agreementText },
        durationMonths: 6,
        contactIntervalDays: 14,
        issuedAt: at(started + 5),
        issuedBy: coordinatorId,
      })
      .returning();
    if (!agreement) throw new Error('seed insert returned nothing');
    await tx.insert(agreementAcceptances).values(
      (['mentor', 'mentee'] as const).map((role, i) => ({
        tenantId,
        agreementId: agreement.id,
        role,
        locale: demo.locale,
        textSha256,
        acceptedAt: at(started),
        acceptedBy: userOf(i),
      })),
    );
    const startDate = day(started);
    const plannedEnd = new Date(`${startDate}T00:00:00Z`);
    plannedEnd.setUTCMonth(plannedEnd.getUTCMonth() + 6);
    const [duo] = await tx
      .insert(duos)
      .values({
        tenantId,
        programmeId,
        matchId: match.id,
        mentorApplicationId: mentor.id,
        menteeApplicationId: mentee.id,
        startDate,
        plannedEndDate: plannedEnd.toISOString().slice(0, 10),
      })
      .returning();
    if (!duo) throw new Error('seed insert returned nothing');
    await tx.insert(coachAssignments).values({
      tenantId,
      duoId: duo.id,
      coachUserId: coachId,
      fromDate: startDate,
      assignedBy: coordinatorId,
    });
    if (spec.pause) {
      await tx.insert(duoPauses).values({
        tenantId,
        duoId: duo.id,
        fromDate: day(spec.pause[0]),
        untilDate: day(spec.pause[1]),
        reason: demo.pauseReason,
        recordedBy: coordinatorId,
      });
    }
    await tx.insert(duoContacts).values(
      spec.contactsDaysAgo.map((ago, i) => ({
        tenantId,
        duoId: duo.id,
        contactOn: day(ago),
        mode: (['in_person', 'phone', 'message', 'video'] as const)[i % 4] ?? 'phone',
        durationMinutes: i % 4 === 2 ? null : 45,
        loggedBy: i % 3 === 2 ? ('mentee' as const) : ('mentor' as const),
        recordedBy: userOf(i % 3 === 2 ? 1 : 0),
      })),
    );
    await tx.insert(checkIns).values({
      tenantId,
      duoId: duo.id,
      coachUserId: coachId,
      checkInOn: day(spec.checkIn.daysAgo),
      withWhom: 'both',
      going: spec.checkIn.going,
      followUpNeeded: spec.checkIn.followUpNeeded,
      note: demo.checkInNote,
    });
  }
}

/** Every 7 to 12 days from `from` days ago down to `to` days ago. */
function rhythm(from: number, to: number, steps: readonly number[]): number[] {
  const days: number[] = [];
  let ago = from;
  for (let i = 0; ago >= to; i++) {
    days.push(ago);
    ago -= steps[i % steps.length] ?? 10;
  }
  return days;
}

export const DE_BRUG_ACTIVE_DUOS: DemoActiveDuos = {
  locale: 'nl',
  place: 'De Brug, Lange Kievitstraat 12, Antwerpen',
  municipality: 'Antwerpen',
  postcode: '2000',
  sector: 'zorg',
  goals: {
    mentor: 'Iemand helpen zijn weg te vinden op de arbeidsmarkt.',
    mentee: 'Werk vinden in de zorg.',
  },
  agreementText:
    'We spreken minstens om de veertien dagen af, bellen of sturen elkaar een bericht. Wat we bespreken blijft tussen ons. Loopt het moeilijk, dan bellen we de begeleider.',
  pauseReason: 'Mentee twee weken in het ziekenhuis.',
  checkInNote: 'Telefonisch gesproken met mentor en mentee.',
  duos: [
    {
      mentor: ['Elif Hermans', 'elif.hermans@example.be'],
      mentee: ['Mehdi Aydin', 'mehdi.aydin@example.be'],
      startedDaysAgo: 150,
      contactsDaysAgo: [...rhythm(148, 92, [9, 11, 8]), ...rhythm(70, 3, [10, 12, 9])],
      pause: [88, 74],
      checkIn: { daysAgo: 6, going: 'difficult', followUpNeeded: true },
    },
    {
      mentor: ['Thomas Lauwers', 'thomas.lauwers@example.be'],
      mentee: ['Kevin Dierckx', 'kevin.dierckx@example.be'],
      startedDaysAgo: 165,
      contactsDaysAgo: [...rhythm(163, 60, [10, 12, 13]), 44, 27, 11],
      checkIn: { daysAgo: 50, going: 'mixed', followUpNeeded: false },
    },
    {
      mentor: ['Ruben Mahieu', 'ruben.mahieu@example.be'],
      mentee: ['Jana Wellens', 'jana.wellens@example.be'],
      startedDaysAgo: 125,
      contactsDaysAgo: [...rhythm(122, 40, [12, 14, 13]), 25],
      checkIn: { daysAgo: 20, going: 'well', followUpNeeded: false },
    },
  ],
};

export const LE_PONT_ACTIVE_DUOS: DemoActiveDuos = {
  locale: 'fr',
  place: 'Le Pont, rue Haute 88, Bruxelles',
  municipality: 'Bruxelles',
  postcode: '1000',
  sector: 'commerce',
  goals: {
    mentor: 'Partager mon réseau avec une personne qui cherche un emploi.',
    mentee: 'Trouver un emploi dans la vente.',
  },
  agreementText:
    'Nous nous voyons, nous appelons ou nous écrivons au moins tous les quatorze jours. Ce que nous nous disons reste entre nous. En cas de difficulté, nous appelons l’accompagnateur.',
  pauseReason: 'Le mentor est à l’étranger pendant deux semaines.',
  checkInNote: 'Appel avec le mentor et la mentorée.',
  duos: [
    {
      mentor: ['Chantal Leclercq', 'chantal.leclercq@example.be'],
      mentee: ['Lucie Mbala', 'lucie.mbala@example.be'],
      startedDaysAgo: 140,
      contactsDaysAgo: [...rhythm(138, 80, [8, 10, 12]), ...rhythm(62, 2, [9, 11, 10])],
      pause: [76, 64],
      checkIn: { daysAgo: 4, going: 'difficult', followUpNeeded: true },
    },
    {
      mentor: ['Bernard Lemoine', 'bernard.lemoine@example.be'],
      mentee: ['Olivier Dupont', 'olivier.dupont@example.be'],
      startedDaysAgo: 170,
      contactsDaysAgo: [...rhythm(168, 55, [11, 13, 12]), 40, 24, 10],
      checkIn: { daysAgo: 50, going: 'mixed', followUpNeeded: false },
    },
    {
      mentor: ['Inès Kabongo', 'ines.kabongo@example.be'],
      mentee: ['Samira Rachidi', 'samira.rachidi@example.be'],
      startedDaysAgo: 130,
      contactsDaysAgo: [...rhythm(128, 45, [13, 12, 14]), 28],
      checkIn: { daysAgo: 18, going: 'well', followUpNeeded: false },
    },
  ],
};
