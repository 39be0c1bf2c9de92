import { queryRows } from '@tandem/db';
import { INTAKE_CONSENT_TEXT_VERSION } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { createHarness } from './harness.ts';

/**
 * A failed request is logged with what identifies it — request id, procedure or path, the
 * database's error code — and never with the personal data the failing query carried.
 */
const lines: string[] = [];
const h = await createHarness({ log: createLogger('info', {}, (line) => lines.push(line)) });
const coordinator = await h.signIn('coordinator@debrug.example');
const vdab = await h.signIn('partner@vdab.example');
const [programme] = await coordinator.programme.list.query({ organisationId: h.deBrug });
const scope = { organisationId: h.deBrug, programmeId: programme?.id ?? '' };
const channel = (await coordinator.recruitmentChannel.list.query(scope)).find(
  (c) => c.audience === 'mentee',
);
const [partner] = await vdab.partner.mine.query();
if (!programme || !channel || !partner) throw new Error('demo data missing');

const PERSON = {
  name: 'Zoë Geheimpersoon',
  email: 'zoe.geheimpersoon@example.org',
  phone: '+32 470 99 88 77',
};
const personal = [PERSON.name, 'Geheimpersoon', PERSON.email, 'zoe.geheim', '470 99 88 77'];

// The database refuses this one person, as it might refuse a row for any reason of its own.
for (const [table, column] of [
  ['applications', 'name'],
  ['referrals', 'person_name'],
] as const)
  await queryRows(
    h.database.ownerHandle.db,
    sql`alter table ${sql.identifier(table)} add constraint refuses_one_person check (${sql.identifier(column)} <> ${sql.raw(`'${PERSON.name}'`)})`,
  );

const logOf = (requestId: string) => lines.filter((line) => line.includes(requestId));

describe('error logs', () => {
  it('a failed procedure: request id, procedure and SQLSTATE, no personal data', async () => {
    const response = await fetch(`${h.baseUrl}/trpc/publicIntake.submitApplication`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'failing-application-1' },
      body: JSON.stringify({
        organisationSlug: 'de-brug',
        programmeId: programme.id,
        channelId: channel.id,
        role: 'mentee',
        ...PERSON,
        preferredLocale: 'nl',
        availability: [{ day: 'wed', part: 'evening' }],
        postcode: '2060',
        municipality: 'Antwerpen',
        languages: ['nl'],
        sector: 'zorg',
        goal: 'Werk vinden.',
        birthYear: 1987,
        consent: { given: true, textVersion: INTAKE_CONSENT_TEXT_VERSION },
      }),
    });
    expect(response.status).toBe(500);
    const logged = logOf('failing-application-1');
    const failure = logged.map((line) => JSON.parse(line)).find((l) => l.level === 'error');
    expect(failure).toMatchObject({
      msg: 'procedure failed',
      requestId: 'failing-application-1',
      path: 'publicIntake.submitApplication',
    });
    expect(JSON.stringify(failure)).toContain('"code":"23514"');
    for (const text of personal) expect(logged.join('')).not.toContain(text);
  });

  it('a failed partner API request: request id and SQLSTATE, no personal data', async () => {
    const { key } = await vdab.partner.apiKeys.create.mutate({
      partnerId: partner.id,
      name: 'CRM',
    });
    const response = await fetch(`${h.baseUrl}/partner/v1/referrals`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'idempotency-key': 'failing-referral',
        'content-type': 'application/json',
        'x-request-id': 'failing-referral-1',
      },
      body: JSON.stringify({
        organisationSlug: 'de-brug',
        programmeId: programme.id,
        person: { ...PERSON, preferredLanguage: 'nl' },
        needs: 'Zoekt werk.',
        consent: { givenAt: new Date(Date.now() - 60_000).toISOString(), textVersion: 'v1' },
      }),
    });
    expect(response.status).toBe(500);
    const logged = logOf('failing-referral-1');
    const failure = logged.map((line) => JSON.parse(line)).find((l) => l.level === 'error');
    expect(failure).toMatchObject({ msg: 'partner api failed', requestId: 'failing-referral-1' });
    expect(JSON.stringify(failure)).toContain('"code":"23514"');
    for (const text of personal) expect(logged.join('')).not.toContain(text);
  });
});
