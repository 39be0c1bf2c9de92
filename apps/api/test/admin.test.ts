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
