import { queryRows, unitOfWork } from '@tandem/db';
import { INTAKE_CONSENT_TEXT_VERSION, TRAINING_TOPIC_IDS } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type Client, createHarness, withKey } from './harness.ts';

/** Mentor training over HTTP (criterion A5): curriculum, sessions, attendance, coverage. */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const anon = h.as(null);
const org = h.deBrug;

async function userId(client: Client) {
  const me = await client.auth.me.query();
  if (!me) throw new Error('not signed in');
  return me.user.id;
}
const coordinatorId = await userId(coordinator);

const programmes = await coordinator.programme.list.query({ organisationId: org });
const programme = programmes.find((p) => p.name.startsWith('Mentoring naar werk'));
const otherProgramme = programmes.find((p) => p.name.startsWith('Zomertraject'));
const [lePontProgramme] = await lePontCoordinator.programme.list.query({
  organisationId: h.lePont,
});
if (!programme || !otherProgramme || !lePontProgramme) throw new Error('demo programmes missing');
const scope = { organisationId: org, programmeId: programme.id };
const lePontScope = { organisationId: h.lePont, programmeId: lePontProgramme.id };
const channels = await coordinator.recruitmentChannel.list.query(scope);
const mentorChannel = channels.find((c) => c.audience === 'mentor');
const menteeChannel = channels.find((c) => c.audience === 'mentee');
if (!mentorChannel || !menteeChannel) throw new Error('demo channels missing');

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Applies through the public form, interviews and decides: returns the application ID. */
async function applicant(
  email: string,
  role: 'mentor' | 'mentee',
  outcome: 'accepted' | 'refused' | null,
  programmeId = programme?.id ?? '',
) {
  await anon.publicIntake.submitApplication.mutate({
    organisationSlug: 'de-brug',
    programmeId,
    role,
    name: `Person ${email}`,
    email,
    preferredLocale: 'nl',
    availability: [{ day: 'wed', part: 'evening' }],
    postcode: '2000',
    municipality: 'Antwerpen',
    languages: ['nl'],
    sector: 'logistiek',
    ...(role === 'mentor' ? { experienceYears: 10 } : {}),
    goal: 'Helpen.',
    birthYear: 1975,
    interests: [],
    channelId:
      programmeId === programme?.id
        ? role === 'mentor'
          ? (mentorChannel?.id ?? '')
          : (menteeChannel?.id ?? '')
        : (
            await coordinator.recruitmentChannel.create.mutate({
              organisationId: org,
              programmeId,
              kind: 'other',
              name: `Kanaal ${email}`,
              audience: 'both',
            })
          ).id,
    consent: { given: true, textVersion: INTAKE_CONSENT_TEXT_VERSION },
  });
  const [found] = await unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
    queryRows<{ id: string }>(
      tx,
      sql`select id::text as id from applications where email = ${email} and programme_id = ${programmeId} and role = ${role}`,
    ),
  );
  if (!found) throw new Error(`application ${email} missing`);
  if (outcome === null) return found.id;
  const interview = await coordinator.interview.schedule.mutate({
    organisationId: org,
    applicationId: found.id,
    interviewerUserId: coordinatorId,
    scheduledAt: inDays(-1),
    mode: 'online',
  });
  await coordinator.interview.recordOutcome.mutate({
    organisationId: org,
    interviewId: interview.id,
    committedPeriodMonths: 6,
    committedContactIntervalDays: 14,
    expectationsRealistic: true,
  });
  await coordinator.decision.decide.mutate({
    organisationId: org,
    applicationId: found.id,
    outcome,
    ...(outcome === 'refused' ? { refusalReason: 'withdrew', reasonText: 'Geen tijd.' } : {}),
  });
  return found.id;
}

async function stageOf(applicationId: string) {
  const detail = await coordinator.application.get.query({ organisationId: org, applicationId });
  return detail.stage;
}

describe('curriculum (A5)', () => {
  it('maps modules to topics and reports the coverage of the ten, naming the missing ones', async () => {
    const other = { organisationId: org, programmeId: otherProgramme.id };
    const empty = await coordinator.training.curriculum.list.query(other);
    expect(empty.coverage).toMatchObject({ count: 0, total: 10, complete: false });
    const saved = await coordinator.training.curriculum.saveModule.mutate({
      ...other,
      name: 'Introductie',
      description: 'Wat is mentoring?',
      topics: ['programme_goals', 'definition', 'definition'],
    });
    expect(saved.topics).toEqual(['definition', 'programme_goals']);
    const renamed = await coordinator.training.curriculum.saveModule.mutate({
      ...other,
      moduleId: saved.id,
      name: 'Introductie en doelen',
      topics: [...TRAINING_TOPIC_IDS.slice(0, 9)],
    });
    expect(renamed.name).toBe('Introductie en doelen');
    const partial = await coordinator.training.curriculum.list.query(other);
    expect(partial.coverage).toMatchObject({ count: 9, missing: ['relationship_stages'] });
    const second = await coordinator.training.curriculum.saveModule.mutate({
      ...other,
      name: 'Fasen',
      topics: ['relationship_stages'],
    });
    const full = await coordinator.training.curriculum.list.query(other);
    expect(full.modules.map((m) => m.name)).toEqual(['Introductie en doelen', 'Fasen']);
    expect(full.coverage).toMatchObject({ count: 10, missing: [], complete: true });
    await coordinator.training.curriculum.deleteModule.mutate({
      organisationId: org,
      moduleId: second.id,
    });
    expect((await coordinator.training.curriculum.list.query(other)).coverage.count).toBe(9);
  });

  it('shows the demo curriculum covering all ten topics', async () => {
    const demo = await coordinator.training.curriculum.list.query(scope);
    expect(demo.modules).toHaveLength(3);
    expect(demo.coverage.complete).toBe(true);
  });

  it('refuses a module without topics, and lets a coach read but not change', async () => {
    await expect(
      coordinator.training.curriculum.saveModule.mutate({ ...scope, name: 'Leeg', topics: [] }),
    ).rejects.toMatchObject({
      data: { fieldErrors: { topics: { key: 'training.topics_required' } } },
    });
    await expect(coach.training.curriculum.list.query(scope)).resolves.toMatchObject({
      coverage: { total: 10 },
    });
    await expect(
      coach.training.curriculum.saveModule.mutate({ ...scope, name: 'X', topics: ['tools'] }),
    ).rejects.toEqual(withKey('forbidden'));
    await expect(coach.training.coverage.list.query(scope)).resolves.toBeInstanceOf(Array);
  });

  it('answers not found for another tenant’s programme or module', async () => {
    const [lePontModule] = (await lePontCoordinator.training.curriculum.list.query(lePontScope))
      .modules;
    if (!lePontModule) throw new Error('Le Pont curriculum missing');
    await expect(
      coordinator.training.curriculum.list.query({
        organisationId: org,
        programmeId: lePontProgramme.id,
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      coordinator.training.curriculum.saveModule.mutate({
        organisationId: org,
        programmeId: programme.id,
        moduleId: lePontModule.id,
        name: 'Overgenomen',
        topics: ['tools'],
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      coordinator.training.curriculum.deleteModule.mutate({
        organisationId: org,
        moduleId: lePontModule.id,
      }),
    ).rejects.toEqual(withKey('not_found'));
  });
});

describe('training sessions, attendance and coverage (A5)', () => {
  it('flags a mentor lacking topics, and makes one reaching 10/10 ready to match', async () => {
    const mentorId = await applicant('trainee.one@example.org', 'mentor', 'accepted');
    expect(await stageOf(mentorId)).toBe('training');
    const { modules } = await coordinator.training.curriculum.list.query(scope);
    const third = modules.find((m) => m.topics.includes('ethics_safety'));
    const [first, second] = modules.filter((m) => m !== third);
    if (!first || !second || !third) throw new Error('demo modules missing');

    const past = await coordinator.training.session.schedule.mutate({
      ...scope,
      startsAt: inDays(-2),
      place: 'De Brug, zaal 1',
      trainer: 'An Peeters',
      moduleIds: [first.id, second.id],
      topics: ['tools'],
    });
    expect(past.topicsCovered).toEqual(
      TRAINING_TOPIC_IDS.filter((t) => [...first.topics, ...second.topics, 'tools'].includes(t)),
    );
    const detail = await coordinator.training.session.get.query({
      organisationId: org,
      trainingSessionId: past.id,
    });
    expect(detail.modules.map((m) => m.id).sort()).toEqual([first.id, second.id].sort());
    expect(detail.mentors.find((m) => m.applicationId === mentorId)).toMatchObject({
      status: 'none',
      coverage: { coveredCount: 0, ready: false },
    });
    await coordinator.training.session.recordAttendance.mutate({
      organisationId: org,
      trainingSessionId: past.id,
      attendance: [{ applicationId: mentorId, status: 'attended' }],
    });
    let coverage = await coordinator.training.coverage.list.query(scope);
    let mine = coverage.find((c) => c.applicationId === mentorId);
    expect(mine).toMatchObject({ ready: false, coveredCount: 8, sessionsAttended: 1 });
    expect(mine?.missing).toEqual(['ethics_safety', 'relationship_stages']);
    expect(mine?.covered).toContain('tools');
    expect(await stageOf(mentorId)).toBe('training');
    const pipeline = await coordinator.application.list.query({ ...scope, stage: 'training' });
    expect(pipeline.map((a) => a.id)).toContain(mentorId);

    // Registered and absent count for nothing; attended completes the ten.
    const later = await coordinator.training.session.schedule.mutate({
      ...scope,
      startsAt: inDays(-1),
      onlineUrl: 'https://meet.example.org/training-2',
      trainer: 'An Peeters',
      moduleIds: [third.id],
    });
    await coordinator.training.session.recordAttendance.mutate({
      organisationId: org,
      trainingSessionId: later.id,
      attendance: [{ applicationId: mentorId, status: 'absent' }],
    });
    expect(await stageOf(mentorId)).toBe('training');
    await coordinator.training.session.recordAttendance.mutate({
      organisationId: org,
      trainingSessionId: later.id,
      attendance: [{ applicationId: mentorId, status: 'attended' }],
    });
    coverage = await coordinator.training.coverage.list.query(scope);
    mine = coverage.find((c) => c.applicationId === mentorId);
    expect(mine).toMatchObject({ ready: true, coveredCount: 10, missing: [] });
    expect(await stageOf(mentorId)).toBe('ready_to_match');
    const ready = await coordinator.application.list.query({ ...scope, stage: 'ready_to_match' });
    expect(ready.map((a) => a.id)).toContain(mentorId);
    await expect(
      coordinator.training.coverage.get.query({ organisationId: org, applicationId: mentorId }),
    ).resolves.toMatchObject({ applies: true, ready: true });
    const sessions = await coordinator.training.session.list.query(scope);
    expect(sessions.find((s) => s.id === later.id)).toMatchObject({ registered: 1, attended: 1 });
  });

  it('shows the demo mentor in training with three topics missing', async () => {
    const coverage = await coordinator.training.coverage.list.query(scope);
    const jan = coverage.find((c) => c.name === 'Jan De Smet');
    expect(jan).toMatchObject({ ready: false, coveredCount: 7 });
    expect(jan?.missing).toEqual(['ethics_safety', 'tools', 'relationship_stages']);
  });

  it('takes attendance only for accepted mentors of the session’s programme', async () => {
    const session = await coordinator.training.session.schedule.mutate({
      ...scope,
      startsAt: inDays(-3),
      place: 'De Brug',
      trainer: 'An Peeters',
      topics: ['limits'],
    });
    const undecided = await applicant('trainee.undecided@example.org', 'mentor', null);
    const refused = await applicant('trainee.refused@example.org', 'mentor', 'refused');
    const mentee = await applicant('trainee.mentee@example.org', 'mentee', 'accepted');
    const elsewhere = await applicant(
      'trainee.elsewhere@example.org',
      'mentor',
      'accepted',
      otherProgramme.id,
    );
    for (const applicationId of [undecided, refused, mentee, elsewhere]) {
      await expect(
        coordinator.training.session.recordAttendance.mutate({
          organisationId: org,
          trainingSessionId: session.id,
          attendance: [{ applicationId, status: 'attended' }],
        }),
      ).rejects.toEqual(withKey('training.not_accepted_mentor'));
    }
    await expect(
      coordinator.training.coverage.get.query({ organisationId: org, applicationId: mentee }),
    ).resolves.toMatchObject({ applies: false });
    expect(await stageOf(mentee)).toBe('decision');
  });

  it('registers for an upcoming session but takes attendance only once it has started', async () => {
    const mentorId = await applicant('trainee.two@example.org', 'mentor', 'accepted');
    const upcoming = await coordinator.training.session.schedule.mutate({
      ...scope,
      startsAt: inDays(5),
      place: 'De Brug',
      trainer: 'An Peeters',
      topics: ['ethics_safety'],
    });
    await expect(
      coordinator.training.session.recordAttendance.mutate({
        organisationId: org,
        trainingSessionId: upcoming.id,
        attendance: [{ applicationId: mentorId, status: 'attended' }],
      }),
    ).rejects.toEqual(withKey('training.session_not_held'));
    const registered = await coordinator.training.session.recordAttendance.mutate({
      organisationId: org,
      trainingSessionId: upcoming.id,
      attendance: [{ applicationId: mentorId, status: 'registered' }],
    });
    expect(registered).toMatchObject({ registered: 1, attended: 0, held: false });
    const removed = await coordinator.training.session.recordAttendance.mutate({
      organisationId: org,
      trainingSessionId: upcoming.id,
      attendance: [{ applicationId: mentorId, status: 'none' }],
    });
    expect(removed.registered).toBe(0);
    await expect(
      coach.training.session.recordAttendance.mutate({
        organisationId: org,
        trainingSessionId: upcoming.id,
        attendance: [{ applicationId: mentorId, status: 'registered' }],
      }),
    ).rejects.toEqual(withKey('forbidden'));
    await expect(
      coach.training.session.get.query({ organisationId: org, trainingSessionId: upcoming.id }),
    ).resolves.toMatchObject({ id: upcoming.id });
  });

  it('refuses modules of another programme and answers not found across tenants', async () => {
    const { modules } = await lePontCoordinator.training.curriculum.list.query(lePontScope);
    const [lePontSession] = await lePontCoordinator.training.session.list.query(lePontScope);
    if (!modules[0] || !lePontSession) throw new Error('Le Pont training missing');
    await expect(
      coordinator.training.session.schedule.mutate({
        ...scope,
        startsAt: inDays(1),
        place: 'De Brug',
        trainer: 'X',
        moduleIds: [modules[0].id],
      }),
    ).rejects.toEqual(withKey('training.module_unknown'));
    await expect(
      coordinator.training.session.get.query({
        organisationId: org,
        trainingSessionId: lePontSession.id,
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      coordinator.training.session.recordAttendance.mutate({
        organisationId: org,
        trainingSessionId: lePontSession.id,
        attendance: [{ applicationId: lePontSession.id, status: 'registered' }],
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      coordinator.training.session.list.query({
        organisationId: org,
        programmeId: lePontProgramme.id,
      }),
    ).rejects.toEqual(withKey('not_found'));
    const [lePontMentor] = await lePontCoordinator.training.coverage.list.query(lePontScope);
    if (!lePontMentor) throw new Error('Le Pont mentor missing');
    await expect(
      coordinator.training.coverage.get.query({
        organisationId: org,
        applicationId: lePontMentor.applicationId,
      }),
    ).rejects.toEqual(withKey('not_found'));
    // The unit of work never sees the other tenant's training rows at all.
    const seen = await unitOfWork(h.database.db, { tenantId: org, userId: coordinatorId }, (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from training_sessions where tenant_id = ${h.lePont}`,
      ),
    );
    expect(seen[0]?.n).toBe(0);
  });
});
