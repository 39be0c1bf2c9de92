import { auditEvents, queryRows, unitOfWork } from '@tandem/db';
import { INTAKE_CONSENT_TEXT_VERSION } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type Client, createHarness, withKey } from './harness.ts';

/** Intake over HTTP: criteria A1–A4 and B1–B4, with their refusals. */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const admin = await h.signIn('admin@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const anon = h.as(null);
const org = h.deBrug;

async function userId(client: Client) {
  const me = await client.auth.me.query();
  if (!me) throw new Error('not signed in');
  return me.user.id;
}
const coachId = await userId(coach);
const coordinatorId = await userId(coordinator);
const operatorId = await userId(await h.signIn('operator@tandem.example'));

const programmes = await coordinator.programme.list.query({ organisationId: org });
const programme = programmes.find((p) => p.name.startsWith('Mentoring naar werk'));
const otherProgramme = programmes.find((p) => p.name.startsWith('Zomertraject'));
const [lePontProgramme] = await lePontCoordinator.programme.list.query({
  organisationId: h.lePont,
});
if (!programme || !otherProgramme || !lePontProgramme) throw new Error('demo programmes missing');
const scope = { organisationId: org, programmeId: programme.id };
const publicScope = { organisationSlug: 'de-brug', programmeId: programme.id };
const consent = { given: true, textVersion: INTAKE_CONSENT_TEXT_VERSION } as const;

const channels = await coordinator.recruitmentChannel.list.query(scope);
const mentorChannel = channels.find((c) => c.audience === 'mentor');
const menteeChannel = channels.find((c) => c.audience === 'mentee');
if (!mentorChannel || !menteeChannel) throw new Error('demo channels missing');

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function application(overrides: Record<string, unknown> = {}) {
  return {
    ...publicScope,
    role: 'mentee' as const,
    name: 'Amina Haddad',
    email: 'amina.haddad@example.org',
    preferredLocale: 'fr' as const,
    availability: [
      { day: 'wed' as const, part: 'evening' as const },
      { day: 'mon' as const, part: 'morning' as const },
    ],
    postcode: '2060',
    municipality: 'Antwerpen',
    languages: ['fr', 'ar', 'nl'],
    sector: 'zorg',
    goal: 'Werk vinden als zorgkundige.',
    birthYear: 1990,
    interests: ['lezen'],
    channelId: menteeChannel?.id ?? '',
    consent,
    ...overrides,
  };
}

async function findApplication(email: string, role: 'mentor' | 'mentee' = 'mentee') {
  const list = await coordinator.application.list.query({
    organisationId: org,
    programmeId: programme?.id ?? '',
    role,
    search: email,
  });
  const found = list.find((a) => a.email === email);
  if (!found) throw new Error(`application ${email} missing`);
  return found;
}

/** Test set-up only: moves a session into the past so attendance can be taken. */
async function moveSessionToPast(infoSessionId: string) {
  await queryRows(
    h.database.ownerHandle.db,
    sql`update info_sessions set starts_at = now() - interval '1 hour' where id = ${infoSessionId} returning id`,
  );
}

async function completeInterview(applicationId: string) {
  const interview = await coordinator.interview.schedule.mutate({
    organisationId: org,
    applicationId,
    interviewerUserId: coordinatorId,
    scheduledAt: inDays(-1),
    mode: 'online',
  });
  return coordinator.interview.recordOutcome.mutate({
    organisationId: org,
    interviewId: interview.id,
    committedPeriodMonths: 6,
    committedContactIntervalDays: 14,
    expectationsRealistic: true,
  });
}

describe('recruitment channels (A2, B1)', () => {
  it('lets a coordinator create, rename and delete an unused channel', async () => {
    const created = await coordinator.recruitmentChannel.create.mutate({
      ...scope,
      kind: 'event',
      name: 'Jobbeurs Antwerpen',
      audience: 'both',
    });
    expect(created).toMatchObject({ kind: 'event', audience: 'both' });
    const renamed = await coordinator.recruitmentChannel.update.mutate({
      organisationId: org,
      channelId: created.id,
      kind: 'event',
      name: 'Jobbeurs Antwerpen 2026',
      audience: 'mentee',
    });
    expect(renamed.name).toBe('Jobbeurs Antwerpen 2026');
    expect((await coordinator.recruitmentChannel.list.query(scope)).map((c) => c.id)).toContain(
      created.id,
    );
    await coordinator.recruitmentChannel.delete.mutate({
      organisationId: org,
      channelId: created.id,
    });
    expect((await coordinator.recruitmentChannel.list.query(scope)).map((c) => c.id)).not.toContain(
      created.id,
    );
  });

  it('refuses to delete a channel an application came through', async () => {
    await expect(
      coordinator.recruitmentChannel.delete.mutate({
        organisationId: org,
        channelId: mentorChannel.id,
      }),
    ).rejects.toEqual(withKey('intake.channel_in_use'));
  });

  it('lets a coach see channels but not change them', async () => {
    expect(await coach.recruitmentChannel.list.query(scope)).toHaveLength(channels.length);
    await expect(
      coach.recruitmentChannel.create.mutate({
        ...scope,
        kind: 'alumni',
        name: 'Oud-mentoren',
        audience: 'mentor',
      }),
    ).rejects.toEqual(withKey('forbidden'));
  });
});

describe('info sessions and public registration (A1, B2)', () => {
  it('publishes upcoming sessions with free places and nothing else', async () => {
    const session = await coordinator.infoSession.schedule.mutate({
      ...scope,
      audience: 'mentee',
      startsAt: inDays(10),
      onlineUrl: 'https://meet.example.org/debrug-info',
      capacity: 2,
    });
    const page = await anon.publicIntake.programme.query(publicScope);
    expect(Object.keys(page).sort()).toEqual([
      'channels',
      'infoSessions',
      'organisation',
      'programme',
    ]);
    expect(Object.keys(page.programme).sort()).toEqual(['description', 'id', 'languages', 'name']);
    expect(page.organisation).toEqual({ name: 'De Brug vzw' });
    const listed = page.infoSessions.find((s) => s.id === session.id);
    expect(listed).toMatchObject({ online: true, freePlaces: 2, audience: 'mentee' });
    expect(JSON.stringify(page)).not.toContain('meet.example.org');
    expect(page.infoSessions.every((s) => Date.parse(s.startsAt) > Date.now())).toBe(true);
  });

  it('registers people without an account up to the capacity, never twice for one e-mail', async () => {
    const session = await coordinator.infoSession.schedule.mutate({
      ...scope,
      audience: 'mentor',
      startsAt: inDays(5),
      place: 'De Brug, zaal 2',
      capacity: 2,
    });
    const register = (name: string, email: string) =>
      anon.publicIntake.registerForInfoSession.mutate({
        ...publicScope,
        infoSessionId: session.id,
        name,
        email,
        locale: 'nl',
        consent,
      });
    await expect(register('Piet Claes', 'piet@example.org')).resolves.toMatchObject({
      place: 'De Brug, zaal 2',
    });
    await register('Piet Claes', ' PIET@example.org ');
    await register('Lien Maes', 'lien@example.org');
    await expect(register('Too Late', 'late@example.org')).rejects.toEqual(
      withKey('intake.info_session_full'),
    );
    const detail = await coordinator.infoSession.get.query({
      organisationId: org,
      infoSessionId: session.id,
    });
    expect(detail.registrations.map((r) => r.email).sort()).toEqual([
      'lien@example.org',
      'piet@example.org',
    ]);
    expect(detail.registrations[0]).toMatchObject({
      consentTextVersion: INTAKE_CONSENT_TEXT_VERSION,
      attended: null,
    });
    const page = await anon.publicIntake.programme.query(publicScope);
    expect(page.infoSessions.find((s) => s.id === session.id)?.freePlaces).toBe(0);
  });

  it('refuses registration for a session in the past', async () => {
    const sessions = await coordinator.infoSession.list.query(scope);
    const past = sessions.find((s) => Date.parse(s.startsAt) < Date.now());
    if (!past) throw new Error('demo past session missing');
    await expect(
      anon.publicIntake.registerForInfoSession.mutate({
        ...publicScope,
        infoSessionId: past.id,
        name: 'Late',
        email: 'late@example.org',
        locale: 'nl',
        consent,
      }),
    ).rejects.toEqual(withKey('intake.info_session_past'));
  });

  it('answers not found for an unknown organisation, or a programme or session of another', async () => {
    await expect(
      anon.publicIntake.programme.query({ organisationSlug: 'nowhere', programmeId: programme.id }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      anon.publicIntake.programme.query({
        organisationSlug: 'de-brug',
        programmeId: lePontProgramme.id,
      }),
    ).rejects.toEqual(withKey('not_found'));
    const [lePontSession] = await lePontCoordinator.infoSession.list.query({
      organisationId: h.lePont,
      programmeId: lePontProgramme.id,
    });
    await expect(
      anon.publicIntake.registerForInfoSession.mutate({
        ...publicScope,
        infoSessionId: lePontSession?.id ?? '',
        name: 'X',
        email: 'x@example.org',
        locale: 'fr',
        consent,
      }),
    ).rejects.toEqual(withKey('not_found'));
  });

  it('takes attendance once the session has started, and records the topics covered', async () => {
    const session = await coordinator.infoSession.schedule.mutate({
      ...scope,
      audience: 'mentee',
      startsAt: inDays(3),
      place: 'Bibliotheek Permeke',
      capacity: 10,
    });
    await anon.publicIntake.registerForInfoSession.mutate({
      ...publicScope,
      infoSessionId: session.id,
      name: 'Amina Haddad',
      email: 'amina.haddad@example.org',
      locale: 'fr',
      consent,
    });
    const { registrations } = await coordinator.infoSession.get.query({
      organisationId: org,
      infoSessionId: session.id,
    });
    const attendance = registrations.map((r) => ({ registrationId: r.id, attended: true }));
    await expect(
      coordinator.infoSession.recordAttendance.mutate({
        organisationId: org,
        infoSessionId: session.id,
        attendance,
      }),
    ).rejects.toEqual(withKey('intake.info_session_not_held'));
    await moveSessionToPast(session.id);
    const recorded = await coordinator.infoSession.recordAttendance.mutate({
      organisationId: org,
      infoSessionId: session.id,
      attendance,
    });
    expect(recorded).toMatchObject({ registered: 1, attended: 1 });
    const topics = await coordinator.infoSession.setTopicsCovered.mutate({
      organisationId: org,
      infoSessionId: session.id,
      topics: ['eligibility_and_role', 'content_benefits_challenges', 'voluntary_nature'],
    });
    expect(topics.coversAllTopics).toBe(true);
    await expect(
      coach.infoSession.setTopicsCovered.mutate({
        organisationId: org,
        infoSessionId: session.id,
        topics: [],
      }),
    ).rejects.toEqual(withKey('forbidden'));
  });
});

describe('applications and the pipeline', () => {
  it('takes a public application and keeps a second one by the same e-mail for review', async () => {
    await expect(anon.publicIntake.submitApplication.mutate(application())).resolves.toEqual({
      received: true,
    });
    await expect(
      anon.publicIntake.submitApplication.mutate(
        application({ email: 'Amina.Haddad@EXAMPLE.org', goal: 'Werk in de zorg, halftijds.' }),
      ),
    ).resolves.toEqual({ received: true });
    const list = await coordinator.application.list.query({ ...scope, search: 'haddad' });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      submissionCount: 2,
      pendingSubmissions: 1,
      role: 'mentee',
      stage: 'info_session',
    });
    const detail = await coordinator.application.get.query({
      organisationId: org,
      applicationId: list[0]?.id ?? '',
    });
    expect(detail).toMatchObject({
      goal: 'Werk vinden als zorgkundige.',
      availability: [
        { day: 'mon', part: 'morning' },
        { day: 'wed', part: 'evening' },
      ],
      channel: { id: menteeChannel.id },
      experienceYears: null,
    });
    expect(detail.submissions.map((s) => s.fields.goal)).toEqual(['Werk in de zorg, halftijds.']);
    expect(detail.infoSessions.some((s) => s.attended)).toBe(true);
    const goalChanges = await unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(
          sql`${auditEvents.tableName} = 'applications' and ${auditEvents.operation} = 'UPDATE'
              and ${auditEvents.after}->>'id' = ${detail.id}
              and ${auditEvents.before}->>'goal' is distinct from ${auditEvents.after}->>'goal'`,
        ),
    );
    expect(goalChanges).toHaveLength(0);
  });

  it('keeps a mentor and a mentee application by the same person apart', async () => {
    await anon.publicIntake.submitApplication.mutate(
      application({ role: 'mentor', channelId: mentorChannel.id, experienceYears: 12 }),
    );
    const list = await coordinator.application.list.query({ ...scope, search: 'HADDAD' });
    expect(list.map((a) => a.role).sort()).toEqual(['mentee', 'mentor']);
  });

  it('refuses a channel of another programme or for the other role', async () => {
    await expect(
      anon.publicIntake.submitApplication.mutate(
        application({ email: 'x1@example.org', channelId: mentorChannel.id }),
      ),
    ).rejects.toEqual(withKey('intake.channel_invalid'));
    const other = await coordinator.recruitmentChannel.create.mutate({
      organisationId: org,
      programmeId: otherProgramme.id,
      kind: 'social_media',
      name: 'Instagram',
      audience: 'both',
    });
    await expect(
      anon.publicIntake.submitApplication.mutate(
        application({ email: 'x2@example.org', channelId: other.id }),
      ),
    ).rejects.toEqual(withKey('intake.channel_invalid'));
  });

  it('filters the pipeline by role, channel and stage, and searches name or e-mail', async () => {
    const mentees = await coordinator.application.list.query({ ...scope, role: 'mentee' });
    expect(mentees.length).toBeGreaterThan(0);
    expect(mentees.every((a) => a.role === 'mentee')).toBe(true);
    const viaMentorChannel = await coordinator.application.list.query({
      ...scope,
      channelId: mentorChannel.id,
    });
    expect(viaMentorChannel.every((a) => a.channel.id === mentorChannel.id)).toBe(true);
    const decided = await coordinator.application.list.query({ ...scope, stage: 'decision' });
    expect(decided.map((a) => a.name)).toContain('Pieter Claes');
    expect(decided.every((a) => a.stage === 'decision')).toBe(true);
    // An accepted mentor moves on to training (A5) until the ten topics are covered.
    const inTraining = await coordinator.application.list.query({ ...scope, stage: 'training' });
    expect(inTraining.map((a) => a.name)).toContain('Jan De Smet');
    expect(
      await coordinator.application.list.query({ ...scope, search: 'JAN.desmet' }),
    ).toHaveLength(1);
    expect(await coordinator.application.list.query({ ...scope, search: '%' })).toHaveLength(0);
    expect((await coach.application.list.query(scope)).length).toBeGreaterThan(0);
  });
});

describe('interviews (A3, B3) and decisions (A4, B4)', () => {
  it('refuses to accept without a complete interview, and writes nothing', async () => {
    await anon.publicIntake.submitApplication.mutate(
      application({ name: 'Bram Wouters', email: 'bram@example.org', preferredLocale: 'nl' }),
    );
    const bram = await findApplication('bram@example.org');
    await coordinator.interview.schedule.mutate({
      organisationId: org,
      applicationId: bram.id,
      interviewerUserId: coachId,
      scheduledAt: inDays(2),
      mode: 'in_person',
    });
    await expect(
      coordinator.decision.decide.mutate({
        organisationId: org,
        applicationId: bram.id,
        outcome: 'accepted',
      }),
    ).rejects.toEqual(withKey('intake.interview_required'));
    const detail = await coordinator.application.get.query({
      organisationId: org,
      applicationId: bram.id,
    });
    expect(detail.decision).toBeNull();
    expect(detail.interviews[0]?.complete).toBe(false);
  });

  it('refuses a refusal without a reason or without text', async () => {
    const bram = await findApplication('bram@example.org');
    await expect(
      coordinator.decision.decide.mutate({
        organisationId: org,
        applicationId: bram.id,
        outcome: 'refused',
        refusalReason: 'withdrew',
      }),
    ).rejects.toMatchObject({
      data: { fieldErrors: { reasonText: { key: 'intake.refusal_text_required' } } },
    });
    await expect(
      coordinator.decision.decide.mutate({
        organisationId: org,
        applicationId: bram.id,
        outcome: 'refused',
        reasonText: 'Geen tijd meer.',
      }),
    ).rejects.toMatchObject({
      data: { fieldErrors: { refusalReason: { key: 'intake.refusal_reason_required' } } },
    });
  });

  it('lets a coach interview, but only as the interviewer, and not decide', async () => {
    const bram = await findApplication('bram@example.org');
    await expect(
      coach.interview.schedule.mutate({
        organisationId: org,
        applicationId: bram.id,
        interviewerUserId: coordinatorId,
        scheduledAt: inDays(1),
        mode: 'online',
      }),
    ).rejects.toEqual(withKey('forbidden'));
    const mine = await coach.interview.schedule.mutate({
      organisationId: org,
      applicationId: bram.id,
      interviewerUserId: coachId,
      scheduledAt: inDays(1),
      mode: 'online',
    });
    const theirs = await coordinator.interview.schedule.mutate({
      organisationId: org,
      applicationId: bram.id,
      interviewerUserId: coordinatorId,
      scheduledAt: inDays(1),
      mode: 'online',
    });
    const outcome = {
      organisationId: org,
      committedPeriodMonths: 9,
      committedContactIntervalDays: 7,
      expectationsRealistic: false,
      expectationsNote: 'Verwacht binnen een maand werk.',
    };
    await expect(
      coach.interview.recordOutcome.mutate({ ...outcome, interviewId: theirs.id }),
    ).rejects.toEqual(withKey('forbidden'));
    const recorded = await coach.interview.recordOutcome.mutate({
      ...outcome,
      interviewId: mine.id,
    });
    expect(recorded).toMatchObject({ complete: true, committedContactIntervalDays: 7 });
    expect((await findApplication('bram@example.org')).stage).toBe('interview');
    await expect(
      coach.decision.decide.mutate({
        organisationId: org,
        applicationId: bram.id,
        outcome: 'accepted',
      }),
    ).rejects.toEqual(withKey('forbidden'));
  });

  it('refuses an interviewer who is not a member of the organisation', async () => {
    const bram = await findApplication('bram@example.org');
    await expect(
      coordinator.interview.schedule.mutate({
        organisationId: org,
        applicationId: bram.id,
        interviewerUserId: operatorId,
        scheduledAt: inDays(1),
        mode: 'online',
      }),
    ).rejects.toEqual(withKey('intake.interviewer_not_member'));
  });

  it('accepts after a complete interview and queues the confirmation in the applicant’s language', async () => {
    await coordinator.messageTemplate.save.mutate({
      ...scope,
      kind: 'confirmation',
      locale: 'fr',
      subject: 'Bienvenue, {{name}} !',
      body: '{{organisation}} confirme votre place dans {{programme}}.',
    });
    const templates = await coordinator.messageTemplate.list.query(scope);
    expect(templates).toHaveLength(6);
    expect(templates.find((t) => t.kind === 'confirmation' && t.locale === 'fr')?.isDefault).toBe(
      false,
    );
    expect(templates.find((t) => t.kind === 'refusal' && t.locale === 'fr')?.isDefault).toBe(true);

    const amina = (
      await coordinator.application.list.query({ ...scope, role: 'mentee', search: 'haddad' })
    )[0];
    if (!amina) throw new Error('application missing');
    await completeInterview(amina.id);
    const result = await coordinator.decision.decide.mutate({
      organisationId: org,
      applicationId: amina.id,
      outcome: 'accepted',
    });
    expect(result.decision).toMatchObject({ outcome: 'accepted', refusalReason: null });
    expect(result.message).toMatchObject({
      to: 'amina.haddad@example.org',
      locale: 'fr',
      status: 'queued',
      subject: 'Bienvenue, Amina Haddad !',
      body: `De Brug vzw confirme votre place dans ${programme.name}.`,
    });
    expect(result.onwardReferralOwed).toBe(false);
    await expect(
      coordinator.decision.decide.mutate({
        organisationId: org,
        applicationId: amina.id,
        outcome: 'refused',
        refusalReason: 'other',
        reasonText: 'Vergissing',
      }),
    ).rejects.toEqual(withKey('intake.already_decided'));
    expect((await findApplication('amina.haddad@example.org')).stage).toBe('decision');
  });

  it('refuses “needs other support” only with an onward referral to the social map (B5), in Dutch', async () => {
    const bram = await findApplication('bram@example.org');
    const refusal = {
      organisationId: org,
      applicationId: bram.id,
      outcome: 'refused' as const,
      refusalReason: 'needs_other_support' as const,
      reasonText: 'We raden je het traject van het OCMW aan.',
    };
    await expect(admin.decision.decide.mutate(refusal)).rejects.toMatchObject({
      data: { fieldErrors: { onwardReferral: { key: 'intake.onward_referral_required' } } },
    });
    // A service of another organisation's social map is unknown here.
    const [lePontService] = await lePontCoordinator.socialMap.list.query({
      organisationId: h.lePont,
      programmeId: lePontProgramme.id,
    });
    if (!lePontService) throw new Error('demo social map missing');
    await expect(
      admin.decision.decide.mutate({
        ...refusal,
        onwardReferral: { serviceId: lePontService.id, note: 'x' },
      }),
    ).rejects.toEqual(withKey('social_map.service_unknown'));
    expect((await findApplication('bram@example.org')).stage).not.toBe('decision');

    const services = await coordinator.socialMap.list.query(scope);
    const partnerService = services.find((s) => s.partnerId !== null);
    if (!partnerService) throw new Error('demo partner service missing');
    const result = await admin.decision.decide.mutate({
      ...refusal,
      onwardReferral: { serviceId: partnerService.id, note: 'Begeleiding naar werk via VDAB.' },
    });
    expect(result.onwardReferralOwed).toBe(false);
    expect(result.onwardReferral).toMatchObject({
      serviceId: partnerService.id,
      note: 'Begeleiding naar werk via VDAB.',
      toPartner: true,
    });
    expect(result.onwardReferral?.sentAt).not.toBeNull();
    expect(result.message).toMatchObject({ locale: 'nl', status: 'queued' });
    expect(result.message.body).toContain('een andere vorm van ondersteuning past beter');
    expect(result.message.body).toContain('We raden je het traject van het OCMW aan.');
    const detail = await coordinator.application.get.query({
      organisationId: org,
      applicationId: bram.id,
    });
    expect(detail.decision).toMatchObject({
      outcome: 'refused',
      refusalReason: 'needs_other_support',
      onwardReferralOwed: false,
      onwardReferral: { serviceId: partnerService.id },
    });
    // The service is in use now: it cannot be deleted from the social map.
    await expect(
      coordinator.socialMap.delete.mutate({ organisationId: org, serviceId: partnerService.id }),
    ).rejects.toEqual(withKey('social_map.service_in_use'));
  });

  it('lists the outbox and records who marked a message sent, once', async () => {
    const queued = await coordinator.outbox.list.query({ organisationId: org, status: 'queued' });
    expect(queued.length).toBeGreaterThanOrEqual(2);
    expect(queued.every((m) => m.status === 'queued')).toBe(true);
    const [first] = queued;
    if (!first) throw new Error('queued message missing');
    await expect(
      coach.outbox.markSent.mutate({ organisationId: org, messageId: first.id }),
    ).rejects.toEqual(withKey('forbidden'));
    const sent = await coordinator.outbox.markSent.mutate({
      organisationId: org,
      messageId: first.id,
    });
    expect(sent).toMatchObject({ status: 'sent', sentBy: coordinatorId });
    expect(sent.sentAt).not.toBeNull();
    await expect(
      coordinator.outbox.markSent.mutate({ organisationId: org, messageId: first.id }),
    ).rejects.toEqual(withKey('intake.message_already_sent'));
    const sentList = await coordinator.outbox.list.query({ organisationId: org, status: 'sent' });
    expect(sentList.map((m) => m.id)).toContain(first.id);
  });
});

describe("another organisation's ids", () => {
  it('are not found, by their own organisation id or under ours', async () => {
    const [lePontApplication] = await lePontCoordinator.application.list.query({
      organisationId: h.lePont,
      programmeId: lePontProgramme.id,
      stage: 'training',
    });
    const [lePontChannel] = await lePontCoordinator.recruitmentChannel.list.query({
      organisationId: h.lePont,
      programmeId: lePontProgramme.id,
    });
    const [lePontSession] = await lePontCoordinator.infoSession.list.query({
      organisationId: h.lePont,
      programmeId: lePontProgramme.id,
    });
    const [lePontMessage] = await lePontCoordinator.outbox.list.query({
      organisationId: h.lePont,
    });
    if (!lePontApplication || !lePontChannel || !lePontSession || !lePontMessage)
      throw new Error('Le Pont demo intake missing');
    const lePontDetail = await lePontCoordinator.application.get.query({
      organisationId: h.lePont,
      applicationId: lePontApplication.id,
    });
    const lePontInterview = lePontDetail.interviews[0];
    const notFound = withKey('not_found');

    // Their organisation id: we are not a member.
    await expect(
      coordinator.application.get.query({
        organisationId: h.lePont,
        applicationId: lePontApplication.id,
      }),
    ).rejects.toEqual(notFound);
    // Our organisation id with their record ids: row-level security hides them.
    await expect(
      coordinator.application.get.query({
        organisationId: org,
        applicationId: lePontApplication.id,
      }),
    ).rejects.toEqual(notFound);
    await expect(
      coordinator.application.list.query({ organisationId: org, programmeId: lePontProgramme.id }),
    ).rejects.toEqual(notFound);
    await expect(
      coordinator.recruitmentChannel.update.mutate({
        organisationId: org,
        channelId: lePontChannel.id,
        kind: 'other',
        name: 'hijacked',
        audience: 'both',
      }),
    ).rejects.toEqual(notFound);
    await expect(
      coordinator.recruitmentChannel.delete.mutate({
        organisationId: org,
        channelId: lePontChannel.id,
      }),
    ).rejects.toEqual(notFound);
    await expect(
      coordinator.infoSession.get.query({ organisationId: org, infoSessionId: lePontSession.id }),
    ).rejects.toEqual(notFound);
    await expect(
      coordinator.infoSession.setTopicsCovered.mutate({
        organisationId: org,
        infoSessionId: lePontSession.id,
        topics: [],
      }),
    ).rejects.toEqual(notFound);
    await expect(
      coordinator.interview.schedule.mutate({
        organisationId: org,
        applicationId: lePontApplication.id,
        interviewerUserId: coordinatorId,
        scheduledAt: inDays(1),
        mode: 'online',
      }),
    ).rejects.toEqual(notFound);
    await expect(
      coordinator.interview.recordOutcome.mutate({
        organisationId: org,
        interviewId: lePontInterview?.id ?? '',
        committedPeriodMonths: 1,
        committedContactIntervalDays: 1,
        expectationsRealistic: true,
      }),
    ).rejects.toEqual(notFound);
    await expect(
      coordinator.decision.decide.mutate({
        organisationId: org,
        applicationId: lePontApplication.id,
        outcome: 'refused',
        refusalReason: 'other',
        reasonText: 'x',
      }),
    ).rejects.toEqual(notFound);
    await expect(
      coordinator.messageTemplate.save.mutate({
        organisationId: org,
        programmeId: lePontProgramme.id,
        kind: 'refusal',
        locale: 'fr',
        subject: 'x',
        body: 'y',
      }),
    ).rejects.toEqual(notFound);
    await expect(
      coordinator.outbox.markSent.mutate({ organisationId: org, messageId: lePontMessage.id }),
    ).rejects.toEqual(notFound);
    expect(
      (await coordinator.outbox.list.query({ organisationId: org })).map((m) => m.id),
    ).not.toContain(lePontMessage.id);

    const [untouched] = await queryRows<{ n: number }>(
      h.database.ownerHandle.db,
      sql`select count(*)::int as n from decisions where tenant_id = ${h.lePont}`,
    );
    // The demo's thirty-eight: the accepted mentor, the mentee referred on (B5), the pair of
    // the duo that started two years ago, the pair proposed to each other in the portal, the
    // four pairs at the other stages of a duo's start, the three active duos' pairs, the pair
    // of the duo ended early last month, Aminata's running duo's pair, the pair whose
    // six-month follow-up is due, and the twelve people ready to match.
    expect(untouched?.n).toBe(38);
  });
});
