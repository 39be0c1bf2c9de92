import { describe, expect, it } from 'vitest';
import { createHarness, withKey } from './harness.ts';

const h = await createHarness();
const operator = await h.signIn('operator@tandem.example');

describe('admin console: organisations', () => {
  it('creates an organisation whose first admin sets a password through a one-time link', async () => {
    const { organisation, setPasswordUrl } = await operator.admin.organisation.create.mutate({
      name: 'Mentor Gent vzw',
      slug: 'mentor-gent',
      defaultLocale: 'nl',
      adminEmail: 'Lotte@MentorGent.example',
      adminName: 'Lotte Claes',
    });
    expect(organisation).toMatchObject({ name: 'Mentor Gent vzw', slug: 'mentor-gent' });
    expect(setPasswordUrl).toMatch(/^http:\/\/web\.test\/set-password\?token=[a-z0-9]{32}$/);
    const token = new URL(setPasswordUrl ?? '').searchParams.get('token') ?? '';

    await expect(
      h.as(null).auth.setPassword.mutate({ token, password: 'short' }),
    ).rejects.toMatchObject({
      data: {
        fieldErrors: {
          password: { key: 'validation.password_too_short', params: { minimum: 12 } },
        },
      },
    });
    const session = await h
      .as(null)
      .auth.setPassword.mutate({ token, password: 'een-goed-wachtwoord' });
    const me = await h.as(session.token).auth.me.query();
    expect(me?.memberships).toEqual([
      {
        organisationId: organisation.id,
        organisationName: 'Mentor Gent vzw',
        organisationSlug: 'mentor-gent',
        role: 'admin',
      },
    ]);
    await expect(
      h.as(null).auth.setPassword.mutate({ token, password: 'een-ander-wachtwoord' }),
    ).rejects.toEqual(withKey('auth.password_token_invalid'));

    const admin = h.as(session.token);
    const programme = await admin.programme.create.mutate({
      organisationId: organisation.id,
      name: 'Eerste programma',
      languages: ['nl'],
    });
    expect(programme.name).toBe('Eerste programma');
  });

  it('links an existing person instead of creating a second account', async () => {
    const result = await operator.admin.organisation.create.mutate({
      name: 'Tweede Brug',
      slug: 'tweede-brug',
      defaultLocale: 'nl',
      adminEmail: 'coach@debrug.example',
      adminName: 'Karim',
    });
    expect(result.setPasswordUrl).toBeNull();
    const coach = await h.signIn('coach@debrug.example');
    const me = await coach.auth.me.query();
    expect(me?.memberships.map((m) => m.organisationName)).toContain('Tweede Brug');
  });

  it('refuses a slug that is taken, and creates nothing', async () => {
    const before = await operator.admin.organisation.list.query();
    await expect(
      operator.admin.organisation.create.mutate({
        name: 'Nog een Brug',
        slug: 'de-brug',
        defaultLocale: 'nl',
        adminEmail: 'new-admin@example.org',
        adminName: 'Nieuw',
      }),
    ).rejects.toEqual(withKey('conflict.slug_taken'));
    await expect(operator.admin.organisation.list.query()).resolves.toEqual(before);
  });

  it('is for operators only', async () => {
    const coordinator = await h.signIn('coordinator@debrug.example');
    await expect(coordinator.admin.organisation.list.query()).rejects.toEqual(withKey('forbidden'));
    await expect(h.as(null).admin.organisation.list.query()).rejects.toEqual(
      withKey('auth.unauthenticated'),
    );
  });
});

describe('admin console: networks', () => {
  it('creates a network and manages its members', async () => {
    const network = await operator.admin.network.create.mutate({
      name: 'Réseau Mentorat Wallonie',
    });
    await operator.admin.network.addMember.mutate({
      networkId: network.id,
      organisationId: h.lePont,
    });
    await expect(
      operator.admin.network.addMember.mutate({ networkId: network.id, organisationId: h.lePont }),
    ).rejects.toEqual(withKey('conflict.already_member'));
    let networks = await operator.admin.network.list.query();
    expect(networks.find((n) => n.id === network.id)?.members).toEqual([
      { organisationId: h.lePont, organisationName: 'Le Pont asbl' },
    ]);
    await operator.admin.network.removeMember.mutate({
      networkId: network.id,
      organisationId: h.lePont,
    });
    networks = await operator.admin.network.list.query();
    expect(networks.find((n) => n.id === network.id)?.members).toEqual([]);
  });
});

describe('admin console: partner organisations', () => {
  it('creates a partner organisation whose first admin sets a password through a one-time link', async () => {
    const { partner, setPasswordUrl } = await operator.admin.partner.create.mutate({
      name: 'OCMW Mechelen',
      kind: 'social_service',
      adminEmail: 'Sofie@OCMW-Mechelen.example',
      adminName: 'Sofie Janssens',
      adminLocale: 'nl',
    });
    expect(partner).toMatchObject({ name: 'OCMW Mechelen', kind: 'social_service' });
    expect(setPasswordUrl).toMatch(/^http:\/\/web\.test\/set-password\?token=[a-z0-9]{32}$/);
    const token = new URL(setPasswordUrl ?? '').searchParams.get('token') ?? '';
    const session = await h
      .as(null)
      .auth.setPassword.mutate({ token, password: 'een-goed-wachtwoord' });
    await expect(h.as(session.token).partner.mine.query()).resolves.toEqual([
      { id: partner.id, name: 'OCMW Mechelen', kind: 'social_service', role: 'admin' },
    ]);

    const listed = (await operator.admin.partner.list.query()).find((p) => p.id === partner.id);
    expect(listed).toMatchObject({ memberCount: 1, adminCount: 1 });
    const detail = await operator.admin.partner.get.query({ partnerId: partner.id });
    expect(detail.members).toEqual([
      expect.objectContaining({
        name: 'Sofie Janssens',
        email: 'sofie@ocmw-mechelen.example',
        role: 'admin',
        passwordSet: true,
      }),
    ]);
  });

  it('adds people to a partner: an existing account is linked, a new one gets a link', async () => {
    const { partner } = await operator.admin.partner.create.mutate({
      name: 'Actiris Brussel',
      kind: 'public_employment_service',
      adminEmail: 'coordinator@lepont.example',
      adminName: 'ignored for an existing account',
      adminLocale: 'fr',
    });
    const added = await operator.admin.partner.addMember.mutate({
      partnerId: partner.id,
      email: 'nadia@actiris.example',
      name: 'Nadia Benali',
      locale: 'fr',
      role: 'member',
    });
    expect(added.role).toBe('member');
    expect(added.setPasswordUrl).toMatch(/^http:\/\/web\.test\/set-password\?token=/);
    const existing = await operator.admin.partner.addMember.mutate({
      partnerId: partner.id,
      email: 'coach@debrug.example',
      name: 'Karim',
      locale: 'nl',
      role: 'admin',
    });
    expect(existing.setPasswordUrl).toBeNull();
    await expect(
      operator.admin.partner.addMember.mutate({
        partnerId: partner.id,
        email: 'NADIA@actiris.example',
        name: 'Nadia',
        locale: 'fr',
        role: 'admin',
      }),
    ).rejects.toEqual(withKey('conflict.already_member'));

    const detail = await operator.admin.partner.get.query({ partnerId: partner.id });
    expect(detail.members.map((m) => [m.email, m.role, m.passwordSet]).sort()).toEqual([
      ['coach@debrug.example', 'admin', true],
      ['coordinator@lepont.example', 'admin', true],
      ['nadia@actiris.example', 'member', false],
    ]);
    const coachPartners = await (await h.signIn('coach@debrug.example')).partner.mine.query();
    expect(coachPartners.map((p) => p.name)).toEqual(['Actiris Brussel']);
    expect(
      (await operator.admin.partner.list.query()).find((p) => p.id === partner.id),
    ).toMatchObject({ memberCount: 3, adminCount: 2 });
  });

  it('answers an unknown partner with not found and writes nothing', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await expect(operator.admin.partner.get.query({ partnerId: unknown })).rejects.toEqual(
      withKey('not_found'),
    );
    await expect(
      operator.admin.partner.addMember.mutate({
        partnerId: unknown,
        email: 'nobody-new@example.org',
        name: 'Nobody',
        locale: 'en',
        role: 'member',
      }),
    ).rejects.toEqual(withKey('not_found'));
  });

  it('is for operators only', async () => {
    const partnerAdmin = await h.signIn('partner@vdab.example');
    const [own] = await partnerAdmin.partner.mine.query();
    const coordinator = await h.signIn('coordinator@debrug.example');
    for (const client of [partnerAdmin, coordinator]) {
      await expect(client.admin.partner.list.query()).rejects.toEqual(withKey('forbidden'));
      await expect(
        client.admin.partner.addMember.mutate({
          partnerId: own?.id ?? '',
          email: 'intruder@example.org',
          name: 'Intruder',
          locale: 'en',
          role: 'admin',
        }),
      ).rejects.toEqual(withKey('forbidden'));
    }
    await expect(
      h.as(null).admin.partner.create.mutate({
        name: 'X',
        kind: 'ngo',
        adminEmail: 'x@example.org',
        adminName: 'X',
        adminLocale: 'en',
      }),
    ).rejects.toEqual(withKey('auth.unauthenticated'));
    const detail = await operator.admin.partner.get.query({ partnerId: own?.id ?? '' });
    expect(detail.members.map((m) => m.email)).not.toContain('intruder@example.org');
  });
});
