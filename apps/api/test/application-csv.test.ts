import { queryRows } from '@tandem/db';
import { INTAKE_CONSENT_TEXT_VERSION } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/csv/parse-csv.ts';
import { createHarness, withKey } from './harness.ts';

/** Applicants imported from and exported to spreadsheets, over HTTP. */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const org = h.deBrug;

const programmes = await coordinator.programme.list.query({ organisationId: org });
const programme = programmes.find((p) => p.name.startsWith('Mentoring naar werk'));
const [lePontProgramme] = await lePontCoordinator.programme.list.query({
  organisationId: h.lePont,
});
if (!programme || !lePontProgramme) throw new Error('demo programmes missing');
const scope = { organisationId: org, programmeId: programme.id };
const channels = await coordinator.recruitmentChannel.list.query(scope);
const menteeChannel = channels.find((c) => c.audience === 'mentee');
const mentorChannel = channels.find((c) => c.audience === 'mentor');
if (!menteeChannel || !mentorChannel) throw new Error('demo channels missing');

const HEADER =
  'name;email;phone;preferredLocale;availability;postcode;municipality;languages;sector;goal;birthYear;interests;channelId';
const row = (name: string, email: string, extra: Partial<Record<string, string>> = {}) =>
  [
    name,
    email,
    extra.phone ?? '',
    extra.locale ?? 'nl',
    extra.availability ?? 'mon-morning wed-evening',
    extra.postcode ?? '2000',
    extra.municipality ?? 'Antwerpen',
    extra.languages ?? 'nl|fr',
    extra.sector ?? 'logistiek',
    extra.goal ?? 'Werk vinden.',
    extra.birthYear ?? '1988',
    extra.interests ?? 'koken, voetbal',
    extra.channel ?? menteeChannel.name,
  ].join(';');
const file = (...rows: string[]) => `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;

async function applicationCount() {
  const [found] = await queryRows<{ n: number }>(
    h.database.ownerHandle.db,
    sql`select count(*)::int as n from applications`,
  );
  return found?.n ?? -1;
}

async function applicationByEmail(email: string) {
  const [found] = await queryRows<{
    name: string;
    channel_id: string;
    consent_text_version: string;
    submission_count: number;
    availability: unknown;
    languages: string[];
    interests: string[];
    goal: string;
  }>(h.database.ownerHandle.db, sql`select * from applications where email = ${email}`);
  return found;
}

describe('applicationImport', () => {
  it('previews rows with their problems and writes nothing', async () => {
    const before = await applicationCount();
    const csv = file(
      row('Bram Peeters', 'bram@example.org'),
      row('', 'not-an-address', { availability: 'monday-morning', birthYear: 'soon' }),
      row('Bram Again', 'BRAM@example.org'),
    );
    const preview = await coordinator.applicationImport.preview.mutate({
      ...scope,
      role: 'mentee',
      csv,
    });
    expect(preview.delimiter).toBe(';');
    expect(preview.validCount).toBe(1);
    expect(preview.errorCount).toBe(2);
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(preview.rows[0]?.errors).toEqual([]);
    expect(preview.rows[0]?.values.name).toBe('Bram Peeters');
    expect(preview.rows[1]?.errors).toEqual([
      { field: 'name', key: 'validation.required' },
      { field: 'email', key: 'validation.invalid_email' },
      {
        field: 'availability',
        key: 'import.availability_invalid',
        params: { value: 'monday-morning' },
      },
      { field: 'birthYear', key: 'validation.not_integer' },
    ]);
    expect(preview.rows[2]?.errors).toEqual([
      { field: 'email', key: 'import.duplicate_in_file', params: { line: 2 } },
    ]);
    expect(await applicationCount()).toBe(before);
  });

  it('refuses to confirm a file with errors, and writes nothing', async () => {
    const before = await applicationCount();
    const csv = file(
      row('Chloé Dubois', 'chloe@example.org'),
      row('X', 'x@example.org', { locale: 'de' }),
    );
    await expect(
      coordinator.applicationImport.confirm.mutate({
        ...scope,
        role: 'mentee',
        csv,
        consentConfirmed: true,
      }),
    ).rejects.toMatchObject({
      data: expect.objectContaining({
        appError: { key: 'import.has_errors', params: { count: 1 } },
      }),
    });
    expect(await applicationByEmail('chloe@example.org')).toBeUndefined();
    expect(await applicationCount()).toBe(before);
  });

  it('refuses to confirm without the consent confirmation', async () => {
    await expect(
      coordinator.applicationImport.confirm.mutate({
        ...scope,
        role: 'mentee',
        csv: file(row('Chloé Dubois', 'chloe@example.org')),
        // @ts-expect-error the confirmation is required
        consentConfirmed: false,
      }),
    ).rejects.toMatchObject({
      data: expect.objectContaining({
        fieldErrors: { consentConfirmed: { key: 'import.consent_required' } },
      }),
    });
  });

  it('imports, merging an e-mail that already applied through the public form', async () => {
    await h.as(null).publicIntake.submitApplication.mutate({
      organisationSlug: 'de-brug',
      programmeId: programme.id,
      role: 'mentee',
      name: 'Dina Public',
      email: 'dina@example.org',
      phone: null,
      preferredLocale: 'en',
      availability: [{ day: 'fri', part: 'morning' }],
      postcode: '2018',
      municipality: 'Antwerpen',
      languages: ['en'],
      sector: 'zorg',
      goal: 'Werk.',
      birthYear: 1995,
      interests: [],
      channelId: menteeChannel.id,
      consent: { given: true, textVersion: INTAKE_CONSENT_TEXT_VERSION },
    });
    const csv = [
      // Comma-separated, a quoted goal over two lines and a channel left to the default.
      'Name,E-mail,Preferred locale,Availability,Postcode,Municipality,Languages,Sector,Goal,Birth_year,Notes',
      'Eva Janssens,eva@example.org,nl,tue-afternoon mon-morning,2140,Borgerhout,nl|en,horeca,"Een job,\nin de keuken",1979,ignored',
      'Dina Imported,DINA@example.org,fr,thu-evening,2018,Antwerpen,fr,zorg,Werk vinden,1995,',
    ].join('\n');
    const preview = await coordinator.applicationImport.preview.mutate({
      ...scope,
      role: 'mentee',
      csv,
      defaultChannelId: menteeChannel.id,
    });
    expect(preview.errorCount).toBe(0);
    expect(preview.ignoredColumns).toEqual(['Notes']);
    expect(preview.duplicates).toEqual([{ line: 4, email: 'dina@example.org' }]);

    const result = await coordinator.applicationImport.confirm.mutate({
      ...scope,
      role: 'mentee',
      csv,
      defaultChannelId: menteeChannel.id,
      consentConfirmed: true,
    });
    expect(result).toMatchObject({ imported: 2, merged: 1 });
    expect(result.consentTextVersion).toMatch(/^import-by-staff-\d{4}-\d{2}-\d{2}$/);
    const eva = await applicationByEmail('eva@example.org');
    expect(eva).toMatchObject({
      name: 'Eva Janssens',
      channel_id: menteeChannel.id,
      goal: 'Een job,\nin de keuken',
      languages: ['nl', 'en'],
      interests: [],
      submission_count: 1,
      consent_text_version: result.consentTextVersion,
    });
    expect(eva?.availability).toEqual([
      { day: 'mon', part: 'morning' },
      { day: 'tue', part: 'afternoon' },
    ]);
    const dina = await applicationByEmail('dina@example.org');
    expect(dina).toMatchObject({ name: 'Dina Imported', submission_count: 2 });
  });

  it('checks channels: by name or id, serving the role', async () => {
    const preview = await coordinator.applicationImport.preview.mutate({
      ...scope,
      role: 'mentee',
      csv: file(
        row('A', 'a1@example.org', { channel: menteeChannel.id }),
        row('B', 'b1@example.org', { channel: mentorChannel.name }),
        row('C', 'c1@example.org', { channel: '' }),
      ),
    });
    expect(preview.rows.map((r) => r.errors.map((e) => e.key))).toEqual([
      [],
      ['intake.channel_invalid'],
      ['import.channel_required'],
    ]);
  });

  it('refuses files it cannot read as applicants', async () => {
    const preview = (csv: string) =>
      coordinator.applicationImport.preview.mutate({ ...scope, role: 'mentee', csv });
    await expect(preview('\uFEFF\r\n')).rejects.toEqual(withKey('import.empty'));
    await expect(preview('name;email\nA;a@example.org')).rejects.toMatchObject({
      data: expect.objectContaining({
        appError: expect.objectContaining({ key: 'import.missing_columns' }),
      }),
    });
    await expect(preview(`${HEADER}\n`)).rejects.toEqual(withKey('import.no_rows'));
  });

  it("gives not found for another tenant's programme and refuses coaches", async () => {
    const input = { role: 'mentee' as const, csv: file(row('A', 'a2@example.org')) };
    await expect(
      coordinator.applicationImport.preview.mutate({
        organisationId: org,
        programmeId: lePontProgramme.id,
        ...input,
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      coordinator.applicationExport.csv.query({
        organisationId: org,
        programmeId: lePontProgramme.id,
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      coordinator.applicationImport.preview.mutate({
        organisationId: h.lePont,
        programmeId: lePontProgramme.id,
        ...input,
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(coach.applicationImport.preview.mutate({ ...scope, ...input })).rejects.toEqual(
      withKey('forbidden'),
    );
    await expect(
      coach.applicationImport.confirm.mutate({ ...scope, ...input, consentConfirmed: true }),
    ).rejects.toEqual(withKey('forbidden'));
    await expect(coach.applicationExport.csv.query(scope)).rejects.toEqual(withKey('forbidden'));
  });

  it('offers a template with the header row', async () => {
    const template = await coordinator.applicationImport.template.query(scope);
    expect(template.csv.startsWith('\uFEFFname;email;phone;preferredLocale;')).toBe(true);
    expect(template.filename).toMatch(/\.csv$/);
  });
});

describe('applicationExport', () => {
  it('exports the filtered pipeline for Excel, with formulas neutralised', async () => {
    await coordinator.applicationImport.confirm.mutate({
      ...scope,
      role: 'mentor',
      csv: file(
        row('"=HYPERLINK(""http://evil"")"', 'formula@example.org', {
          channel: mentorChannel.name,
          goal: '"+32 3 123 45 67; bellen"',
        }),
      ),
      consentConfirmed: true,
    });
    const all = await coordinator.application.list.query({ ...scope, role: 'mentor' });
    const exported = await coordinator.applicationExport.csv.query({
      ...scope,
      role: 'mentor',
      labels: { 'column.name': 'Naam', 'role.mentor': 'Mentor (NL)' },
    });
    expect(exported.csv.startsWith('\uFEFF')).toBe(true);
    expect(exported.count).toBe(all.length);
    const { delimiter, records } = parseCsv(exported.csv);
    expect(delimiter).toBe(';');
    const [header, ...rows] = records.map((r) => r.cells);
    expect(header?.slice(0, 4)).toEqual(['Naam', 'email', 'phone', 'role']);
    expect(rows).toHaveLength(all.length);
    expect(rows.every((r) => r[3] === 'Mentor (NL)')).toBe(true);
    const formula = rows.find((r) => r[1] === 'formula@example.org');
    expect(formula?.[0]).toBe(`'=HYPERLINK("http://evil")`);
    expect(formula?.[header?.indexOf('goal') ?? -1]).toBe(`'+32 3 123 45 67; bellen`);

    const searched = await coordinator.applicationExport.csv.query({
      ...scope,
      search: 'formula@',
    });
    expect(searched.count).toBe(1);
    const byChannel = await coordinator.applicationExport.csv.query({
      ...scope,
      channelId: menteeChannel.id,
      stage: 'applied',
    });
    const expected = await coordinator.application.list.query({
      ...scope,
      channelId: menteeChannel.id,
      stage: 'applied',
    });
    expect(byChannel.count).toBe(expected.length);
    expect(
      parseCsv(byChannel.csv)
        .records.slice(1)
        .map((r) => r.cells[1])
        .sort(),
    ).toEqual(expected.map((a) => a.email).sort());
  });
});
