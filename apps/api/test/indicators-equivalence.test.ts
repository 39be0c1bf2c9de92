import { randomUUID } from 'node:crypto';
import {
  agreementAcceptances,
  agreements,
  applications,
  checkIns,
  closingMeetings,
  coachAssignments,
  decisions,
  duoClosures,
  duoContacts,
  duoPauses,
  duos,
  evaluations,
  firstMeetings,
  infoSessionRegistrations,
  infoSessions,
  interviews,
  matches,
  matchValidations,
  memberships,
  onwardReferrals,
  organisations,
  outboxMessages,
  outcomes,
  participantAccounts,
  partnerLinks,
  partnerOrganisations,
  programmes,
  recruitmentChannels,
  referrals,
  resources,
  socialMapServices,
  trainingAttendances,
  trainingModules,
  trainingSessions,
  unitOfWork,
  users,
  workshopInvitations,
  workshops,
} from '@tandem/db';
import { createTestDatabase } from '@tandem/db/testing';
import {
  addDays,
  addMonths,
  brusselsDate,
  CHECK_IN_GOING,
  CHECK_IN_WITH,
  CLOSING_MEETING_MODES,
  CONTACT_LOGGED_BY,
  CONTACT_MODES,
  CONTRACT_KINDS,
  CRITERIA_WITH_WORKFLOW,
  computeIndicator,
  computeOutcomeIndicators,
  countMeasure,
  DUO_ENDED_BY,
  EARLY_END_REASON_CODES,
  EVALUATION_QUESTION_SET_VERSION,
  EVALUATION_QUESTIONS,
  EVALUATION_SCALES,
  emptyProgrammeEvidence,
  FIRST_MEETING_LOCATION_KINDS,
  FIRST_MEETING_STATUSES,
  INFO_SESSION_TOPIC_IDS,
  INTAKE_CHANNEL_KINDS,
  INTAKE_REFUSAL_REASONS,
  type IndicatorValue,
  type InfoSessionTopicId,
  lastQuarters,
  MEASURE_MERGE_RULES,
  type Measure,
  OUTCOME_SITUATIONS,
  organisationIndicator,
  type Period,
  type ProgrammeEvidence,
  RESOURCE_KINDS,
  REVIEW_WINDOW_MONTHS,
  shareMeasure,
  TRAINING_TOPIC_IDS,
  type TrainingTopicId,
  VALIDATION_CHANNELS,
  WORKSHOP_KINDS,
  type WorkflowCriterionId,
} from '@tandem/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { computeOutcomeFigures } from '../src/indicators/outcomes.sql.ts';
import { computeIndicators, computeIndicatorsByPeriod } from '../src/indicators/registry.ts';
import { loadIntakeEvidence } from './evidence-from-db.ts';

/**
 * The SQL indicators (A1–C5) against the domain's reference functions on random evidence
 * from intake to the start of the duo: every case is a fresh tenant with several programmes, written through the
 * tenant unit of work, then judged three ways for several periods — in SQL, by the reference
 * function on the evidence loaded back from the database, and by the reference function on
 * the generator's own copy — and all three must agree (numbers, statuses and ID sets).
 *
 * The generator aims at the hard cases: instants at and around Brussels midnight (also on
 * the DST change days), ties between an acceptance and the info session or interview it
 * depends on, sessions for the other audience or missing a topic, attendance not taken,
 * interviews incomplete or after the decision, refusals for 'other' whose text is blank to
 * JavaScript but not to PostgreSQL's btrim (a tab, a no-break space), messages queued, sent,
 * of the wrong kind or unrelated to a decision, the same person in two programmes; matches
 * declined, cancelled or re-made for the same pair, decided by a staff member who is the
 * mentor's or mentee's own portal user, with an empty or missing score breakdown; first
 * meetings cancelled, not held or planned; validations on, just before and just after the
 * start day, some at the same instant; agreements re-issued with acceptances spread over the
 * versions. `describe('hard cases')` writes the named boundary cases one by one.
 *
 * The organisation's figure, merged from the programmes' SQL values (ADR 0018), is held to the
 * reference over all the programmes' evidence at once for every measure it unites.
 *
 * Seeded: TANDEM_INDICATOR_SEED=<n> replays a run; the seed is in every test name.
 */

const SEED = Number(process.env.TANDEM_INDICATOR_SEED ?? 20260417);
const CASES = 24;

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};
const chance = (rng: Rng, p: number) => rng() < p;

/** Periods around the year end and both DST changes of 2025 (30 March, 26 October). */
const PERIODS: readonly Period[] = [
  { start: '2025-03-30', end: '2025-03-31' },
  { start: '2025-03-01', end: '2025-03-30' },
  { start: '2025-03-31', end: '2025-10-26' },
  { start: '2025-10-26', end: '2025-10-27' },
  { start: '2025-01-01', end: '2025-04-01' },
  { start: '2024-12-31', end: '2025-01-01' },
  { start: '2025-10-01', end: '2026-01-01' },
];
/**
 * A trend's eight quarters over the generated evidence, the last one cut at "today" as the
 * trends page asks it.
 */
const TREND_PERIODS: readonly Period[] = lastQuarters('2026-02-10').map(({ start, end }) => ({
  start,
  end,
}));
const ANCHOR_DATES = [
  '2024-12-31',
  '2025-01-01',
  '2025-03-01',
  '2025-03-30',
  '2025-03-31',
  '2025-04-01',
  '2025-10-26',
  '2025-10-27',
  '2026-01-01',
];
const HOUR = 3_600_000;

/** The first millisecond of a calendar day in Brussels (23:00 or 22:00 UTC the day before). */
function brusselsMidnight(date: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  for (const offset of [2 * HOUR, HOUR]) {
    const t = utcMidnight - offset;
    if (brusselsDate(new Date(t).toISOString()) === date) return t;
  }
  throw new Error(`no Brussels midnight for ${date}`);
}

/** An instant near a period boundary: exactly at Brussels midnight, a millisecond off, or hours. */
function randomInstant(rng: Rng, pool: number[]): number {
  if (pool.length > 0 && chance(rng, 0.15)) return pick(rng, pool);
  const midnight = brusselsMidnight(pick(rng, ANCHOR_DATES));
  const offset = pick(rng, [
    () => 0,
    () => -1,
    () => 1,
    () => pick(rng, [-1, 1]) * HOUR,
    () => int(rng, -40, 40) * HOUR + int(rng, 0, 3_599_999),
    () => int(rng, -2 * HOUR, 2 * HOUR),
  ])();
  const t = midnight + offset;
  pool.push(t);
  return t;
}

const iso = (ms: number) => new Date(ms).toISOString();

interface GeneratedProgramme {
  id: string;
  evidence: ProgrammeEvidence;
}

interface GeneratedCase {
  tenantId: string;
  userId: string;
  programmes: GeneratedProgramme[];
  periods: Period[];
}

/** Blank to JavaScript's trim yet accepted by the CHECK constraint (btrim removes spaces only). */
const REASON_TEXTS = ['Te weinig tijd.', '\t', '\u00a0', ' \u2003 ', '\n', 'x', '\n reden \n'];

/** Writes one random tenant through the tenant unit of work and returns its evidence. */
async function generateCase(
  db: Awaited<ReturnType<typeof createTestDatabase>>['db'],
  rng: Rng,
  index: number,
): Promise<GeneratedCase> {
  const tag = `${SEED}-${index}`;
  const { tenantId, userId, sideUserId, portalUserIds } = await unitOfWork(
    db,
    { tenantId: null, userId: null },
    async (tx) => {
      const [organisation] = await tx
        .insert(organisations)
        .values({ name: `Case ${tag}`, slug: `case-${tag}` })
        .returning();
      const [user, sideUser, ...portal] = await tx
        .insert(users)
        .values(
          ['staff', 'coach-and-mentor', 'portal-a', 'portal-b'].map((who) => ({
            email: `${who}-${tag}@example.org`,
            name: `${who} ${tag}`,
            locale: 'nl' as const,
          })),
        )
        .returning();
      if (!organisation || !user || !sideUser) throw new Error('insert returned nothing');
      return {
        tenantId: organisation.id,
        userId: user.id,
        sideUserId: sideUser.id,
        portalUserIds: portal.map((u) => u.id),
      };
    },
  );
  // B1: partner organisations on the platform that refer to this organisation.
  const partnerIds = await unitOfWork(db, { tenantId: null, userId: null }, async (tx) => {
    const rows = await tx
      .insert(partnerOrganisations)
      .values(
        Array.from({ length: int(rng, 1, 4) }, (_, i) => ({
          name: `Partner ${tag}-${i}`,
          kind: 'ngo' as const,
        })),
      )
      .returning();
    return rows.map((r) => r.id);
  });

  // A small pool of people, shared by the programmes: the same person may be in two.
  const people = Array.from({ length: int(rng, 3, 9) }, (_, i) => `person${i}.${tag}@example.org`);
  const generated: GeneratedProgramme[] = [];
  await unitOfWork(db, { tenantId, userId }, async (tx) => {
    // A coach who is also a mentor or mentee here: their decision of their own match is a
    // self-match (C2).
    await tx.insert(memberships).values([
      { tenantId, userId, role: 'coordinator' },
      { tenantId, userId: sideUserId, role: 'coach' },
    ]);
    const staffIds = [userId, sideUserId];
    await tx.insert(partnerLinks).values(partnerIds.map((partnerId) => ({ tenantId, partnerId })));
    const programmeCount = int(rng, 1, 3);
    for (let p = 0; p < programmeCount; p++) {
      const programmeId = randomUUID();
      await tx.insert(programmes).values({ tenantId, id: programmeId, name: `Programme ${p}` });
      const instants: number[] = [];

      const channelRows = Array.from({ length: int(rng, 1, 5) }, () => ({
        tenantId,
        id: randomUUID(),
        programmeId,
        kind: pick(rng, INTAKE_CHANNEL_KINDS),
        name: `Channel ${int(rng, 1, 99)}`,
        audience: pick(rng, ['mentor', 'mentee', 'both'] as const),
      }));
      await tx.insert(recruitmentChannels).values(channelRows);

      const applicationRows = people.flatMap((email) =>
        (['mentor', 'mentee'] as const)
          .filter(() => chance(rng, 0.55))
          .map((role) => ({
            tenantId,
            id: randomUUID(),
            programmeId,
            role,
            name: 'Applicant',
            email,
            preferredLocale: 'nl' as const,
            availability: [{ day: 'mon' as const, part: 'evening' as const }],
            postcode: '2000',
            municipality: 'Antwerpen',
            languages: ['nl'],
            sector: 'zorg',
            goal: 'Werk',
            birthYear: 1990,
            channelId: pick(rng, channelRows).id,
            consentAt: new Date('2025-01-01T00:00:00Z'),
            consentTextVersion: 'intake-consent-2026-01',
            submittedAt: new Date(randomInstant(rng, instants)),
          })),
      );
      if (applicationRows.length > 0) await tx.insert(applications).values(applicationRows);

      const decisionRows = applicationRows
        .filter(() => chance(rng, 0.75))
        .map((application) => {
          const accepted = chance(rng, 0.6);
          return {
            tenantId,
            id: randomUUID(),
            applicationId: application.id,
            outcome: accepted ? ('accepted' as const) : ('refused' as const),
            refusalReason: accepted
              ? null
              : chance(rng, 0.4)
                ? ('other' as const)
                : chance(rng, 0.35)
                  ? ('needs_other_support' as const)
                  : pick(rng, INTAKE_REFUSAL_REASONS),
            reasonText: accepted ? (chance(rng, 0.2) ? 'note' : null) : pick(rng, REASON_TEXTS),
            decidedAt: new Date(randomInstant(rng, instants)),
            decidedBy: chance(rng, 0.8) ? userId : null,
          };
        });
      if (decisionRows.length > 0) await tx.insert(decisions).values(decisionRows);

      // Random sessions, and sessions just before, at or just after an acceptance, for the
      // accepted person's audience or the other one.
      const accepted = decisionRows.filter((d) => d.outcome === 'accepted' && chance(rng, 0.6));
      const sessionTimes = [
        ...Array.from({ length: int(rng, 0, 3) }, () => ({
          audience: pick(rng, ['mentor', 'mentee'] as const),
          startsAt: new Date(randomInstant(rng, instants)),
        })),
        ...accepted.map((d) => ({
          audience: chance(rng, 0.85)
            ? (applicationRows.find((a) => a.id === d.applicationId)?.role ?? 'mentor')
            : pick(rng, ['mentor', 'mentee'] as const),
          startsAt: new Date(
            d.decidedAt.getTime() + pick(rng, [0, -1, 1, -HOUR, -7 * 24 * HOUR, -40 * 24 * HOUR]),
          ),
        })),
      ];
      const sessionRows = sessionTimes.map(({ audience, startsAt }) => {
        const online = chance(rng, 0.4);
        return {
          tenantId,
          id: randomUUID(),
          programmeId,
          audience,
          startsAt,
          place: online ? null : 'Kerkstraat 1, Antwerpen',
          onlineUrl: online ? 'https://meet.example.org/x' : null,
          capacity: 50,
          topicsCovered: INFO_SESSION_TOPIC_IDS.filter(() => chance(rng, 0.85)),
        };
      });
      if (sessionRows.length > 0) await tx.insert(infoSessions).values(sessionRows);

      const registrationRows = sessionRows.flatMap((session) =>
        people
          .filter(() => chance(rng, 0.6))
          .map((email) => ({
            tenantId,
            id: randomUUID(),
            infoSessionId: session.id,
            name: 'Someone',
            email,
            locale: 'nl' as const,
            consentAt: new Date('2025-01-01T00:00:00Z'),
            consentTextVersion: 'intake-consent-2026-01',
            attended: pick(rng, [true, true, false, null]),
          })),
      );
      if (registrationRows.length > 0)
        await tx.insert(infoSessionRegistrations).values(registrationRows);

      const interviewRows = applicationRows.flatMap((application) => {
        const decidedAt = decisionRows.find((d) => d.applicationId === application.id)?.decidedAt;
        return Array.from({ length: int(rng, 0, 2) }, () => {
          const scheduledAt =
            decidedAt !== undefined && chance(rng, 0.5)
              ? new Date(decidedAt.getTime() + pick(rng, [0, -1, 1, -HOUR, HOUR, -3 * 24 * HOUR]))
              : new Date(randomInstant(rng, instants));
          const complete = chance(rng, 0.65);
          const filled = complete || chance(rng, 0.5);
          return {
            tenantId,
            id: randomUUID(),
            applicationId: application.id,
            interviewerUserId: userId,
            scheduledAt,
            mode: pick(rng, ['in_person', 'online'] as const),
            completedAt: complete ? new Date(scheduledAt.getTime() + HOUR) : null,
            committedPeriodMonths: filled ? int(rng, 1, 12) : null,
            committedContactIntervalDays:
              filled && chance(rng, 0.9) ? pick(rng, [7, 14, 30]) : null,
            expectationsRealistic: filled ? pick(rng, [true, false]) : null,
            expectationsNote: filled && chance(rng, 0.5) ? 'ok' : null,
          };
        }).map((row) =>
          // The CHECK constraint: a completed interview has every required field.
          row.completedAt !== null && row.committedContactIntervalDays === null
            ? { ...row, committedContactIntervalDays: 14 }
            : row,
        );
      });
      if (interviewRows.length > 0) await tx.insert(interviews).values(interviewRows);

      const messageRows = [
        ...decisionRows.flatMap((decision) =>
          Array.from({ length: int(rng, 0, 2) }, () => {
            const right = decision.outcome === 'accepted' ? 'confirmation' : 'refusal';
            const sent = chance(rng, 0.7);
            return {
              tenantId,
              id: randomUUID(),
              kind: chance(rng, 0.85)
                ? right
                : right === 'confirmation'
                  ? ('refusal' as const)
                  : ('confirmation' as const),
              decisionId: decision.id as string | null,
              toAddress: 'someone@example.org',
              subject: 's',
              body: 'b',
              locale: 'nl' as const,
              status: sent ? ('sent' as const) : ('queued' as const),
              sentAt: sent ? new Date(randomInstant(rng, instants)) : null,
            };
          }),
        ),
        // A message tied to no decision counts for nothing.
        ...(chance(rng, 0.3)
          ? [
              {
                tenantId,
                id: randomUUID(),
                kind: 'confirmation' as const,
                decisionId: null,
                toAddress: 'someone@example.org',
                subject: 's',
                body: 'b',
                locale: 'nl' as const,
                status: 'sent' as const,
                sentAt: new Date(randomInstant(rng, instants)),
              },
            ]
          : []),
      ];
      if (messageRows.length > 0) await tx.insert(outboxMessages).values(messageRows);

      // B1: referrals from the linked partners, at instants around the period boundaries.
      const referralRows = Array.from({ length: int(rng, 0, 5) }, () => ({
        tenantId,
        id: randomUUID(),
        programmeId,
        partnerId: pick(rng, partnerIds),
        via: pick(rng, ['web_form', 'api'] as const),
        personName: 'Referred',
        personEmail: `referred.${tag}@example.org`,
        preferredLocale: 'nl' as const,
        needs: 'Werk',
        consentAt: new Date('2025-01-01T00:00:00Z'),
        consentTextVersion: 'partner-consent-1',
        submittedAt: new Date(randomInstant(rng, instants)),
      }));
      if (referralRows.length > 0) await tx.insert(referrals).values(referralRows);

      // B5: onward referrals for most "needs other support" refusals (some not sent yet),
      // and now and then for another decision, which counts for nothing.
      const serviceId = randomUUID();
      await tx
        .insert(socialMapServices)
        .values({ tenantId, id: serviceId, programmeId, name: 'OCMW', kind: 'social_support' });
      const onwardRows = decisionRows
        .filter((d) =>
          d.refusalReason === 'needs_other_support' ? chance(rng, 0.7) : chance(rng, 0.1),
        )
        .map((d) => {
          const sent = chance(rng, 0.8);
          return {
            tenantId,
            id: randomUUID(),
            applicationId: d.applicationId,
            decisionId: d.id,
            serviceId,
            personName: 'Applicant',
            personEmail: 'someone@example.org',
            preferredLocale: 'nl' as const,
            note: 'OCMW',
            sentAt: sent ? new Date(randomInstant(rng, instants)) : null,
          };
        });
      if (onwardRows.length > 0) await tx.insert(onwardReferrals).values(onwardRows);

      // A5: a curriculum of random modules (now and then all ten topics, now and then none),
      // training sessions around the boundaries and attendance of the programme's mentors.
      const randomTopics = (p: number) => {
        const topics = TRAINING_TOPIC_IDS.filter(() => chance(rng, p));
        return topics.length > 0 ? topics : [pick(rng, TRAINING_TOPIC_IDS)];
      };
      const moduleRows = Array.from({ length: int(rng, 0, 4) }, (_, i) => ({
        tenantId,
        id: randomUUID(),
        programmeId,
        name: `Module ${i}`,
        topics: randomTopics(0.45),
      }));
      if (moduleRows.length > 0) await tx.insert(trainingModules).values(moduleRows);
      const trainingSessionRows = Array.from({ length: int(rng, 0, 3) }, () => ({
        tenantId,
        id: randomUUID(),
        programmeId,
        startsAt: new Date(randomInstant(rng, instants)),
        place: 'De Brug',
        trainer: 'Trainer',
        topicsCovered: randomTopics(0.5),
      }));
      if (trainingSessionRows.length > 0)
        await tx.insert(trainingSessions).values(trainingSessionRows);
      const mentorApplications = applicationRows.filter((a) => a.role === 'mentor');
      const trainingAttendanceRows = trainingSessionRows.flatMap((session) =>
        mentorApplications
          .filter(() => chance(rng, 0.6))
          .map((a) => ({
            tenantId,
            id: randomUUID(),
            trainingSessionId: session.id,
            applicationId: a.id,
            attended: pick(rng, [true, true, false, null]),
          })),
      );
      if (trainingAttendanceRows.length > 0)
        await tx.insert(trainingAttendances).values(trainingAttendanceRows);
      const curriculum = new Set(moduleRows.flatMap((m) => m.topics));

      const library = await generateResources(tx, rng, { tenantId, programmeId, userId });
      const duoStart = await generateDuoStart(tx, rng, {
        tenantId,
        programmeId,
        userId,
        staffIds,
        accountUserIds: [sideUserId, ...portalUserIds],
        applicationRows,
        instants,
      });
      const duoLife = await generateDuoLife(tx, rng, tenantId, userId, duoStart.duos);
      const coachFollowUp = await generateCoachFollowUp(tx, rng, {
        tenantId,
        userId,
        staffIds,
        duos: duoLife.duos,
      });
      const closure = await generateClosure(tx, closureRng, {
        tenantId,
        userId,
        duos: coachFollowUp.duos,
      });
      const evaluationEvidence = await generateEvaluations(tx, evaluationRng, {
        tenantId,
        duos: coachFollowUp.duos,
      });
      const workshopEvidence = await generateWorkshops(tx, workshopRng, {
        tenantId,
        programmeId,
        userId,
        applicationRows,
        instants: [...instants],
      });
      const outcomeEvidence = await generateOutcomes(tx, outcomeRng, {
        tenantId,
        userId,
        applicationRows,
        duos: coachFollowUp.duos,
      });

      // The generator's own copy of the evidence, written from the rows it inserted.
      const evidence: ProgrammeEvidence = {
        ...emptyProgrammeEvidence({
          id: programmeId,
          plannedDurationMonths: 6,
          curriculumTopics: TRAINING_TOPIC_IDS.filter((topic) => curriculum.has(topic)),
        }),
        ...duoStart,
        ...duoLife,
        ...coachFollowUp,
        resources: library,
        outcomes: outcomeEvidence,
        ...workshopEvidence,
        ...closure,
        evaluations: evaluationEvidence,
        trainingSessions: trainingSessionRows.map((t) => ({
          id: t.id,
          at: iso(t.startsAt.getTime()),
          topicsCovered: [...t.topicsCovered] as TrainingTopicId[],
        })),
        trainingAttendances: trainingAttendanceRows.map((a) => ({
          id: a.id,
          trainingSessionId: a.trainingSessionId,
          personId: applicationRows.find((r) => r.id === a.applicationId)?.email ?? '',
          attended: a.attended === true,
        })),
        infoSessions: sessionRows.map((s) => ({
          id: s.id,
          audience: s.audience,
          startsAt: iso(s.startsAt.getTime()),
          mode: s.place === null ? 'online' : 'in_person',
          place: s.place,
          topicsCovered: [...s.topicsCovered] as InfoSessionTopicId[],
        })),
        infoSessionAttendances: registrationRows.map((r) => ({
          id: r.id,
          infoSessionId: r.infoSessionId,
          personId: r.email,
          attended: r.attended === true,
        })),
        recruitmentChannels: channelRows.map((c) => ({
          id: c.id,
          kind: c.kind,
          audience: c.audience,
          name: c.name,
        })),
        applications: applicationRows.map((a) => ({
          id: a.id,
          personId: a.email,
          role: a.role,
          channelId: a.channelId,
          submittedAt: iso(a.submittedAt.getTime()),
          partnerReferralId: null,
        })),
        interviews: interviewRows.map((i) => ({
          id: i.id,
          applicationId: i.applicationId,
          at: iso(i.scheduledAt.getTime()),
          interviewerId: i.interviewerUserId,
          mode: i.mode,
          completedAt: i.completedAt === null ? null : iso(i.completedAt.getTime()),
          committedPeriodMonths: i.committedPeriodMonths,
          committedContactIntervalDays: i.committedContactIntervalDays,
          expectationsRealistic: i.expectationsRealistic,
          expectationsNote: i.expectationsNote,
        })),
        decisions: decisionRows.map((d) => ({
          id: d.id,
          applicationId: d.applicationId,
          outcome: d.outcome,
          decidedAt: iso(d.decidedAt.getTime()),
          decidedById: d.decidedBy ?? '',
          reasonCode: d.refusalReason,
          reasonText: d.reasonText,
        })),
        partnerReferrals: referralRows.map((r) => ({
          id: r.id,
          partnerOrganisationId: r.partnerId,
          submittedAt: iso(r.submittedAt.getTime()),
          via: r.via,
        })),
        onwardReferrals: onwardRows.map((o) => ({
          id: o.id,
          decisionId: o.decisionId,
          socialMapServiceId: o.serviceId,
          sentAt: o.sentAt === null ? null : iso(o.sentAt.getTime()),
          receivedAt: null,
        })),
        decisionMessages: messageRows.flatMap((m) =>
          m.decisionId === null
            ? []
            : [
                {
                  id: m.id,
                  decisionId: m.decisionId,
                  kind: m.kind,
                  sentAt: m.sentAt === null ? null : iso(m.sentAt.getTime()),
                },
              ],
        ),
      };
      generated.push({ id: programmeId, evidence });
    }
  });

  const periods = [pick(rng, PERIODS), pick(rng, PERIODS), pick(rng, PERIODS)];
  return { tenantId, userId, programmes: generated, periods };
}

/**
 * Matches, participant accounts, first meetings, validations, agreements and duos of one
 * programme, written through the unit of work; returns the generator's own evidence of them.
 */
async function generateDuoStart(
  tx: Parameters<Parameters<typeof unitOfWork>[2]>[0],
  rng: Rng,
  context: {
    tenantId: string;
    programmeId: string;
    userId: string;
    staffIds: string[];
    accountUserIds: string[];
    applicationRows: { id: string; role: 'mentor' | 'mentee'; email: string }[];
    instants: number[];
  },
): Promise<
  Pick<ProgrammeEvidence, 'matches' | 'firstMeetings' | 'validations' | 'agreements' | 'duos'>
> {
  const { tenantId, programmeId, userId, staffIds, applicationRows, instants } = context;
  const mentors = applicationRows.filter((a) => a.role === 'mentor');
  const mentees = applicationRows.filter((a) => a.role === 'mentee');
  const empty = { matches: [], firstMeetings: [], validations: [], agreements: [], duos: [] };
  if (mentors.length === 0 || mentees.length === 0) return empty;

  const accountRows = applicationRows
    .filter(() => chance(rng, 0.5))
    .map((a) => ({ tenantId, applicationId: a.id, userId: pick(rng, context.accountUserIds) }));
  if (accountRows.length > 0) await tx.insert(participantAccounts).values(accountRows);
  const userOf = (applicationId: string) =>
    accountRows.find((a) => a.applicationId === applicationId)?.userId ?? null;

  const proposed = new Set<string>();
  const matchRows = Array.from({ length: int(rng, 0, 6) }, () => {
    const mentor = pick(rng, mentors);
    const mentee = pick(rng, mentees);
    let status = pick(rng, [
      'started',
      'started',
      'started',
      'declined',
      'cancelled',
      'proposed',
    ] as const);
    if (status === 'proposed') {
      if (proposed.has(mentee.id)) status = 'started';
      else proposed.add(mentee.id);
    }
    const decidedAt = new Date(randomInstant(rng, instants));
    return {
      tenantId,
      id: randomUUID(),
      programmeId,
      mentorApplicationId: mentor.id,
      menteeApplicationId: mentee.id,
      status,
      score: chance(rng, 0.8) ? rng() : null,
      scoreBreakdown: pick(rng, [
        [{ criterion: 'availability' as const, score: 0.5, weight: 3 }],
        [
          { criterion: 'language' as const, score: 1, weight: 1 },
          { criterion: 'age' as const, score: null, weight: 1 },
        ],
        [],
        null,
      ]),
      introduction: { mentorFirstName: 'Mentor', menteeFirstName: 'Mentee', commonGround: [] },
      decidedBy: pick(rng, staffIds),
      decidedAt,
      closedAt: status === 'declined' || status === 'cancelled' ? decidedAt : null,
    };
  });
  if (matchRows.length === 0) return empty;
  await tx.insert(matches).values(matchRows);

  // Most started matches have a duo; now and then a declined one too (the rules do not look
  // at the match's status).
  const duoRows = matchRows
    .filter((m) => (m.status === 'started' ? chance(rng, 0.85) : chance(rng, 0.1)))
    .map((m) => {
      const startDate = brusselsDate(iso(randomInstant(rng, instants)));
      return {
        tenantId,
        id: randomUUID(),
        programmeId,
        matchId: m.id,
        mentorApplicationId: m.mentorApplicationId,
        menteeApplicationId: m.menteeApplicationId,
        startDate,
        plannedEndDate: addDays(startDate, 180),
      };
    });
  if (duoRows.length > 0) await tx.insert(duos).values(duoRows);
  const startOf = (matchId: string) => duoRows.find((d) => d.matchId === matchId)?.startDate;
  /** Around the start day of the match's duo (or anywhere when it has none). */
  const aroundStart = (matchId: string) => {
    const start = startOf(matchId);
    if (start === undefined || chance(rng, 0.25)) return randomInstant(rng, instants);
    const t =
      brusselsMidnight(start) +
      pick(rng, [0, -1, 1, -HOUR, 23 * HOUR, 24 * HOUR - 1, 24 * HOUR, -3 * 24 * HOUR]);
    instants.push(t);
    return t;
  };

  const meetingRows = matchRows.flatMap((m) => {
    let planned = false;
    return Array.from({ length: int(rng, 0, 3) }, () => {
      let status = pick(rng, FIRST_MEETING_STATUSES);
      if (status === 'planned') {
        if (planned) status = 'cancelled';
        planned = true;
      }
      const startsAt = new Date(aroundStart(m.id));
      const recorded = status === 'held' || status === 'not_held';
      const id = randomUUID();
      return {
        tenantId,
        id,
        matchId: m.id,
        startsAt,
        place: 'Bibliotheek',
        locationKind: pick(rng, FIRST_MEETING_LOCATION_KINDS),
        plannedStaffUserId: pick(rng, staffIds),
        status,
        icsUid: `${id}@example.org`,
        staffPresentUserId: status === 'held' && chance(rng, 0.7) ? pick(rng, staffIds) : null,
        mentorPresent: status === 'held' ? true : null,
        menteePresent: status === 'held' ? true : null,
        outcomeRecordedAt: recorded ? startsAt : null,
        outcomeRecordedBy: recorded ? userId : null,
      };
    });
  });
  if (meetingRows.length > 0) await tx.insert(firstMeetings).values(meetingRows);

  const validationRows = matchRows.flatMap((m) => {
    const rows: (typeof matchValidations.$inferInsert & { id: string; answeredAt: Date })[] = [];
    for (let i = int(rng, 0, 4); i > 0; i--) {
      const previous = rows[rows.length - 1];
      rows.push({
        tenantId,
        id: randomUUID(),
        matchId: m.id,
        role: pick(rng, ['mentor', 'mentee'] as const),
        answer: chance(rng, 0.7) ? ('confirmed' as const) : ('declined' as const),
        channel: pick(rng, VALIDATION_CHANNELS),
        // Now and then at the very instant of the previous answer.
        answeredAt:
          previous !== undefined && chance(rng, 0.2)
            ? previous.answeredAt
            : new Date(aroundStart(m.id)),
        recordedBy: userId,
      });
    }
    return rows;
  });
  if (validationRows.length > 0) await tx.insert(matchValidations).values(validationRows);

  const agreementRows = matchRows.flatMap((m) => {
    const versions = int(rng, 0, 2);
    return Array.from({ length: versions }, (_, v) => ({
      tenantId,
      id: randomUUID(),
      matchId: m.id,
      version: v + 1,
      texts: { nl: `v${v + 1}`, fr: `v${v + 1}`, en: `v${v + 1}` },
      durationMonths: 6,
      contactIntervalDays: 14,
      issuedAt: new Date(randomInstant(rng, instants)),
      issuedBy: userId,
      supersededAt: v + 1 < versions ? new Date(randomInstant(rng, instants)) : null,
    }));
  });
  if (agreementRows.length > 0) await tx.insert(agreements).values(agreementRows);
  const acceptanceRows = agreementRows.flatMap((a) =>
    (['mentor', 'mentee'] as const)
      .filter(() => chance(rng, 0.65))
      .map((role) => ({
        tenantId,
        id: randomUUID(),
        agreementId: a.id,
        role,
        locale: 'nl' as const,
        textSha256: 'a'.repeat(64),
        acceptedAt: new Date(
          chance(rng, 0.5) ? aroundStart(a.matchId) : randomInstant(rng, instants),
        ),
        acceptedBy: userId,
      })),
  );
  if (acceptanceRows.length > 0) await tx.insert(agreementAcceptances).values(acceptanceRows);

  const emailOf = (applicationId: string) =>
    applicationRows.find((a) => a.id === applicationId)?.email ?? '';
  const acceptedAt = (agreementId: string, role: 'mentor' | 'mentee') => {
    const row = acceptanceRows.find((x) => x.agreementId === agreementId && x.role === role);
    return row === undefined ? null : iso(row.acceptedAt.getTime());
  };
  return {
    matches: matchRows.map((m) => ({
      id: m.id,
      mentorId: m.mentorApplicationId,
      menteeId: m.menteeApplicationId,
      mentorUserId: userOf(m.mentorApplicationId),
      menteeUserId: userOf(m.menteeApplicationId),
      score: m.score,
      scoreBreakdown: m.scoreBreakdown,
      decidedById: m.decidedBy,
      decidedAt: iso(m.decidedAt.getTime()),
    })),
    firstMeetings: meetingRows
      .filter((f) => f.status === 'held' || f.status === 'planned')
      .map((f) => ({
        id: f.id,
        matchId: f.matchId,
        on: brusselsDate(iso(f.startsAt.getTime())),
        locationKind: f.locationKind,
        staffPresentId: f.staffPresentUserId,
      })),
    validations: validationRows.map((v) => ({
      id: v.id,
      matchId: v.matchId,
      role: v.role,
      answer: v.answer,
      at: iso(v.answeredAt.getTime()),
    })),
    agreements: agreementRows.flatMap((a) => {
      const duo = duoRows.find((d) => d.matchId === a.matchId);
      return duo === undefined
        ? []
        : [
            {
              id: a.id,
              duoId: duo.id,
              mentorAcceptedAt: acceptedAt(a.id, 'mentor'),
              menteeAcceptedAt: acceptedAt(a.id, 'mentee'),
            },
          ];
    }),
    duos: duoRows.map((d) => ({
      id: d.id,
      matchId: d.matchId,
      mentorId: emailOf(d.mentorApplicationId),
      menteeId: emailOf(d.menteeApplicationId),
      startDate: d.startDate,
      end: null,
    })),
  };
}

/**
 * D1–D2: ends of some duos (planned, early with or without a reason, around six months and
 * month ends), pauses (closed and open, on window edges) and contacts around window edges
 * (several a day, exactly 14 days apart, before the start and after the end).
 */
async function generateDuoLife(
  tx: Parameters<Parameters<typeof unitOfWork>[2]>[0],
  rng: Rng,
  tenantId: string,
  userId: string,
  started: ProgrammeEvidence['duos'],
): Promise<Pick<ProgrammeEvidence, 'duos' | 'pauses' | 'contacts'>> {
  const pauses: ProgrammeEvidence['pauses'][number][] = [];
  const contacts: ProgrammeEvidence['contacts'][number][] = [];
  const result = [];
  for (const duo of started) {
    let end: ProgrammeEvidence['duos'][number]['end'] = null;
    if (chance(rng, 0.5)) {
      const on = pick(rng, [
        addDays(addMonths(duo.startDate, 6), pick(rng, [-2, -1, 0])),
        addDays(duo.startDate, int(rng, 0, 120)),
        pick(rng, ANCHOR_DATES),
      ]);
      if (on >= duo.startDate) {
        const kind = chance(rng, 0.5) ? 'early' : 'planned';
        end = {
          on,
          kind,
          reasonCode:
            kind === 'early' && chance(rng, 0.6) ? pick(rng, EARLY_END_REASON_CODES) : null,
          endedBy: pick(rng, DUO_ENDED_BY),
        };
        await tx
          .update(duos)
          .set({
            endedOn: end.on,
            endKind: end.kind,
            endReasonCode: end.reasonCode,
            endedBy: end.endedBy,
            endRecordedAt: new Date(),
            endRecordedBy: userId,
          })
          .where(and(eq(duos.tenantId, tenantId), eq(duos.id, duo.id)));
      }
    }
    result.push({ ...duo, end });
    let from = addDays(duo.startDate, int(rng, -3, 40));
    for (let i = 0; i < int(rng, 0, 2); i++) {
      const edge = addDays(duo.startDate, 14 * int(rng, 0, 12) + pick(rng, [-1, 0, 1, 13]));
      const start = chance(rng, 0.5) ? edge : from;
      if (start < from) break;
      const until = chance(rng, 0.2) ? null : addDays(start, pick(rng, [1, 13, 14, 15, 30]));
      pauses.push({ id: randomUUID(), duoId: duo.id, from: start, until });
      if (until === null) break;
      from = addDays(until, int(rng, 0, 20));
    }
    let day = addDays(duo.startDate, int(rng, -2, 3));
    for (let i = 0, n = int(rng, 0, 25); i < n; i++) {
      const mode = pick(rng, CONTACT_MODES);
      contacts.push({
        id: randomUUID(),
        duoId: duo.id,
        on: day,
        mode,
        durationMinutes: chance(rng, 0.3) ? null : int(rng, 1, 120),
        loggedBy: pick(rng, CONTACT_LOGGED_BY),
      });
      day = addDays(day, pick(rng, [0, 7, 13, 14, 14, 15, 20, 30]));
    }
  }
  if (pauses.length > 0)
    await tx.insert(duoPauses).values(
      pauses.map((p) => ({
        tenantId,
        id: p.id,
        duoId: p.duoId,
        fromDate: p.from,
        untilDate: p.until,
        reason: 'x',
        recordedBy: userId,
      })),
    );
  if (contacts.length > 0)
    await tx.insert(duoContacts).values(
      contacts.map((c) => ({
        tenantId,
        id: c.id,
        duoId: c.duoId,
        contactOn: c.on,
        mode: c.mode,
        durationMinutes: c.durationMinutes,
        loggedBy: c.loggedBy,
        recordedBy: userId,
      })),
    );
  return { duos: result, pauses, contacts };
}

/**
 * D3's evidence for the duos of one programme: some duos ended (planned or early), coach
 * assignments handed over on a day or with a gap, the last one open or closed, and check-ins
 * spread over the duo's life and placed 41, 42 and 43 days before the periods' last days.
 */
async function generateCoachFollowUp(
  tx: Parameters<Parameters<typeof unitOfWork>[2]>[0],
  rng: Rng,
  context: {
    tenantId: string;
    userId: string;
    staffIds: string[];
    duos: ProgrammeEvidence['duos'];
  },
): Promise<Pick<ProgrammeEvidence, 'duos' | 'coachAssignments' | 'checkIns'>> {
  const { tenantId, userId, staffIds } = context;
  const lastDays = PERIODS.map((p) => addDays(p.end, -1));
  const judgedDuos = [];
  const assignmentRows: (typeof coachAssignments.$inferInsert & { id: string })[] = [];
  const checkInRows: (typeof checkIns.$inferInsert & { id: string; checkInOn: string })[] = [];
  for (const duo of context.duos) {
    // A duo the D1–D2 generator already ended keeps that end.
    let end = duo.end;
    if (end === null && chance(rng, 0.3)) {
      end = {
        on: chance(rng, 0.3)
          ? pick(rng, lastDays.filter((d) => d >= duo.startDate).concat(duo.startDate))
          : addDays(duo.startDate, int(rng, 0, 300)),
        kind: pick(rng, ['planned', 'early'] as const),
        reasonCode: null,
        endedBy: 'staff',
      };
      await tx
        .update(duos)
        .set({ endedOn: end.on, endKind: end.kind, endedBy: end.endedBy })
        .where(and(eq(duos.tenantId, tenantId), eq(duos.id, duo.id)));
    }
    judgedDuos.push({ ...duo, end });
    let from = addDays(duo.startDate, int(rng, -3, 30));
    for (let n = int(rng, 0, 3); n > 0; n--) {
      const open = n === 1 && chance(rng, 0.6);
      const until = open ? null : addDays(from, int(rng, 1, 200));
      assignmentRows.push({
        tenantId,
        id: randomUUID(),
        duoId: duo.id,
        coachUserId: pick(rng, staffIds),
        fromDate: from,
        untilDate: until,
        assignedBy: userId,
      });
      if (until === null) break;
      from = chance(rng, 0.7) ? until : addDays(until, int(rng, 1, 30));
    }
    for (let n = int(rng, 0, 5); n > 0; n--) {
      const near = pick(rng, lastDays);
      checkInRows.push({
        tenantId,
        id: randomUUID(),
        duoId: duo.id,
        coachUserId: pick(rng, staffIds),
        checkInOn: chance(rng, 0.5)
          ? addDays(near, -pick(rng, [0, 1, 40, 41, 42, 43]))
          : addDays(duo.startDate, int(rng, -5, 400)),
        withWhom: pick(rng, CHECK_IN_WITH),
        going: pick(rng, CHECK_IN_GOING),
        followUpNeeded: chance(rng, 0.3),
      });
    }
  }
  if (assignmentRows.length > 0) await tx.insert(coachAssignments).values(assignmentRows);
  if (checkInRows.length > 0) await tx.insert(checkIns).values(checkInRows);
  return {
    duos: judgedDuos,
    coachAssignments: assignmentRows.map((a) => ({
      id: a.id,
      duoId: a.duoId,
      coachId: a.coachUserId,
      from: a.fromDate,
      until: a.untilDate ?? null,
    })),
    checkIns: checkInRows.map((c) => ({
      id: c.id,
      duoId: c.duoId,
      coachId: c.coachUserId,
      on: c.checkInOn,
      withWhom: c.withWhom,
      going: c.going,
      followUpNeeded: c.followUpNeeded ?? false,
    })),
  };
}

/**
 * D4: a library of zero to eight resources whose review and withdrawal days sit on, just
 * before and just after the periods' ends and the 12-month review window's first day.
 */
async function generateResources(
  tx: Parameters<Parameters<typeof unitOfWork>[2]>[0],
  rng: Rng,
  { tenantId, programmeId, userId }: { tenantId: string; programmeId: string; userId: string },
): Promise<ProgrammeEvidence['resources']> {
  const edges = PERIODS.flatMap(({ end }) => [end, addMonths(end, -REVIEW_WINDOW_MONTHS)]);
  const day = () => addDays(pick(rng, edges), int(rng, -1, 1));
  const rows = Array.from({ length: chance(rng, 0.15) ? 0 : int(rng, 1, 8) }, (_, i) => ({
    tenantId,
    programmeId,
    kind: pick(rng, RESOURCE_KINDS),
    title: `Resource ${i}`,
    url: 'https://example.org/resource',
    audience: 'both' as const,
    reviewedOn: chance(rng, 0.15) ? null : day(),
    withdrawnOn: chance(rng, 0.7) ? null : day(),
    createdBy: userId,
  }));
  if (rows.length === 0) return [];
  const inserted = await tx.insert(resources).values(rows).returning();
  return inserted.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    reviewedOn: r.reviewedOn,
    withdrawnOn: r.withdrawnOn,
  }));
}

/**
 * D5: workshops (some called off, which count for nothing) around the anchor days and
 * invitations of the programme's mentors to them, attended or not; returns their evidence.
 */
async function generateWorkshops(
  tx: Parameters<Parameters<typeof unitOfWork>[2]>[0],
  rng: Rng,
  context: {
    tenantId: string;
    programmeId: string;
    userId: string;
    applicationRows: { id: string; role: 'mentor' | 'mentee'; email: string }[];
    instants: number[];
  },
): Promise<Pick<ProgrammeEvidence, 'workshops' | 'workshopInvitations'>> {
  const { tenantId, programmeId, userId, instants } = context;
  const mentors = context.applicationRows.filter((a) => a.role === 'mentor');
  const workshopRows = Array.from({ length: int(rng, 0, 4) }, () => {
    const id = randomUUID();
    return {
      tenantId,
      id,
      programmeId,
      startsAt: new Date(randomInstant(rng, instants)),
      theme: pick(rng, ['Moeilijke gesprekken', 'Netwerken']),
      kind: pick(rng, WORKSHOP_KINDS),
      place: 'Zaal 1',
      capacity: 20,
      icsUid: `${id}@example.org`,
      cancelledAt: chance(rng, 0.15) ? new Date(randomInstant(rng, instants)) : null,
      createdBy: userId,
    };
  });
  if (workshopRows.length > 0) await tx.insert(workshops).values(workshopRows);
  const invitationRows = workshopRows.flatMap((w) =>
    mentors
      .filter(() => chance(rng, 0.7))
      .map((mentor) => ({
        tenantId,
        id: randomUUID(),
        workshopId: w.id,
        applicationId: mentor.id,
        email: mentor.email,
        attended: pick(rng, [true, false, null]),
      })),
  );
  if (invitationRows.length > 0)
    await tx.insert(workshopInvitations).values(invitationRows.map(({ email: _, ...row }) => row));
  const offered = new Set(workshopRows.filter((w) => w.cancelledAt === null).map((w) => w.id));
  return {
    workshops: workshopRows
      .filter((w) => offered.has(w.id))
      .map((w) => ({
        id: w.id,
        on: brusselsDate(iso(w.startsAt.getTime())),
        theme: w.theme,
        kind: w.kind,
      })),
    workshopInvitations: invitationRows
      .filter((i) => offered.has(i.workshopId))
      .map((i) => ({
        id: i.id,
        workshopId: i.workshopId,
        mentorId: i.email,
        attended: i.attended === true,
      })),
  };
}

/**
 * E1–E2: closures opened for most ended duos (and, wrongly, for a running one), and closing
 * meetings of ended and running duos — planned, held before, on or after the last day, not
 * held, cancelled — of which only the held ones are evidence.
 */
async function generateClosure(
  tx: Parameters<Parameters<typeof unitOfWork>[2]>[0],
  rng: Rng,
  context: { tenantId: string; userId: string; duos: ProgrammeEvidence['duos'] },
): Promise<Pick<ProgrammeEvidence, 'closures' | 'closingMeetings'>> {
  const { tenantId, userId } = context;
  const closures: ProgrammeEvidence['closures'][number][] = [];
  const meetingRows: (typeof closingMeetings.$inferInsert & { id: string })[] = [];
  for (const duo of context.duos) {
    if (chance(rng, duo.end === null ? 0.1 : 0.7))
      closures.push({
        id: randomUUID(),
        duoId: duo.id,
        startedAt: new Date(`${duo.end?.on ?? duo.startDate}T09:00:00Z`).toISOString(),
      });
    const around = duo.end?.on ?? addDays(duo.startDate, 150);
    let planned = false;
    for (let n = int(rng, 0, 2); n > 0; n--) {
      const status = pick(rng, ['planned', 'held', 'held', 'not_held', 'cancelled'] as const);
      if (status === 'planned' && planned) continue;
      planned ||= status === 'planned';
      const on = addDays(around, pick(rng, [-20, -1, 0, 1, 45]));
      const id = randomUUID();
      const mode = pick(rng, CLOSING_MEETING_MODES);
      meetingRows.push({
        tenantId,
        id,
        duoId: duo.id,
        startsAt: new Date(`${on}T13:00:00Z`),
        mode,
        place: mode === 'in_person' ? 'Zaal 2' : null,
        onlineUrl: mode === 'online' ? 'https://meet.example/x' : null,
        status,
        heldOn: status === 'held' ? on : null,
        icsUid: `${id}@example.org`,
        recordedBy: userId,
      });
    }
  }
  if (closures.length > 0)
    await tx.insert(duoClosures).values(
      closures.map((c) => ({
        tenantId,
        id: c.id,
        duoId: c.duoId,
        startedAt: new Date(c.startedAt),
        startedBy: userId,
      })),
    );
  if (meetingRows.length > 0) await tx.insert(closingMeetings).values(meetingRows);
  return {
    closures,
    closingMeetings: meetingRows.flatMap((m) =>
      m.heldOn == null ? [] : [{ id: m.id, duoId: m.duoId, on: m.heldOn, mode: m.mode }],
    ),
  };
}

/**
 * E3: evaluations of most ended duos' sides (and, wrongly, of a running one), sent on the
 * last day or later, answered the same day, weeks later — often after the period's end — or
 * never.
 */
async function generateEvaluations(
  tx: Parameters<Parameters<typeof unitOfWork>[2]>[0],
  rng: Rng,
  context: { tenantId: string; duos: ProgrammeEvidence['duos'] },
): Promise<ProgrammeEvidence['evaluations']> {
  const { tenantId } = context;
  const duoIds = context.duos.map((d) => d.id);
  if (duoIds.length === 0) return [];
  const applicationsOf = new Map(
    (
      await tx
        .select({
          id: duos.id,
          mentor: duos.mentorApplicationId,
          mentee: duos.menteeApplicationId,
        })
        .from(duos)
        .where(and(eq(duos.tenantId, tenantId), inArray(duos.id, duoIds)))
    ).map((d) => [d.id, d]),
  );
  const answers = Object.fromEntries(
    EVALUATION_QUESTIONS.map((q) => [q.id, pick(rng, EVALUATION_SCALES[q.scale])]),
  );
  const rows: (typeof evaluations.$inferInsert & { id: string; sentAt: Date })[] = [];
  for (const duo of context.duos) {
    const people = applicationsOf.get(duo.id);
    if (!people || !chance(rng, duo.end === null ? 0.05 : 0.85)) continue;
    const sentOn = addDays(duo.end?.on ?? duo.startDate, pick(rng, [0, 0, 1, 3]));
    for (const role of ['mentor', 'mentee'] as const) {
      if (!chance(rng, 0.8)) continue;
      const sentAt = new Date(`${sentOn}T08:00:00Z`);
      const answeredAfter = pick(rng, [null, null, 0, 2, 40, 120]);
      rows.push({
        tenantId,
        id: randomUUID(),
        duoId: duo.id,
        role,
        applicationId: role === 'mentor' ? people.mentor : people.mentee,
        questionSetVersion: EVALUATION_QUESTION_SET_VERSION,
        locale: pick(rng, ['nl', 'fr', 'en'] as const),
        sentAt,
        completedAt:
          answeredAfter === null ? null : new Date(sentAt.getTime() + answeredAfter * 86_400_000),
        answers: answeredAfter === null ? null : answers,
      });
    }
  }
  if (rows.length > 0) await tx.insert(evaluations).values(rows);
  return rows.map((e) => ({
    id: e.id,
    duoId: e.duoId,
    role: e.role,
    sentAt: e.sentAt.toISOString(),
    completedAt: e.completedAt?.toISOString() ?? null,
  }));
}

/**
 * Outcomes: intakes of the programme's mentees on, just before and just after their duo's
 * start (several a person, some on the same day), end and six-month outcomes of ended duos
 * with corrections on the same or a later day, ratings now and then missing.
 */
async function generateOutcomes(
  tx: Parameters<Parameters<typeof unitOfWork>[2]>[0],
  rng: Rng,
  context: {
    tenantId: string;
    userId: string;
    applicationRows: { id: string; role: 'mentor' | 'mentee'; email: string }[];
    duos: ProgrammeEvidence['duos'];
  },
): Promise<ProgrammeEvidence['outcomes']> {
  const { tenantId, userId } = context;
  const mentees = context.applicationRows.filter((a) => a.role === 'mentee');
  const rating = () => (chance(rng, 0.15) ? null : int(rng, 1, 5));
  const situationFields = () => {
    const situation = pick(rng, OUTCOME_SITUATIONS);
    const employed = situation === 'employed';
    return {
      situation,
      contractKind: employed ? pick(rng, CONTRACT_KINDS) : null,
      hoursPerWeek: employed ? int(rng, 1, 40) : null,
    };
  };
  const rows: (typeof outcomes.$inferInsert & ProgrammeEvidence['outcomes'][number])[] = [];
  const add = (
    mentee: { id: string; email: string },
    duoId: string | null,
    moment: 'intake' | 'end' | 'follow_up_6m',
    recordedOn: string,
  ) => {
    const asked = moment !== 'follow_up_6m';
    rows.push({
      tenantId,
      id: randomUUID(),
      menteeApplicationId: mentee.id,
      menteeId: mentee.email,
      duoId,
      moment,
      recordedOn,
      ...situationFields(),
      confidence: asked ? rating() : null,
      autonomy: asked ? rating() : null,
      source: 'staff',
      recordedBy: userId,
    });
  };
  for (const duo of context.duos) {
    const mentee = mentees.find((m) => m.email === duo.menteeId);
    if (!mentee) continue;
    for (let i = 0, n = int(rng, 0, 3); i < n; i++)
      add(mentee, null, 'intake', addDays(duo.startDate, pick(rng, [-30, -1, -1, 0, 0, 1])));
    if (duo.end === null) continue;
    const endOn = duo.end.on;
    for (let i = 0, n = int(rng, 0, 3); i < n; i++)
      add(mentee, duo.id, 'end', addDays(endOn, pick(rng, [0, 0, 3])));
    for (let i = 0, n = int(rng, 0, 2); i < n; i++)
      add(mentee, duo.id, 'follow_up_6m', addDays(addMonths(endOn, 6), pick(rng, [0, 0, 10])));
  }
  for (const mentee of mentees)
    if (chance(rng, 0.2)) add(mentee, null, 'intake', pick(rng, ANCHOR_DATES));
  if (rows.length > 0) await tx.insert(outcomes).values(rows.map(({ menteeId: _, ...row }) => row));
  return rows.map((o) => ({
    id: o.id as string,
    menteeId: o.menteeId,
    duoId: o.duoId,
    moment: o.moment,
    recordedOn: o.recordedOn,
    situation: o.situation,
    contractKind: o.contractKind,
    hoursPerWeek: o.hoursPerWeek,
    confidence: o.confidence,
    autonomy: o.autonomy,
  }));
}

/** Evidence lists in ID order, so the loaded and generated copies compare as sets. */
function canonical(evidence: ProgrammeEvidence): ProgrammeEvidence {
  const sorted = <T extends { id: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...evidence,
    infoSessions: sorted(evidence.infoSessions),
    infoSessionAttendances: sorted(evidence.infoSessionAttendances),
    recruitmentChannels: sorted(evidence.recruitmentChannels),
    applications: sorted(evidence.applications),
    interviews: sorted(evidence.interviews),
    decisions: sorted(evidence.decisions),
    decisionMessages: sorted(evidence.decisionMessages),
    partnerReferrals: sorted(evidence.partnerReferrals),
    onwardReferrals: sorted(evidence.onwardReferrals),
    trainingSessions: sorted(evidence.trainingSessions),
    trainingAttendances: sorted(evidence.trainingAttendances),
    matches: sorted(evidence.matches),
    firstMeetings: sorted(evidence.firstMeetings),
    validations: sorted(evidence.validations),
    agreements: sorted(evidence.agreements),
    duos: sorted(evidence.duos),
    pauses: sorted(evidence.pauses),
    contacts: sorted(evidence.contacts),
    coachAssignments: sorted(evidence.coachAssignments),
    checkIns: sorted(evidence.checkIns),
    resources: sorted(evidence.resources),
    workshops: sorted(evidence.workshops),
    workshopInvitations: sorted(evidence.workshopInvitations),
    closures: sorted(evidence.closures),
    closingMeetings: sorted(evidence.closingMeetings),
    evaluations: sorted(evidence.evaluations),
    outcomes: sorted(evidence.outcomes),
  };
}

const database = await createTestDatabase();
afterAll(async () => {
  await database.close();
});

const rng = mulberry32(SEED);
/** Workshops draw from their own stream (and a copy of the instants) so the other criteria's cases stay as they were. */
const workshopRng = mulberry32(SEED + 5);
/** The end of a duo (E1–E2) draws from its own stream too. */
const closureRng = mulberry32(SEED + 11);
/** The evaluations (E3) draw from their own stream too. */
const evaluationRng = mulberry32(SEED + 13);
/** Outcomes, likewise, from a stream of their own. */
const outcomeRng = mulberry32(SEED + 7);
const outcomeSeen = { recorded: 0, working: 0, notWorking: 0, measured: 0 };
const organisationSeen = { compared: 0, multiProgramme: 0 };

type Computed = Awaited<ReturnType<typeof computeIndicators<WorkflowCriterionId>>>;

/** A person as one programme knows them: the organisation's reference keeps programmes apart. */
const SEPARATOR = '|';
const ownPerson = (programmeId: string, personId: string) =>
  `${programmeId}${SEPARATOR}${personId}`;

/** Every programme's records in one evidence, as if the organisation were one programme. */
function combinedEvidence(programmes: readonly GeneratedProgramme[]): ProgrammeEvidence {
  const [first] = programmes as [GeneratedProgramme];
  const parts = programmes.map(({ id, evidence: e }) => {
    const own = (personId: string) => ownPerson(id, personId);
    return {
      ...e,
      applications: e.applications.map((a) => ({ ...a, personId: own(a.personId) })),
      infoSessionAttendances: e.infoSessionAttendances.map((a) => ({
        ...a,
        personId: own(a.personId),
      })),
      trainingAttendances: e.trainingAttendances.map((a) => ({ ...a, personId: own(a.personId) })),
      matches: e.matches.map((m) => ({
        ...m,
        mentorId: own(m.mentorId),
        menteeId: own(m.menteeId),
      })),
      duos: e.duos.map((d) => ({ ...d, mentorId: own(d.mentorId), menteeId: own(d.menteeId) })),
      workshopInvitations: e.workshopInvitations.map((i) => ({ ...i, mentorId: own(i.mentorId) })),
      outcomes: e.outcomes.map((o) => ({ ...o, menteeId: own(o.menteeId) })),
    };
  });
  const all: Record<string, unknown[]> = {};
  for (const evidence of parts)
    for (const [key, list] of Object.entries(evidence))
      if (Array.isArray(list)) all[key] = [...(all[key] ?? []), ...list];
  return { ...first.evidence, ...all } as unknown as ProgrammeEvidence;
}

/** A reference measure over the kept-apart people, with each person one again. */
function peopleTogether(measure: Measure): Measure {
  const together = (ids: readonly string[]) =>
    ids.map((id) => (id.includes(SEPARATOR) ? id.slice(id.indexOf(SEPARATOR) + 1) : id));
  const numeratorIds = together(measure.numeratorIds);
  const denominatorIds = together(measure.denominatorIds);
  if (measure.unit === 'share')
    return shareMeasure(measure.key, numeratorIds, denominatorIds, measure.target);
  if (measure.unit === 'count')
    return countMeasure(measure.key, numeratorIds, denominatorIds, measure.target);
  return measure;
}
const cases: GeneratedCase[] = [];
for (let i = 0; i < CASES; i++) cases.push(await generateCase(database.db, rng, i));

/** What the cases produced, to show the generator reaches every side of each indicator. */
interface Seen {
  noData: number;
  someIn: number;
  someOut: number;
  statuses: Set<string>;
}
const seen = Object.fromEntries(
  CRITERIA_WITH_WORKFLOW.map((id) => [
    id,
    { noData: 0, someIn: 0, someOut: 0, statuses: new Set() },
  ]),
) as unknown as Record<WorkflowCriterionId, Seen>;

describe(`intake indicators: SQL = reference (seed ${SEED})`, () => {
  it.each(cases.map((c, i) => [i, c] as const))('case %i', async (_, generatedCase) => {
    const { tenantId, userId } = generatedCase;
    const organisationParts = generatedCase.periods.map(() => [] as Computed[]);
    for (const programme of generatedCase.programmes) {
      const loaded = await unitOfWork(database.db, { tenantId, userId }, (tx) =>
        loadIntakeEvidence(tx, tenantId, programme.id),
      );
      // The mapping loses nothing the generator wrote.
      expect(canonical(loaded)).toEqual(canonical(programme.evidence));
      for (const [periodIndex, period] of generatedCase.periods.entries()) {
        const fromSql = await unitOfWork(database.db, { tenantId, userId }, (tx) =>
          computeIndicators(
            tx,
            { tenantId, programmeId: programme.id, period },
            CRITERIA_WITH_WORKFLOW,
          ),
        );
        organisationParts[periodIndex]?.push(fromSql);
        for (const id of CRITERIA_WITH_WORKFLOW) {
          const context = `${id} programme ${programme.id} ${period.start}…${period.end}`;
          expect(fromSql[id], context).toEqual(computeIndicator(id, loaded, period));
          expect(fromSql[id], context).toEqual(computeIndicator(id, programme.evidence, period));
          const value = fromSql[id];
          if (value.denominator === 0) seen[id].noData++;
          // A5's curriculum coverage varies most; its share is pinned down in the hard cases.
          const varied = id === 'A5' ? (value.measures[1] ?? value) : value;
          seen[id].statuses.add(id === 'A5' ? (varied.status ?? 'none') : value.status);
          if (varied.numerator > 0) seen[id].someIn++;
          if (varied.numerator < varied.denominator) seen[id].someOut++;
        }
        const outcomeFigures = await unitOfWork(database.db, { tenantId, userId }, (tx) =>
          computeOutcomeFigures(tx, { tenantId, programmeId: programme.id, period }),
        );
        const context = `outcomes programme ${programme.id} ${period.start}…${period.end}`;
        expect(outcomeFigures, context).toEqual(computeOutcomeIndicators(loaded, period));
        expect(outcomeFigures, context).toEqual(
          computeOutcomeIndicators(programme.evidence, period),
        );
        const atEnd = outcomeFigures.workOrTrainingAtEnd;
        outcomeSeen.recorded += atEnd.denominator;
        outcomeSeen.working += atEnd.numerator;
        outcomeSeen.notWorking += atEnd.denominator - atEnd.numerator;
        outcomeSeen.measured += outcomeFigures.confidenceChange.denominator;
      }
      // A trend: the case's periods (overlapping, repeated) and eight quarters, each family
      // answering all of them in one query, equal to the reference period by period.
      const trendPeriods = [...generatedCase.periods, ...TREND_PERIODS];
      const overPeriods = await unitOfWork(database.db, { tenantId, userId }, (tx) =>
        computeIndicatorsByPeriod(
          tx,
          { tenantId, programmeId: programme.id, periods: trendPeriods },
          CRITERIA_WITH_WORKFLOW,
        ),
      );
      expect(overPeriods).toHaveLength(trendPeriods.length);
      for (const [index, period] of trendPeriods.entries())
        for (const id of CRITERIA_WITH_WORKFLOW)
          expect(
            overPeriods[index]?.[id],
            `trend ${id} programme ${programme.id} ${period.start}…${period.end}`,
          ).toEqual(computeIndicator(id, loaded, period));
    }
    // The organisation (ADR 0018): what it unites is the reference over all its programmes'
    // evidence at once, each programme's people kept apart (a person in two programmes is
    // judged by each programme's own records) and then taken together again; the largest
    // channel is the reference's, up to which channel a tie names.
    const everything = combinedEvidence(generatedCase.programmes);
    for (const [periodIndex, period] of generatedCase.periods.entries()) {
      const parts = organisationParts[periodIndex] ?? [];
      for (const id of CRITERIA_WITH_WORKFLOW) {
        const merged = organisationIndicator(
          parts.map((part) => part[id]) as [IndicatorValue, ...IndicatorValue[]],
        );
        const reference = computeIndicator(id, everything, period);
        for (const separate of reference.measures) {
          const measure = peopleTogether(separate);
          const context = `organisation ${id} ${measure.key} ${period.start}…${period.end}`;
          const found = merged.measures.find((m) => m.key === measure.key);
          const rule = MEASURE_MERGE_RULES[measure.key];
          if (rule === 'union') expect(found, context).toEqual(measure);
          if (rule === 'largest')
            expect(
              { value: found?.value, numerator: found?.numerator, ids: found?.denominatorIds },
              context,
            ).toEqual({
              value: measure.value,
              numerator: measure.numerator,
              ids: measure.denominatorIds,
            });
          if (rule === 'union' || rule === 'largest') organisationSeen.compared++;
        }
      }
    }
    if (generatedCase.programmes.length > 1) organisationSeen.multiProgramme++;
  });

  it('reached both sides of every indicator, and empty denominators', () => {
    for (const id of CRITERIA_WITH_WORKFLOW) {
      // D4 always counts the four kinds: an empty library is 0 of 4, never "no data".
      if (id !== 'D4') expect(seen[id].noData, `${id} no data`).toBeGreaterThan(0);
      expect(seen[id].someIn, `${id} records in the numerator`).toBeGreaterThan(0);
      expect(seen[id].someOut, `${id} records outside the numerator`).toBeGreaterThan(0);
      // A5's curriculum coverage is met (10/10) or not met: its target is its lower bound.
      expect(seen[id].statuses.size, `${id} statuses`).toBeGreaterThan(id === 'A5' ? 1 : 2);
    }
    for (const [what, count] of Object.entries(outcomeSeen))
      expect(count, `outcomes ${what}`).toBeGreaterThan(0);
    for (const [what, count] of Object.entries(organisationSeen))
      expect(count, `organisation ${what}`).toBeGreaterThan(0);
  });
});

/**
 * The named boundary cases, each written as the workflows write it, judged in SQL and
 * by the reference on the evidence loaded back, with the expected records spelled out.
 */
describe('hard cases of matching and the start of the duo', async () => {
  const Q1 = { start: '2026-01-01', end: '2026-04-01' };
  const Q2 = { start: '2026-04-01', end: '2026-07-01' };
  const { tenantId, userId, sideUserId } = await unitOfWork(
    database.db,
    { tenantId: null, userId: null },
    async (tx) => {
      const [organisation] = await tx
        .insert(organisations)
        .values({ name: 'Hard cases', slug: `hard-cases-${SEED}` })
        .returning();
      const [staff, side] = await tx
        .insert(users)
        .values(
          ['hard-staff', 'hard-coach-mentor'].map((who) => ({
            email: `${who}-${SEED}@example.org`,
            name: who,
          })),
        )
        .returning();
      if (!organisation || !staff || !side) throw new Error('insert returned nothing');
      return { tenantId: organisation.id, userId: staff.id, sideUserId: side.id };
    },
  );
  const programmeId = randomUUID();
  const ids: Record<string, string> = {};
  const id = (name: string) => {
    ids[name] ??= randomUUID();
    return ids[name];
  };
  const at = (instant: string) => new Date(instant);

  await unitOfWork(database.db, { tenantId, userId }, async (tx) => {
    await tx.insert(memberships).values([
      { tenantId, userId, role: 'coordinator' },
      { tenantId, userId: sideUserId, role: 'coach' },
    ]);
    await tx.insert(programmes).values({ tenantId, id: programmeId, name: 'Hard cases' });
    const channelId = randomUUID();
    await tx.insert(recruitmentChannels).values({
      tenantId,
      id: channelId,
      programmeId,
      kind: 'word_of_mouth',
      name: 'Web',
      audience: 'both',
    });
    const people = ['a', 'b', 'c', 'd', 'e', 'f'];
    await tx.insert(applications).values(
      people.flatMap((p) =>
        (['mentor', 'mentee'] as const).map((role) => ({
          tenantId,
          id: id(`${role}-${p}`),
          programmeId,
          role,
          name: `${role} ${p}`,
          email: `${role}-${p}-${SEED}@example.org`,
          preferredLocale: 'nl' as const,
          availability: [{ day: 'mon' as const, part: 'evening' as const }],
          postcode: '2000',
          municipality: 'Antwerpen',
          languages: ['nl'],
          sector: 'zorg',
          goal: 'Werk',
          birthYear: 1990,
          channelId,
          consentAt: at('2025-06-01T00:00:00Z'),
          consentTextVersion: 'intake-consent-2026-01',
          submittedAt: at('2025-06-01T00:00:00Z'),
        })),
      ),
    );
    // The coach is also mentor f's portal user.
    await tx
      .insert(participantAccounts)
      .values({ tenantId, applicationId: id('mentor-f'), userId: sideUserId });
    const match = (
      name: string,
      p: string,
      status: 'started' | 'declined',
      decidedBy = userId,
    ) => ({
      tenantId,
      id: id(name),
      programmeId,
      mentorApplicationId: id(`mentor-${p}`),
      menteeApplicationId: id(`mentee-${p}`),
      status,
      score: 0.7,
      scoreBreakdown: [{ criterion: 'availability' as const, score: 0.7, weight: 1 }],
      introduction: { mentorFirstName: 'M', menteeFirstName: 'E', commonGround: [] },
      decidedBy,
      decidedAt: at('2026-01-05T10:00:00Z'),
      closedAt: status === 'declined' ? at('2026-01-12T10:00:00Z') : null,
    });
    await tx.insert(matches).values([
      // a: the mentor confirmed, then the mentee declined; the same pair matched again.
      match('declined-a', 'a', 'declined'),
      match('again-a', 'a', 'started'),
      match('moved-b', 'b', 'started'),
      match('cancelled-c', 'c', 'started'),
      match('reissued-d', 'd', 'started'),
      // e starts on 1 April in Brussels: 2026-03-31T22:30Z.
      match('boundary-e', 'e', 'started'),
      match('self-f', 'f', 'started', sideUserId),
    ]);
    const duo = (name: string, match: string, p: string, startDate: string) => ({
      tenantId,
      id: id(name),
      programmeId,
      matchId: id(match),
      mentorApplicationId: id(`mentor-${p}`),
      menteeApplicationId: id(`mentee-${p}`),
      startDate,
      plannedEndDate: addDays(startDate, 180),
    });
    await tx
      .insert(duos)
      .values([
        duo('duo-a', 'again-a', 'a', '2026-02-10'),
        duo('duo-b', 'moved-b', 'b', '2026-02-01'),
        duo('duo-c', 'cancelled-c', 'c', '2026-02-01'),
        duo('duo-d', 'reissued-d', 'd', '2026-02-01'),
        duo('duo-e', 'boundary-e', 'e', brusselsDate('2026-03-31T22:30:00Z')),
        duo('duo-f', 'self-f', 'f', '2026-02-01'),
      ]);

    const validation = (
      match: string,
      role: 'mentor' | 'mentee',
      answer: 'confirmed' | 'declined',
      answeredAt: string,
    ) => ({
      tenantId,
      matchId: id(match),
      role,
      answer,
      channel: 'portal' as const,
      answeredAt: at(answeredAt),
      recordedBy: userId,
    });
    await tx.insert(matchValidations).values([
      validation('declined-a', 'mentor', 'confirmed', '2026-01-10T10:00:00Z'),
      validation('declined-a', 'mentee', 'declined', '2026-01-11T10:00:00Z'),
      // The re-match: the mentee's confirmation comes on the start day, the mentor's not at all
      // before it — the confirmation of the declined match does not carry over.
      validation('again-a', 'mentee', 'confirmed', '2026-02-10T09:00:00Z'),
      validation('again-a', 'mentor', 'confirmed', '2026-02-10T23:30:00Z'),
      // b: both confirm, the mentee on the start day at 00:30 Brussels.
      validation('moved-b', 'mentor', 'confirmed', '2026-01-20T10:00:00Z'),
      validation('moved-b', 'mentee', 'confirmed', '2026-01-31T23:30:00Z'),
      // c: the mentee's confirmation is given after the start (2 February in Brussels).
      validation('cancelled-c', 'mentor', 'confirmed', '2026-01-20T10:00:00Z'),
      validation('cancelled-c', 'mentee', 'confirmed', '2026-02-01T23:30:00Z'),
      // e: both confirm at the boundary instant, on the start day in Brussels.
      validation('boundary-e', 'mentor', 'confirmed', '2026-03-31T22:30:00Z'),
      validation('boundary-e', 'mentee', 'confirmed', '2026-03-31T22:30:00Z'),
    ]);

    const meeting = (
      name: string,
      match: string,
      startsAt: string,
      locationKind: 'library' | 'mentor_home' | 'organisation_office',
      status: 'planned' | 'held' | 'cancelled',
    ) => ({
      tenantId,
      id: id(name),
      matchId: id(match),
      startsAt: at(startsAt),
      place: 'Somewhere',
      locationKind,
      plannedStaffUserId: userId,
      status,
      icsUid: `${id(name)}@example.org`,
      staffPresentUserId: status === 'held' ? userId : null,
      mentorPresent: status === 'held' ? true : null,
      menteePresent: status === 'held' ? true : null,
      outcomeRecordedAt: status === 'held' ? at(startsAt) : null,
      outcomeRecordedBy: status === 'held' ? userId : null,
    });
    await tx.insert(firstMeetings).values([
      // b: planned at the library on 20 January, then moved (same row) to the office, held.
      meeting('meeting-b', 'moved-b', '2026-01-20T10:00:00Z', 'library', 'planned'),
      // c: the first one at the mentor's home was cancelled; a new one at the library was held.
      meeting('meeting-c1', 'cancelled-c', '2026-01-15T10:00:00Z', 'mentor_home', 'cancelled'),
      meeting('meeting-c2', 'cancelled-c', '2026-01-22T10:00:00Z', 'library', 'held'),
    ]);
    await tx
      .update(firstMeetings)
      .set({
        startsAt: at('2026-01-27T10:00:00Z'),
        locationKind: 'organisation_office',
        icsSequence: 1,
        status: 'held',
        staffPresentUserId: userId,
        mentorPresent: true,
        menteePresent: true,
        outcomeRecordedAt: at('2026-01-27T11:00:00Z'),
        outcomeRecordedBy: userId,
      })
      .where(and(eq(firstMeetings.tenantId, tenantId), eq(firstMeetings.id, id('meeting-b'))));

    const agreement = (name: string, match: string, version: number, superseded: boolean) => ({
      tenantId,
      id: id(name),
      matchId: id(match),
      version,
      texts: { nl: name, fr: name, en: name },
      durationMonths: 6,
      contactIntervalDays: 14,
      issuedAt: at('2026-01-25T10:00:00Z'),
      issuedBy: userId,
      supersededAt: superseded ? at('2026-01-28T10:00:00Z') : null,
    });
    await tx
      .insert(agreements)
      .values([
        agreement('agreement-d1', 'reissued-d', 1, true),
        agreement('agreement-d2', 'reissued-d', 2, false),
        agreement('agreement-b', 'moved-b', 1, false),
        agreement('agreement-e', 'boundary-e', 1, false),
      ]);
    const acceptance = (agreementName: string, role: 'mentor' | 'mentee', acceptedAt: string) => ({
      tenantId,
      agreementId: id(agreementName),
      role,
      locale: 'nl' as const,
      textSha256: 'b'.repeat(64),
      acceptedAt: at(acceptedAt),
      acceptedBy: userId,
    });
    await tx.insert(agreementAcceptances).values([
      // d: the mentor accepted version 1, the mentee only the re-issued version 2.
      acceptance('agreement-d1', 'mentor', '2026-01-26T10:00:00Z'),
      acceptance('agreement-d2', 'mentee', '2026-01-29T10:00:00Z'),
      acceptance('agreement-b', 'mentor', '2026-01-30T10:00:00Z'),
      acceptance('agreement-b', 'mentee', '2026-01-31T10:00:00Z'),
      // e: the second acceptance is on 1 April in Brussels.
      acceptance('agreement-e', 'mentor', '2026-03-30T10:00:00Z'),
      acceptance('agreement-e', 'mentee', '2026-03-31T22:30:00Z'),
    ]);

    // A5: mentor a covered all ten topics on the grace day, mentor b one day too late.
    await tx.insert(trainingSessions).values([
      {
        tenantId,
        id: id('training-a'),
        programmeId,
        startsAt: at('2026-02-24T10:00:00Z'),
        place: 'De Brug',
        trainer: 'Trainer',
        topicsCovered: [...TRAINING_TOPIC_IDS],
      },
      {
        tenantId,
        id: id('training-b'),
        programmeId,
        startsAt: at('2026-02-16T10:00:00Z'),
        place: 'De Brug',
        trainer: 'Trainer',
        topicsCovered: [...TRAINING_TOPIC_IDS],
      },
    ]);
    await tx.insert(trainingAttendances).values([
      {
        tenantId,
        trainingSessionId: id('training-a'),
        applicationId: id('mentor-a'),
        attended: true,
      },
      {
        tenantId,
        trainingSessionId: id('training-b'),
        applicationId: id('mentor-b'),
        attended: true,
      },
    ]);
  });

  const judge = async (period: Period) => {
    const evidence = await unitOfWork(database.db, { tenantId, userId }, (tx) =>
      loadIntakeEvidence(tx, tenantId, programmeId),
    );
    const fromSql = await unitOfWork(database.db, { tenantId, userId }, (tx) =>
      computeIndicators(tx, { tenantId, programmeId, period }, CRITERIA_WITH_WORKFLOW),
    );
    for (const criterionId of CRITERIA_WITH_WORKFLOW)
      expect(fromSql[criterionId], criterionId).toEqual(
        computeIndicator(criterionId, evidence, period),
      );
    return fromSql;
  };
  const named = (...names: string[]) => names.map((n) => id(n)).sort();

  it('agrees with the reference and counts the right records in Q1 2026', async () => {
    const q1 = await judge(Q1);
    // e starts on 1 April in Brussels: not a Q1 start.
    expect(q1.C1.denominatorIds).toEqual(
      named('again-a', 'moved-b', 'cancelled-c', 'reissued-d', 'self-f'),
    );
    // f was decided by the coach who is mentor f's own portal user: a self-match.
    expect(q1.C2.numeratorIds).toEqual(named('again-a', 'moved-b', 'cancelled-c', 'reissued-d'));
    // b's planned meeting was moved and held at the office; c's cancelled one does not count.
    expect(q1.C3.numeratorIds).toEqual(named('duo-b', 'duo-c'));
    // a's mentor confirmed only the declined match before the start; c's mentee after it.
    expect(q1.C4.numeratorIds).toEqual(named('duo-b'));
    // d's acceptances are of two versions; e's second acceptance is on 1 April.
    expect(q1.C5.denominatorIds).toEqual(named('duo-a', 'duo-b', 'duo-c', 'duo-d', 'duo-f'));
    expect(q1.C5.numeratorIds).toEqual(named('duo-b'));
    expect(q1.A5.numeratorIds).toEqual(named('duo-a'));
    expect(q1.A5.denominatorIds).toEqual(named('duo-a', 'duo-b', 'duo-c', 'duo-d', 'duo-f'));
  });

  it('places the duo that started at 2026-03-31T22:30Z in Q2, validated on its start day', async () => {
    const q2 = await judge(Q2);
    expect(q2.C4.denominatorIds).toEqual(named('duo-e'));
    expect(q2.C4.numeratorIds).toEqual(named('duo-e'));
    expect(q2.C5.numeratorIds).toEqual(named('duo-b', 'duo-e'));
  });
});
