import { describe, expect, it } from 'vitest';
import { createHarness, withKey } from './harness.ts';

/** organisation.members over HTTP: who can be chosen as a colleague, e.g. an interviewer. */
const h = await createHarness();
const admin = await h.signIn('admin@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const anon = h.as(null);

describe('organisation.members', () => {
  it('lists the members with their roles, sorted by name', async () => {
    const members = await admin.organisation.members.query({ organisationId: h.deBrug });
    expect(members.map(({ name, email, role }) => ({ name, email, role }))).toEqual([
      { name: 'An Peeters', email: 'admin@debrug.example', role: 'admin' },
      { name: 'Karim El Amrani', email: 'coach@debrug.example', role: 'coach' },
      { name: 'Sofie Janssens', email: 'coordinator@debrug.example', role: 'coordinator' },
    ]);
    for (const member of members) expect(member.userId).toMatch(/^[0-9a-f-]{36}$/);
    const me = await admin.auth.me.query();
    expect(members.find((m) => m.role === 'admin')?.userId).toBe(me?.user.id);
  });

  it('lists only the asked organisation, with the role held there', async () => {
    const members = await coach.organisation.members.query({ organisationId: h.lePont });
    expect(members.map(({ email, role }) => ({ email, role }))).toEqual([
      { email: 'coordinator@lepont.example', role: 'coordinator' },
      { email: 'coach@debrug.example', role: 'coach' },
    ]);
  });

  it("answers another organisation's id with not found", async () => {
    await expect(admin.organisation.members.query({ organisationId: h.lePont })).rejects.toEqual(
      withKey('not_found'),
    );
  });

  it('refuses a signed-out caller', async () => {
    await expect(anon.organisation.members.query({ organisationId: h.deBrug })).rejects.toEqual(
      withKey('auth.unauthenticated'),
    );
  });
});
