import { queryRows } from '@tandem/db';
import { INTAKE_CONSENT_TEXT_VERSION } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createHarness, withKey } from './harness.ts';

/** Submissions without an account are limited per client address, across organisations. */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');

const [deBrugProgramme] = await coordinator.programme.list.query({ organisationId: h.deBrug });
const [lePontProgramme] = await lePontCoordinator.programme.list.query({
  organisationId: h.lePont,
});
if (!deBrugProgramme || !lePontProgramme) throw new Error('demo programmes missing');
const deBrugScope = { organisationId: h.deBrug, programmeId: deBrugProgramme.id };
const lePontScope = { organisationId: h.lePont, programmeId: lePontProgramme.id };
const deBrugPublic = { organisationSlug: 'de-brug', programmeId: deBrugProgramme.id };
const lePontPublic = { organisationSlug: 'le-pont', programmeId: lePontProgramme.id };
const consent = { given: true, textVersion: INTAKE_CONSENT_TEXT_VERSION } as const;

const menteeChannelOf = async (client: typeof coordinator, scope: typeof deBrugScope) => {
  const channel = (await client.recruitmentChannel.list.query(scope)).find(
    (c) => c.audience !== 'mentor',
  );
  if (!channel) throw new Error('demo channel missing');
  return channel.id;
};
const deBrugChannel = await menteeChannelOf(coordinator, deBrugScope);
const lePontChannel = await menteeChannelOf(lePontCoordinator, lePontScope);

const session = await coordinator.infoSession.schedule.mutate({
  ...deBrugScope,
  audience: 'mentee',
  startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
  place: 'De Brug, zaal 1',
  capacity: 50,
});

function application(email: string, where: 'de-brug' | 'le-pont' = 'de-brug') {
  return {
    ...(where === 'de-brug' ? deBrugPublic : lePontPublic),
    channelId: where === 'de-brug' ? deBrugChannel : lePontChannel,
    role: 'mentee' as const,
    name: 'Test Persoon',
    email,
    preferredLocale: 'nl' as const,
    availability: [{ day: 'wed' as const, part: 'evening' as const }],
    postcode: '2060',
    municipality: 'Antwerpen',
    languages: ['nl'],
    sector: 'zorg',
    goal: 'Werk vinden.',
    birthYear: 1990,
    consent,
  };
}
const registration = (email: string) => ({
  ...deBrugPublic,
  infoSessionId: session.id,
  name: 'Test Persoon',
  email,
  locale: 'nl' as const,
  consent,
});

async function countWhere(table: 'applications' | 'info_session_registrations', email: string) {
  const [row] = await queryRows<{ n: number }>(
    h.database.ownerHandle.db,
    sql`select count(*)::int as n from ${sql.identifier(table)} where email = ${email}`,
  );
  return Number(row?.n ?? 0);
}
async function submissionsFrom(address: string) {
  const [row] = await queryRows<{ n: number }>(
    h.database.ownerHandle.db,
    sql`select count(*)::int as n from public_submissions where address = ${address}`,
  );
  return Number(row?.n ?? 0);
}

describe('public submission limit', () => {
  it('refuses the 11th submission from one address, across organisations, and writes nothing', async () => {
    const anon = h.as(null, '198.51.100.7');
    for (let i = 0; i < 4; i++)
      await anon.publicIntake.registerForInfoSession.mutate(registration(`reg${i}@example.org`));
    for (let i = 0; i < 3; i++)
      await anon.publicIntake.submitApplication.mutate(application(`brug${i}@example.org`));
    for (let i = 0; i < 3; i++)
      await anon.publicIntake.submitApplication.mutate(
        application(`pont${i}@example.org`, 'le-pont'),
      );
    expect(await submissionsFrom('198.51.100.7')).toBe(10);

    const refused = expect.objectContaining({
      data: expect.objectContaining({
        code: 'TOO_MANY_REQUESTS',
        httpStatus: 429,
        appError: {
          key: 'intake.too_many_submissions',
          params: { retryAfterMinutes: expect.any(Number) },
        },
      }),
    });
    await expect(
      anon.publicIntake.submitApplication.mutate(application('eleventh@example.org', 'le-pont')),
    ).rejects.toEqual(refused);
    await expect(
      anon.publicIntake.registerForInfoSession.mutate(registration('eleventh@example.org')),
    ).rejects.toEqual(withKey('intake.too_many_submissions'));
    expect(await countWhere('applications', 'eleventh@example.org')).toBe(0);
    expect(await countWhere('info_session_registrations', 'eleventh@example.org')).toBe(0);
    expect(await submissionsFrom('198.51.100.7')).toBe(10);

    // Reading a programme is not limited.
    await expect(anon.publicIntake.programme.query(deBrugPublic)).resolves.toBeTruthy();

    // Another address still may.
    const other = h.as(null, '198.51.100.8');
    await expect(
      other.publicIntake.submitApplication.mutate(application('other@example.org')),
    ).resolves.toEqual({ received: true });
    expect(await countWhere('applications', 'other@example.org')).toBe(1);
  });

  it('does not count a refused or invalid submission', async () => {
    const anon = h.as(null, '198.51.100.9');
    for (let i = 0; i < 5; i++) {
      await expect(
        anon.publicIntake.submitApplication.mutate({
          ...application(`wrong${i}@example.org`),
          channelId: lePontChannel,
        }),
      ).rejects.toEqual(withKey('intake.channel_invalid'));
      await expect(
        anon.publicIntake.submitApplication.mutate({ ...application('x'), email: 'not-an-email' }),
      ).rejects.toEqual(withKey('validation.invalid_input'));
    }
    expect(await submissionsFrom('198.51.100.9')).toBe(0);
    for (let i = 0; i < 10; i++)
      await anon.publicIntake.submitApplication.mutate(application(`ok${i}@example.org`));
    await expect(
      anon.publicIntake.submitApplication.mutate(application('ok10@example.org')),
    ).rejects.toEqual(withKey('intake.too_many_submissions'));
  });
});
