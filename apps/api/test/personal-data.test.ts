import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { queryRows } from '@tandem/db';
import { brusselsDate } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { createHarness, withKey } from './harness.ts';

/**
 * Access and portability over HTTP, as the app role: staff export everything the
 * organisation holds about one person (every application with their e-mail, and what hangs
 * off them), the export is audited, the document is in the person's language, and a
 * participant downloads only what row-level security shows them of their own.
 */
const h = await createHarness();
const owner = h.database.ownerHandle.db;
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const standardFontDataUrl = `${dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

async function applicationOf(email: string) {
  const [row] = await queryRows<{ id: string; tenant_id: string }>(
    owner,
    sql`select id, tenant_id from applications where email = ${email} order by submitted_at limit 1`,
  );
  if (!row) throw new Error(`no application for ${email}`);
  return row;
}

async function pdfText(base64: string) {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  const document = await getDocument({ data: bytes, standardFontDataUrl }).promise;
  let text = '';
  for (let page = 1; page <= document.numPages; page++) {
    const content = await (await document.getPage(page)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  return text;
}

const mehdi = await applicationOf('mehdi.aydin@example.be');
// A note only this person's duo has, so its presence proves the duo's rows were followed.
const mehdiNote = 'Mehdi vertelde over zijn eerste sollicitatie in het woonzorgcentrum.';
const [mehdiDuo] = await queryRows<{ id: string }>(
  owner,
  sql`select id from duos where mentee_application_id = ${mehdi.id}`,
);
await coordinator.contact.log.mutate({
  organisationId: h.deBrug,
  duoId: mehdiDuo?.id ?? '',
  contactOn: brusselsDate(new Date().toISOString()),
  mode: 'in_person',
  durationMinutes: 60,
  note: mehdiNote,
  loggedBy: 'coach',
});

describe('staff export a person’s data', () => {
  it('gathers the rows about the person from many tables, and none about anyone else', async () => {
    const data = await coordinator.personalData.export.mutate({
      organisationId: h.deBrug,
      applicationId: mehdi.id,
    });
    expect(data.person).toEqual({
      name: 'Mehdi Aydin',
      email: 'mehdi.aydin@example.be',
      locale: 'nl',
    });
    expect(data.organisation).toBe('De Brug vzw');
    expect(Object.keys(data.records)).toEqual(
      expect.arrayContaining([
        'applications',
        'decisions',
        'matches',
        'agreements',
        'duos',
        'duo_contacts',
        'check_ins',
        'outcomes',
        'audit_events',
      ]),
    );
    const text = JSON.stringify(data.records);
    expect(text).toContain('mehdi.aydin@example.be');
    expect(text).toContain('Mehdi Aydin');
    expect(text).toContain(mehdiNote);
    expect(data.records.applications?.[0]).not.toHaveProperty('tenant_id');
    // Another duo of De Brug and a person of Le Pont.
    for (const other of ['kevin.dierckx@example.be', 'Kevin Dierckx', 'lucie.mbala@example.be'])
      expect(text).not.toContain(other);
  });

  it('records each export in the audit log, which the next export shows', async () => {
    const [me] = await queryRows<{ id: string }>(
      owner,
      sql`select id from users where email = 'coordinator@debrug.example'`,
    );
    const before = await queryRows<{ n: number }>(
      owner,
      sql`select count(*)::int as n from audit_events where operation = 'EXPORT'
          and actor_user_id = ${me?.id} and after ->> 'application_id' = ${mehdi.id}`,
    );
    const data = await coordinator.personalData.export.mutate({
      organisationId: h.deBrug,
      applicationId: mehdi.id,
    });
    const after = await queryRows<{ n: number; format: string }>(
      owner,
      sql`select count(*)::int as n, max(after ->> 'format') as format from audit_events
          where operation = 'EXPORT' and actor_user_id = ${me?.id}
            and after ->> 'application_id' = ${mehdi.id}`,
    );
    expect(after[0]?.n).toBe((before[0]?.n ?? 0) + 1);
    expect(after[0]?.format).toBe('json');
    expect(data.records.audit_events).toEqual(
      expect.arrayContaining([expect.objectContaining({ operation: 'EXPORT' })]),
    );
  });

  it('writes the document in the person’s language, with a heading per kind of record', async () => {
    const nl = await pdfText(
      (
        await coordinator.personalData.exportPdf.mutate({
          organisationId: h.deBrug,
          applicationId: mehdi.id,
        })
      ).base64,
    );
    expect(nl).toContain('Persoonsgegevens bij De Brug');
    expect(nl).toContain('Contacten in het duo');
    expect(nl).toContain('Mehdi Aydin');

    const lucie = await applicationOf('lucie.mbala@example.be');
    const file = await lePontCoordinator.personalData.exportPdf.mutate({
      organisationId: h.lePont,
      applicationId: lucie.id,
    });
    expect(file.fileName).toBe('donnees-personnelles.pdf');
    const fr = await pdfText(file.base64);
    expect(fr).toContain('Données personnelles chez Le Pont');
    expect(fr).toContain('Candidatures');
    expect(fr).not.toContain('Contacten in het duo');
  });

  it('refuses a coach, another organisation’s application and bad input', async () => {
    await expect(
      coach.personalData.export.mutate({ organisationId: h.deBrug, applicationId: mehdi.id }),
    ).rejects.toMatchObject(withKey('forbidden'));
    await expect(
      lePontCoordinator.personalData.export.mutate({
        organisationId: h.lePont,
        applicationId: mehdi.id,
      }),
    ).rejects.toMatchObject(withKey('not_found'));
    await expect(
      coordinator.personalData.export.mutate({
        organisationId: h.deBrug,
        applicationId: 'not-a-uuid',
      }),
    ).rejects.toMatchObject({ data: expect.objectContaining({ code: 'BAD_REQUEST' }) });
    await expect(
      h.as(null).personalData.exportPdf.mutate({
        organisationId: h.deBrug,
        applicationId: mehdi.id,
      }),
    ).rejects.toMatchObject(withKey('auth.unauthenticated'));
  });
});

describe('a participant downloads their own data', () => {
  it('shows only what row-level security opens to them, and audits the download', async () => {
    const portal = await h.portalAs('mehdi.aydin@example.be', 'de-brug');
    const data = await portal.portalPersonalData.export.mutate({ organisationSlug: 'de-brug' });
    expect(data.person.email).toBe('mehdi.aydin@example.be');
    expect(Object.keys(data.records)).toEqual(
      expect.arrayContaining(['applications', 'duos', 'participant_accounts', 'users']),
    );
    // Staff's records stay staff's: decisions, check-ins and the audit log are not opened.
    for (const staffOnly of ['decisions', 'check_ins', 'audit_events'])
      expect(data.records).not.toHaveProperty(staffOnly);
    const text = JSON.stringify(data.records);
    expect(text).toContain('Mehdi Aydin');
    for (const other of ['kevin.dierckx@example.be', 'lucie.mbala@example.be'])
      expect(text).not.toContain(other);
    expect(text).not.toContain('password_hash');

    const [audited] = await queryRows<{ n: number }>(
      owner,
      sql`select count(*)::int as n from audit_events a join users u on u.id = a.actor_user_id
          where a.operation = 'EXPORT' and u.email = 'mehdi.aydin@example.be'`,
    );
    expect(audited?.n).toBe(1);

    const pdf = await pdfText(
      (await portal.portalPersonalData.exportPdf.mutate({ organisationSlug: 'de-brug' })).base64,
    );
    expect(pdf).toContain('Persoonsgegevens bij De Brug');
    expect(pdf).toContain('Kandidaturen');
  });

  it('is refused to staff, who are no participant', async () => {
    await expect(
      coordinator.portalPersonalData.export.mutate({ organisationSlug: 'de-brug' }),
    ).rejects.toMatchObject(withKey('not_found'));
  });
});
