import { auditEvents, unitOfWork } from '@tandem/db';
import { INTAKE_CONSENT_TEXT_VERSION } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type Client, createHarness, withKey } from './harness.ts';

/**
 * A second public application or registration with a known e-mail changes nothing staff
 * hold: it is kept beside the application for staff to merge or dismiss, and the person
 * submitting is answered exactly as anyone else.
 */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const org = h.deBrug;
const address = '192.0.2.44';
const anon = h.as(null, address);

async function userId(client: Client) {
  const me = await client.auth.me.query();
  if (!me) throw new Error('not signed in');
  return me.user.id;
}
const coordinatorId = await userId(coordinator);

const [programme] = await coordinator.programme.list.query({ organisationId: org });
if (!programme) throw new Error('demo programme missing');
const scope = { organisationId: org, programmeId: programme.id };
const publicScope = { organisationSlug: 'de-brug', programmeId: programme.id };
const consent = { given: true, textVersion: INTAKE_CONSENT_TEXT_VERSION } as const;
const channels = await coordinator.recruitmentChannel.list.query(scope);
const menteeChannels = channels.filter((c) => c.audience !== 'mentor');
const [firstChannel, laterChannel] = menteeChannels;
if (!firstChannel || !laterChannel) throw new Error('demo channels missing');

function application(overrides: Record<string, unknown> = {}) {
  return {
    ...publicScope,
    role: 'mentee' as const,
    name: 'Sara Peeters',
    email: 'sara.peeters@example.org',
    phone: '+32 3 123 45 67',
    preferredLocale: 'nl' as const,
    availability: [{ day: 'mon' as const, part: 'morning' as const }],
    postcode: '2000',
    municipality: 'Antwerpen',
    languages: ['nl'],
    sector: 'logistiek',
    goal: 'Werk vinden in de haven.',
    birthYear: 1992,
    interests: ['fietsen'],
    channelId: firstChannel?.id ?? '',
    consent,
    ...overrides,
  };
}

/** The public answer as the browser gets it: status, content type and body. */
async function submitRaw(path: string, input: unknown) {
  const response = await fetch(`${h.baseUrl}/trpc/publicIntake.${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify(input),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: await response.text(),
  };
}

async function findApplication(email: string) {
  const [found] = await coordinator.application.list.query({ ...scope, search: email });
  if (!found) throw new Error(`application ${email} missing`);
  return found;
}

const get = (applicationId: string) =>
  coordinator.application.get.query({ organisationId: org, applicationId });

describe('a second application by a known e-mail', () => {
  it('keeps the details held, attaches the submission and answers as for a new applicant', async () => {
    const fresh = await submitRaw('submitApplication', application());
    const duplicate = await submitRaw(
      'submitApplication',
      application({
        email: ' SARA.Peeters@example.org',
        name: 'Someone Else',
        phone: '+32 499 00 00 00',
        postcode: '2140',
        goal: 'Iets heel anders.',
        languages: ['fr', 'nl'],
        channelId: laterChannel?.id,
      }),
    );
    const stranger = await submitRaw(
      'submitApplication',
      application({ email: 'tom.stranger@example.org', name: 'Tom' }),
    );
    expect(fresh.status).toBe(200);
    expect(duplicate).toEqual(fresh);
    expect(stranger).toEqual(fresh);

    const list = await coordinator.application.list.query({ ...scope, search: 'peeters' });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ submissionCount: 2, pendingSubmissions: 1 });
    const detail = await get(list[0]?.id ?? '');
    expect(detail).toMatchObject({
      name: 'Sara Peeters',
      phone: '+32 3 123 45 67',
      goal: 'Werk vinden in de haven.',
      postcode: '2000',
      channel: { id: firstChannel.id },
    });
    expect(detail.submissions).toHaveLength(1);
    expect(detail.submissions[0]).toMatchObject({
      status: 'pending',
      channel: { id: laterChannel.id, name: laterChannel.name },
      consentTextVersion: INTAKE_CONSENT_TEXT_VERSION,
      reviewedAt: null,
      reviewedBy: null,
      mergedFields: [],
      fields: {
        name: 'Someone Else',
        phone: '+32 499 00 00 00',
        postcode: '2140',
        goal: 'Iets heel anders.',
        languages: ['fr', 'nl'],
        municipality: 'Antwerpen',
      },
    });
    expect(Date.parse(detail.submissions[0]?.consentAt ?? '')).not.toBeNaN();
    expect(Date.parse(detail.submissions[0]?.receivedAt ?? '')).not.toBeNaN();
  });

  it('takes over only the fields a coordinator chooses, and records who merged', async () => {
    const sara = await findApplication('sara.peeters@example.org');
    const [submission] = (await get(sara.id)).submissions;
    if (!submission) throw new Error('submission missing');
    await expect(
      coach.application.mergeSubmission.mutate({
        organisationId: org,
        submissionId: submission.id,
        fields: ['phone'],
      }),
    ).rejects.toEqual(withKey('forbidden'));
    await expect(
      lePontCoordinator.application.mergeSubmission.mutate({
        organisationId: h.lePont,
        submissionId: submission.id,
        fields: ['phone'],
      }),
    ).rejects.toEqual(withKey('not_found'));

    const merged = await coordinator.application.mergeSubmission.mutate({
      organisationId: org,
      submissionId: submission.id,
      fields: ['goal', 'phone'],
    });
    expect(merged).toMatchObject({
      status: 'merged',
      mergedFields: ['phone', 'goal'],
      reviewedBy: coordinatorId,
    });
    const detail = await get(sara.id);
    expect(detail).toMatchObject({
      name: 'Sara Peeters',
      postcode: '2000',
      languages: ['nl'],
      phone: '+32 499 00 00 00',
      goal: 'Iets heel anders.',
      channel: { id: firstChannel.id },
    });
    expect(detail.submissions[0]).toMatchObject({ status: 'merged', reviewedBy: coordinatorId });
    expect(Date.parse(detail.submissions[0]?.reviewedAt ?? '')).not.toBeNaN();
    expect((await findApplication('sara.peeters@example.org')).pendingSubmissions).toBe(0);

    const changes = await unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(
          sql`${auditEvents.tableName} = 'applications' and ${auditEvents.operation} = 'UPDATE'
              and ${auditEvents.before}->>'goal' is distinct from ${auditEvents.after}->>'goal'
              and ${auditEvents.after}->>'id' = ${sara.id}`,
        ),
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      actorUserId: coordinatorId,
      before: { goal: 'Werk vinden in de haven.' },
    });

    await expect(
      coordinator.application.mergeSubmission.mutate({
        organisationId: org,
        submissionId: submission.id,
        fields: ['name'],
      }),
    ).rejects.toEqual(withKey('intake.submission_already_reviewed'));
    expect((await get(sara.id)).name).toBe('Sara Peeters');
  });

  it('lets a coordinator dismiss a submission, changing nothing held', async () => {
    await anon.publicIntake.submitApplication.mutate(
      application({ name: 'Mallory', goal: 'Overgenomen?', birthYear: 1950 }),
    );
    const sara = await findApplication('sara.peeters@example.org');
    expect(sara).toMatchObject({ submissionCount: 3, pendingSubmissions: 1 });
    const before = await get(sara.id);
    const pending = before.submissions.find((s) => s.status === 'pending');
    if (!pending) throw new Error('pending submission missing');
    const dismissed = await coordinator.application.dismissSubmission.mutate({
      organisationId: org,
      submissionId: pending.id,
    });
    expect(dismissed).toMatchObject({
      status: 'dismissed',
      mergedFields: [],
      reviewedBy: coordinatorId,
    });
    const after = await get(sara.id);
    const { submissions: _, ...held } = after;
    const { submissions: __, ...heldBefore } = before;
    expect(held).toEqual(heldBefore);
    expect(after.submissions.map((s) => s.status)).toEqual(['dismissed', 'merged']);
    await expect(
      coordinator.application.dismissSubmission.mutate({
        organisationId: org,
        submissionId: pending.id,
      }),
    ).rejects.toEqual(withKey('intake.submission_already_reviewed'));
  });
});

describe('a second registration by a known e-mail', () => {
  it('keeps the registration held and answers as for a new registration', async () => {
    const session = await coordinator.infoSession.schedule.mutate({
      ...scope,
      audience: 'mentee',
      startsAt: new Date(Date.now() + 4 * 86_400_000).toISOString(),
      place: 'De Brug, zaal 3',
      capacity: 2,
    });
    const register = (name: string, email: string, phone: string | null = null) =>
      submitRaw('registerForInfoSession', {
        ...publicScope,
        infoSessionId: session.id,
        name,
        email,
        phone,
        locale: 'nl',
        consent,
      });
    const fresh = await register('Ilse Jacobs', 'ilse@example.org', '+32 3 765 43 21');
    expect(fresh.status).toBe(200);
    expect(await register('Someone Else', 'ILSE@example.org', '+32 499 11 11 11')).toEqual(fresh);
    expect(await register('Karel Smets', 'karel@example.org')).toEqual(fresh);
    const full = await register('Late', 'late@example.org');
    expect(full.status).toBe(409);
    // Full is full, whether or not the e-mail is already registered.
    expect(await register('Someone Else', 'ilse@example.org')).toEqual(full);

    const detail = await coordinator.infoSession.get.query({
      organisationId: org,
      infoSessionId: session.id,
    });
    expect(detail.registrations.find((r) => r.email === 'ilse@example.org')).toMatchObject({
      name: 'Ilse Jacobs',
      phone: '+32 3 765 43 21',
    });
    expect(detail.registrations).toHaveLength(2);
  });
});

describe('the demo data', () => {
  it('shows a pending submission in both organisations', async () => {
    for (const [client, organisationId] of [
      [coordinator, org],
      [lePontCoordinator, h.lePont],
    ] as const) {
      const [demoProgramme] = await client.programme.list.query({ organisationId });
      const list = await client.application.list.query({
        organisationId,
        programmeId: demoProgramme?.id ?? '',
      });
      expect(list.some((a) => a.pendingSubmissions === 1)).toBe(true);
    }
  });
});
