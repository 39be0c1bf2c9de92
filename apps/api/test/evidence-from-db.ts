import {
  agreementAcceptances,
  agreements,
  applications,
  decisions,
  duos,
  firstMeetings,
  infoSessionRegistrations,
  infoSessions,
  interviews,
  matches,
  matchValidations,
  onwardReferrals,
  outboxMessages,
  participantAccounts,
  programmes,
  recruitmentChannels,
  referrals,
  type Transaction,
  trainingAttendances,
  trainingModules,
  trainingSessions,
} from '@tandem/db';
import {
  brusselsDate,
  emptyProgrammeEvidence,
  type InfoSessionTopicId,
  type ProgrammeEvidence,
  TRAINING_TOPIC_IDS,
  type TrainingTopicId,
} from '@tandem/domain';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { AppError } from '../src/errors.ts';

/**
 * A programme's rows from intake to the start of the duo (criteria A1–C5) as the domain's evidence, so the
 * reference indicator functions can judge exactly what the database holds. Where the schema
 * names or stores a thing differently from the evidence type, the choice is made here once:
 *
 * - a person (`personId`) is the application's and the registration's e-mail address: intake
 *   links a registration to an application by e-mail (lower-cased and trimmed on input), and
 *   there is no person table;
 * - attendance not yet taken (`attended` null) is "did not attend";
 * - an info session's `mode` is in person when it has a place, otherwise online;
 * - an interview's moment (`at`) is when it was held, `scheduled_at`; `completed_at` is when
 *   its outcome was recorded;
 * - a decision's `reasonCode` is `refusal_reason`; `decidedById` is '' when nobody is recorded;
 * - decision messages are the outbox rows tied to a decision;
 * - partner referrals (B1) are the programme's referrals; `via` is how they came in;
 * - onward referrals (B5) are those tied to the programme's decisions; `receivedAt` is not
 *   recorded yet (null);
 * - the A5 curriculum is the union of the programme's training modules' topics, in the
 *   catalogue's order; a training attendance's person is the mentor application's e-mail,
 *   and attendance not yet taken is "did not attend"; a training session's moment (`at`) is
 *   `starts_at`;
 * - a match's mentor and mentee are its applications; their user ids are the applications'
 *   participant accounts (null without one); `decidedById` is `decided_by`;
 * - a first meeting is a held or planned row (a cancelled one or one that did not take place
 *   is not), on its Brussels day; a planned one has nobody present yet;
 * - a validation's moment (`at`) is `answered_at`;
 * - an agreement version belongs to the duo of its match (versions of a match without a duo
 *   belong to no duo and are left out), with its mentor's and mentee's acceptance;
 * - a duo's mentor and mentee are persons (e-mail) like training attendees: A5 counts a mentor
 *   once, however many applications; no duo has ended yet (that is recorded from E1 on);
 * - the rest of a programme's life (contacts, …) has no tables yet and stays empty.
 */
export async function loadIntakeEvidence(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
): Promise<ProgrammeEvidence> {
  const [programme] = await tx
    .select({ id: programmes.id, plannedDurationMonths: programmes.plannedDurationMonths })
    .from(programmes)
    .where(and(eq(programmes.tenantId, tenantId), eq(programmes.id, programmeId)));
  if (!programme) throw new AppError('not_found');

  const sessions = await tx
    .select()
    .from(infoSessions)
    .where(and(eq(infoSessions.tenantId, tenantId), eq(infoSessions.programmeId, programmeId)))
    .orderBy(asc(infoSessions.id));
  const registrations = await tx
    .select({
      id: infoSessionRegistrations.id,
      infoSessionId: infoSessionRegistrations.infoSessionId,
      email: infoSessionRegistrations.email,
      attended: infoSessionRegistrations.attended,
    })
    .from(infoSessionRegistrations)
    .innerJoin(
      infoSessions,
      and(
        eq(infoSessions.tenantId, infoSessionRegistrations.tenantId),
        eq(infoSessions.id, infoSessionRegistrations.infoSessionId),
      ),
    )
    .where(
      and(
        eq(infoSessionRegistrations.tenantId, tenantId),
        eq(infoSessions.programmeId, programmeId),
      ),
    )
    .orderBy(asc(infoSessionRegistrations.id));
  const channels = await tx
    .select()
    .from(recruitmentChannels)
    .where(
      and(
        eq(recruitmentChannels.tenantId, tenantId),
        eq(recruitmentChannels.programmeId, programmeId),
      ),
    )
    .orderBy(asc(recruitmentChannels.id));
  const applicationRows = await tx
    .select({
      id: applications.id,
      email: applications.email,
      role: applications.role,
      channelId: applications.channelId,
      submittedAt: applications.submittedAt,
    })
    .from(applications)
    .where(and(eq(applications.tenantId, tenantId), eq(applications.programmeId, programmeId)))
    .orderBy(asc(applications.id));
  const ofProgramme = and(
    eq(applications.tenantId, tenantId),
    eq(applications.programmeId, programmeId),
  );
  const interviewRows = await tx
    .select({ interview: interviews })
    .from(interviews)
    .innerJoin(
      applications,
      and(
        eq(applications.tenantId, interviews.tenantId),
        eq(applications.id, interviews.applicationId),
      ),
    )
    .where(ofProgramme)
    .orderBy(asc(interviews.id));
  const decisionRows = await tx
    .select({ decision: decisions })
    .from(decisions)
    .innerJoin(
      applications,
      and(
        eq(applications.tenantId, decisions.tenantId),
        eq(applications.id, decisions.applicationId),
      ),
    )
    .where(ofProgramme)
    .orderBy(asc(decisions.id));
  const messageRows = await tx
    .select({
      id: outboxMessages.id,
      decisionId: outboxMessages.decisionId,
      kind: outboxMessages.kind,
      sentAt: outboxMessages.sentAt,
    })
    .from(outboxMessages)
    .innerJoin(
      decisions,
      and(
        eq(decisions.tenantId, outboxMessages.tenantId),
        eq(decisions.id, outboxMessages.decisionId),
      ),
    )
    .innerJoin(
      applications,
      and(
        eq(applications.tenantId, decisions.tenantId),
        eq(applications.id, decisions.applicationId),
      ),
    )
    .where(and(ofProgramme, isNotNull(outboxMessages.decisionId)))
    .orderBy(asc(outboxMessages.id));

  const referralRows = await tx
    .select({
      id: referrals.id,
      partnerId: referrals.partnerId,
      submittedAt: referrals.submittedAt,
      via: referrals.via,
    })
    .from(referrals)
    .where(and(eq(referrals.tenantId, tenantId), eq(referrals.programmeId, programmeId)))
    .orderBy(asc(referrals.id));
  const onwardRows = await tx
    .select({
      id: onwardReferrals.id,
      decisionId: onwardReferrals.decisionId,
      serviceId: onwardReferrals.serviceId,
      sentAt: onwardReferrals.sentAt,
    })
    .from(onwardReferrals)
    .innerJoin(
      decisions,
      and(
        eq(decisions.tenantId, onwardReferrals.tenantId),
        eq(decisions.id, onwardReferrals.decisionId),
      ),
    )
    .innerJoin(
      applications,
      and(
        eq(applications.tenantId, decisions.tenantId),
        eq(applications.id, decisions.applicationId),
      ),
    )
    .where(ofProgramme)
    .orderBy(asc(onwardReferrals.id));

  const moduleRows = await tx
    .select({ topics: trainingModules.topics })
    .from(trainingModules)
    .where(
      and(eq(trainingModules.tenantId, tenantId), eq(trainingModules.programmeId, programmeId)),
    );
  const curriculum = new Set(moduleRows.flatMap((m) => m.topics));
  const trainingSessionRows = await tx
    .select({
      id: trainingSessions.id,
      startsAt: trainingSessions.startsAt,
      topicsCovered: trainingSessions.topicsCovered,
    })
    .from(trainingSessions)
    .where(
      and(eq(trainingSessions.tenantId, tenantId), eq(trainingSessions.programmeId, programmeId)),
    )
    .orderBy(asc(trainingSessions.id));
  const trainingAttendanceRows = await tx
    .select({
      id: trainingAttendances.id,
      trainingSessionId: trainingAttendances.trainingSessionId,
      email: applications.email,
      attended: trainingAttendances.attended,
    })
    .from(trainingAttendances)
    .innerJoin(
      trainingSessions,
      and(
        eq(trainingSessions.tenantId, trainingAttendances.tenantId),
        eq(trainingSessions.id, trainingAttendances.trainingSessionId),
      ),
    )
    .innerJoin(
      applications,
      and(
        eq(applications.tenantId, trainingAttendances.tenantId),
        eq(applications.id, trainingAttendances.applicationId),
      ),
    )
    .where(
      and(
        eq(trainingAttendances.tenantId, tenantId),
        eq(trainingSessions.programmeId, programmeId),
      ),
    )
    .orderBy(asc(trainingAttendances.id));

  const matchRows = await tx
    .select()
    .from(matches)
    .where(and(eq(matches.tenantId, tenantId), eq(matches.programmeId, programmeId)))
    .orderBy(asc(matches.id));
  const matchIds = matchRows.map((m) => m.id);
  const ofMatches = <T extends typeof firstMeetings | typeof matchValidations | typeof agreements>(
    table: T,
  ) => and(eq(table.tenantId, tenantId), inArray(table.matchId, matchIds));
  const accounts = new Map(
    (
      await tx.select().from(participantAccounts).where(eq(participantAccounts.tenantId, tenantId))
    ).map((a) => [a.applicationId, a.userId]),
  );
  const meetingRows = await tx
    .select()
    .from(firstMeetings)
    .where(and(ofMatches(firstMeetings), inArray(firstMeetings.status, ['held', 'planned'])))
    .orderBy(asc(firstMeetings.id));
  const validationRows = await tx
    .select()
    .from(matchValidations)
    .where(ofMatches(matchValidations))
    .orderBy(asc(matchValidations.id));
  const duoRows = await tx
    .select({
      duo: duos,
      mentorEmail: applications.email,
    })
    .from(duos)
    .innerJoin(
      applications,
      and(eq(applications.tenantId, duos.tenantId), eq(applications.id, duos.mentorApplicationId)),
    )
    .where(and(eq(duos.tenantId, tenantId), eq(duos.programmeId, programmeId)))
    .orderBy(asc(duos.id));
  const emailOf = new Map(applicationRows.map((a) => [a.id, a.email]));
  const duoOfMatch = new Map(duoRows.map(({ duo }) => [duo.matchId, duo.id]));
  const agreementRows = await tx
    .select()
    .from(agreements)
    .where(ofMatches(agreements))
    .orderBy(asc(agreements.id));
  const acceptanceRows = await tx
    .select()
    .from(agreementAcceptances)
    .where(
      and(
        eq(agreementAcceptances.tenantId, tenantId),
        inArray(
          agreementAcceptances.agreementId,
          agreementRows.map((a) => a.id),
        ),
      ),
    );
  const acceptedAt = (agreementId: string, role: 'mentor' | 'mentee') =>
    acceptanceRows
      .find((x) => x.agreementId === agreementId && x.role === role)
      ?.acceptedAt.toISOString() ?? null;

  return {
    ...emptyProgrammeEvidence({
      id: programme.id,
      plannedDurationMonths: programme.plannedDurationMonths,
      curriculumTopics: TRAINING_TOPIC_IDS.filter((topic) => curriculum.has(topic)),
    }),
    matches: matchRows.map((m) => ({
      id: m.id,
      mentorId: m.mentorApplicationId,
      menteeId: m.menteeApplicationId,
      mentorUserId: accounts.get(m.mentorApplicationId) ?? null,
      menteeUserId: accounts.get(m.menteeApplicationId) ?? null,
      score: m.score,
      scoreBreakdown: m.scoreBreakdown,
      decidedById: m.decidedBy,
      decidedAt: m.decidedAt.toISOString(),
    })),
    firstMeetings: meetingRows.map((f) => ({
      id: f.id,
      matchId: f.matchId,
      on: brusselsDate(f.startsAt.toISOString()),
      locationKind: f.locationKind,
      staffPresentId: f.staffPresentUserId,
    })),
    validations: validationRows.map((v) => ({
      id: v.id,
      matchId: v.matchId,
      role: v.role,
      answer: v.answer,
      at: v.answeredAt.toISOString(),
    })),
    agreements: agreementRows.flatMap((a) => {
      const duoId = duoOfMatch.get(a.matchId);
      return duoId === undefined
        ? []
        : [
            {
              id: a.id,
              duoId,
              mentorAcceptedAt: acceptedAt(a.id, 'mentor'),
              menteeAcceptedAt: acceptedAt(a.id, 'mentee'),
            },
          ];
    }),
    duos: duoRows.map(({ duo, mentorEmail }) => ({
      id: duo.id,
      matchId: duo.matchId,
      mentorId: mentorEmail,
      menteeId: emailOf.get(duo.menteeApplicationId) ?? duo.menteeApplicationId,
      startDate: duo.startDate,
      end: null,
    })),
    trainingSessions: trainingSessionRows.map((t) => ({
      id: t.id,
      at: t.startsAt.toISOString(),
      // The CHECK constraint keeps the column to the ten topic IDs.
      topicsCovered: t.topicsCovered as TrainingTopicId[],
    })),
    trainingAttendances: trainingAttendanceRows.map((a) => ({
      id: a.id,
      trainingSessionId: a.trainingSessionId,
      personId: a.email,
      attended: a.attended === true,
    })),
    infoSessions: sessions.map((s) => ({
      id: s.id,
      audience: s.audience,
      startsAt: s.startsAt.toISOString(),
      mode: s.place !== null && s.place.trim() !== '' ? 'in_person' : 'online',
      place: s.place,
      // The CHECK constraint keeps the column to the catalogue's topic IDs.
      topicsCovered: s.topicsCovered as InfoSessionTopicId[],
    })),
    infoSessionAttendances: registrations.map((r) => ({
      id: r.id,
      infoSessionId: r.infoSessionId,
      personId: r.email,
      attended: r.attended === true,
    })),
    recruitmentChannels: channels.map((c) => ({
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
      submittedAt: a.submittedAt.toISOString(),
      partnerReferralId: null,
    })),
    interviews: interviewRows.map(({ interview: i }) => ({
      id: i.id,
      applicationId: i.applicationId,
      at: i.scheduledAt.toISOString(),
      interviewerId: i.interviewerUserId,
      mode: i.mode,
      completedAt: i.completedAt?.toISOString() ?? null,
      committedPeriodMonths: i.committedPeriodMonths,
      committedContactIntervalDays: i.committedContactIntervalDays,
      expectationsRealistic: i.expectationsRealistic,
      expectationsNote: i.expectationsNote,
    })),
    decisions: decisionRows.map(({ decision: d }) => ({
      id: d.id,
      applicationId: d.applicationId,
      outcome: d.outcome,
      decidedAt: d.decidedAt.toISOString(),
      decidedById: d.decidedBy ?? '',
      reasonCode: d.refusalReason,
      reasonText: d.reasonText,
    })),
    decisionMessages: messageRows.flatMap((m) =>
      m.decisionId === null || (m.kind !== 'confirmation' && m.kind !== 'refusal')
        ? []
        : [
            {
              id: m.id,
              decisionId: m.decisionId,
              kind: m.kind,
              sentAt: m.sentAt?.toISOString() ?? null,
            },
          ],
    ),
    partnerReferrals: referralRows.map((r) => ({
      id: r.id,
      partnerOrganisationId: r.partnerId,
      submittedAt: r.submittedAt.toISOString(),
      via: r.via,
    })),
    onwardReferrals: onwardRows.map((o) => ({
      id: o.id,
      decisionId: o.decisionId,
      socialMapServiceId: o.serviceId,
      sentAt: o.sentAt?.toISOString() ?? null,
      receivedAt: null,
    })),
  };
}
