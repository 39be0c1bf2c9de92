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
  onwardReferrals,
  outboxMessages,
  outcomes,
  participantAccounts,
  programmes,
  recruitmentChannels,
  referrals,
  resources,
  type Transaction,
  trainingAttendances,
  trainingModules,
  trainingSessions,
  workshopInvitations,
  workshops,
} from '@tandem/db';
import {
  brusselsDate,
  emptyProgrammeEvidence,
  type InfoSessionTopicId,
  type ProgrammeEvidence,
  TRAINING_TOPIC_IDS,
  type TrainingTopicId,
} from '@tandem/domain';
import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
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
 * - D5's workshops are the programme's workshops not called off, on their Brussels day, with
 *   their invitations; an invitation's mentor is the application's e-mail, and attendance not
 *   yet recorded is "did not attend";
 * - an agreement version belongs to the duo of its match (versions of a match without a duo
 *   belong to no duo and are left out), with its mentor's and mentee's acceptance;
 * - a duo's mentor and mentee are persons (e-mail) like training attendees: A5 counts a mentor
 *   once, however many applications; a duo's end is its `ended_on` with its kind, reason
 *   code and who ended it (null while active);
 * - pauses, contacts, coach assignments and check-ins are those of the programme's duos;
 * - E1's closures are the programme's duos' closure records; E2's closing meetings are the
 *   held ones only, on their `held_on` day (a planned, cancelled or not held one is no
 *   evidence); E3's evaluations are those of the programme's duos, answered or not, whenever;
 * - D4's resources are the programme's library rows, withdrawn or not, with their review and
 *   withdrawal days;
 * - outcomes are those of the programme's mentee applications, their mentee the application's
 *   e-mail like a duo's mentee;
 * - the rest of a programme's life (workshops, …) stays empty here.
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
  const duoIds = duoRows.map(({ duo }) => duo.id);
  const pauseRows = await tx
    .select()
    .from(duoPauses)
    .where(and(eq(duoPauses.tenantId, tenantId), inArray(duoPauses.duoId, duoIds)));
  const contactRows = await tx
    .select()
    .from(duoContacts)
    .where(and(eq(duoContacts.tenantId, tenantId), inArray(duoContacts.duoId, duoIds)));
  const assignmentRows = await tx
    .select()
    .from(coachAssignments)
    .where(and(eq(coachAssignments.tenantId, tenantId), inArray(coachAssignments.duoId, duoIds)))
    .orderBy(asc(coachAssignments.id));
  const checkInRows = await tx
    .select()
    .from(checkIns)
    .where(and(eq(checkIns.tenantId, tenantId), inArray(checkIns.duoId, duoIds)))
    .orderBy(asc(checkIns.id));
  const closureRows = await tx
    .select()
    .from(duoClosures)
    .where(and(eq(duoClosures.tenantId, tenantId), inArray(duoClosures.duoId, duoIds)))
    .orderBy(asc(duoClosures.id));
  const closingMeetingRows = await tx
    .select()
    .from(closingMeetings)
    .where(
      and(
        eq(closingMeetings.tenantId, tenantId),
        inArray(closingMeetings.duoId, duoIds),
        eq(closingMeetings.status, 'held'),
      ),
    )
    .orderBy(asc(closingMeetings.id));
  const evaluationRows = await tx
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.tenantId, tenantId), inArray(evaluations.duoId, duoIds)))
    .orderBy(asc(evaluations.id));
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

  const workshopRows = await tx
    .select()
    .from(workshops)
    .where(
      and(
        eq(workshops.tenantId, tenantId),
        eq(workshops.programmeId, programmeId),
        isNull(workshops.cancelledAt),
      ),
    )
    .orderBy(asc(workshops.id));
  const invitationRows =
    workshopRows.length === 0
      ? []
      : await tx
          .select({ invitation: workshopInvitations, email: applications.email })
          .from(workshopInvitations)
          .innerJoin(
            applications,
            and(
              eq(applications.tenantId, workshopInvitations.tenantId),
              eq(applications.id, workshopInvitations.applicationId),
            ),
          )
          .where(
            and(
              eq(workshopInvitations.tenantId, tenantId),
              inArray(
                workshopInvitations.workshopId,
                workshopRows.map((w) => w.id),
              ),
            ),
          )
          .orderBy(asc(workshopInvitations.id));

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
      end:
        duo.endedOn === null || duo.endKind === null || duo.endedBy === null
          ? null
          : {
              on: duo.endedOn,
              kind: duo.endKind,
              reasonCode: duo.endReasonCode,
              endedBy: duo.endedBy,
            },
    })),
    pauses: pauseRows.map((p) => ({
      id: p.id,
      duoId: p.duoId,
      from: p.fromDate,
      until: p.untilDate,
    })),
    contacts: contactRows.map((c) => ({
      id: c.id,
      duoId: c.duoId,
      on: c.contactOn,
      mode: c.mode,
      durationMinutes: c.durationMinutes,
      loggedBy: c.loggedBy,
    })),
    coachAssignments: assignmentRows.map((a) => ({
      id: a.id,
      duoId: a.duoId,
      coachId: a.coachUserId,
      from: a.fromDate,
      until: a.untilDate,
    })),
    checkIns: checkInRows.map((c) => ({
      id: c.id,
      duoId: c.duoId,
      coachId: c.coachUserId,
      on: c.checkInOn,
      withWhom: c.withWhom,
      going: c.going,
      followUpNeeded: c.followUpNeeded,
    })),
    closures: closureRows.map((c) => ({
      id: c.id,
      duoId: c.duoId,
      startedAt: c.startedAt.toISOString(),
    })),
    closingMeetings: closingMeetingRows.flatMap((m) =>
      m.heldOn === null ? [] : [{ id: m.id, duoId: m.duoId, on: m.heldOn, mode: m.mode }],
    ),
    evaluations: evaluationRows.map((e) => ({
      id: e.id,
      duoId: e.duoId,
      role: e.role,
      sentAt: e.sentAt.toISOString(),
      completedAt: e.completedAt?.toISOString() ?? null,
    })),
    workshops: workshopRows.map((w) => ({
      id: w.id,
      on: brusselsDate(w.startsAt.toISOString()),
      theme: w.theme,
      kind: w.kind,
    })),
    workshopInvitations: invitationRows.map(({ invitation: i, email }) => ({
      id: i.id,
      workshopId: i.workshopId,
      mentorId: email,
      attended: i.attended === true,
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
    resources: await loadResources(tx, tenantId, programmeId),
    outcomes: await loadOutcomes(tx, tenantId, programmeId),
    onwardReferrals: onwardRows.map((o) => ({
      id: o.id,
      decisionId: o.decisionId,
      socialMapServiceId: o.serviceId,
      sentAt: o.sentAt?.toISOString() ?? null,
      receivedAt: null,
    })),
  };
}

async function loadResources(tx: Transaction, tenantId: string, programmeId: string) {
  return tx
    .select({
      id: resources.id,
      kind: resources.kind,
      title: resources.title,
      reviewedOn: resources.reviewedOn,
      withdrawnOn: resources.withdrawnOn,
    })
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), eq(resources.programmeId, programmeId)))
    .orderBy(asc(resources.id));
}

async function loadOutcomes(tx: Transaction, tenantId: string, programmeId: string) {
  const rows = await tx
    .select({ outcome: outcomes, email: applications.email })
    .from(outcomes)
    .innerJoin(
      applications,
      and(
        eq(applications.tenantId, outcomes.tenantId),
        eq(applications.id, outcomes.menteeApplicationId),
      ),
    )
    .where(and(eq(outcomes.tenantId, tenantId), eq(applications.programmeId, programmeId)))
    .orderBy(asc(outcomes.id));
  return rows.map(({ outcome: o, email }) => ({
    id: o.id,
    menteeId: email,
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
