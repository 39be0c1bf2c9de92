import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryRows } from '@tandem/db';
import { INTAKE_CONSENT_TEXT_VERSION } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createHarness, withKey } from './harness.ts';

/**
 * Text a person cannot type — a NUL byte, other control characters, line breaks in a
 * one-line field — is refused as bad input on every way in, never passed to the database
 * (PostgreSQL refuses NUL in text and the request would fail).
 */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const vdab = await h.signIn('partner@vdab.example');

const [programme] = await coordinator.programme.list.query({ organisationId: h.deBrug });
if (!programme) throw new Error('demo programme missing');
const scope = { organisationId: h.deBrug, programmeId: programme.id };
const channel = (await coordinator.recruitmentChannel.list.query(scope)).find(
  (c) => c.audience === 'mentee',
);
if (!channel) throw new Error('demo channel missing');

const invalidCharacters = { key: 'validation.invalid_characters' };

function application(fields: Record<string, unknown> = {}) {
  return {
    organisationSlug: 'de-brug',
    programmeId: programme?.id ?? '',
    channelId: channel?.id ?? '',
    role: 'mentee' as const,
    name: 'Test Persoon',
    email: 'test.persoon@example.org',
    preferredLocale: 'nl' as const,
    availability: [{ day: 'wed' as const, part: 'evening' as const }],
    postcode: '2060',
    municipality: 'Antwerpen',
    languages: ['nl'],
    sector: 'zorg',
    goal: 'Werk vinden.',
    birthYear: 1990,
    consent: { given: true, textVersion: INTAKE_CONSENT_TEXT_VERSION } as const,
    ...fields,
  };
}

async function trpcPost(path: string, input: unknown, token: string | null = null) {
  const response = await fetch(`${h.baseUrl}/trpc/${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(input),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      error?: { data?: { appError?: unknown; fieldErrors?: Record<string, unknown> } };
    },
  };
}

async function count(table: string, column: string, value: string) {
  const [row] = await queryRows<{ n: number }>(
    h.database.ownerHandle.db,
    sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} like ${value}`,
  );
  return Number(row?.n ?? -1);
}

describe('control characters in text', () => {
  it('a public application: refused per field, with a clear message', async () => {
    const { status, body } = await trpcPost(
      'publicIntake.submitApplication',
      application({
        name: 'Nul\u0000Persoon',
        phone: '+32 470\u0000',
        goal: 'Werk\u0000 vinden.',
        municipality: 'Antwerpen\nBerchem',
      }),
    );
    expect(status).toBe(400);
    expect(body.error?.data?.appError).toEqual({ key: 'validation.invalid_input' });
    expect(body.error?.data?.fieldErrors).toEqual({
      name: invalidCharacters,
      phone: invalidCharacters,
      goal: invalidCharacters,
      municipality: invalidCharacters,
    });
    expect(await count('applications', 'name', 'Nul%')).toBe(0);
  });

  it('a public application: line breaks and tabs are fine in free text', async () => {
    await expect(
      h.as(null, '198.51.100.70').publicIntake.submitApplication.mutate(
        application({
          email: 'regels@example.org',
          goal: 'Werk vinden.\r\n\tLiefst in de zorg.',
        }),
      ),
    ).resolves.toEqual({ received: true });
  });

  it('a staff form over tRPC', async () => {
    const token = await h.tokenFor('coordinator@debrug.example');
    const { status, body } = await trpcPost(
      'programme.create',
      {
        organisationId: h.deBrug,
        name: 'Nieuw\u0000programma',
        description: 'Een beschrijving\u0007',
        languages: ['nl'],
      },
      token,
    );
    expect(status).toBe(400);
    expect(body.error?.data?.fieldErrors).toEqual({
      name: invalidCharacters,
      description: invalidCharacters,
    });
    await expect(
      coordinator.recruitmentChannel.list.query({ ...scope, organisationId: h.deBrug }),
    ).resolves.toBeTruthy();
    await expect(
      coordinator.programme.list.query({ organisationId: `${h.deBrug}\u0000` }),
    ).rejects.toEqual(withKey('validation.invalid_input'));
  });

  it('the partner REST API', async () => {
    const { key } = await vdab.partner.apiKeys.create.mutate({
      partnerId: (await vdab.partner.mine.query())[0]?.id ?? '',
      name: 'CRM',
    });
    const response = await fetch(`${h.baseUrl}/partner/v1/referrals`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'idempotency-key': 'nul-1',
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        organisationSlug: 'de-brug',
        programmeId: programme.id,
        person: { name: 'Nul\u0000Persoon', email: 'nul@example.org', preferredLanguage: 'nl' },
        needs: 'Zoekt werk\u0000.',
        consent: { givenAt: new Date(Date.now() - 60_000).toISOString(), textVersion: 'v1' },
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fields: unknown } };
    expect(body.error.code).toBe('validation.invalid_input');
    expect(body.error.fields).toEqual({
      'person.name': invalidCharacters,
      needs: invalidCharacters,
    });
    expect(await count('referrals', 'person_name', 'Nul%')).toBe(0);
  });

  it('a CSV import of applicants: a row error, and the import is refused', async () => {
    const header =
      'name;email;preferredLocale;availability;postcode;municipality;languages;sector;goal;birthYear;channelId';
    const line = (name: string, email: string) =>
      [
        name,
        email,
        'nl',
        'mon-morning',
        '2000',
        'Antwerpen',
        'nl',
        'zorg',
        'Werk.',
        '1988',
        channel.name,
      ].join(';');
    const csv = `${header}\r\n${line('Goed Persoon', 'goed@example.org')}\r\n${line('Nul\u0000Persoon', 'nul@example.org')}\r\n`;
    const input = { ...scope, role: 'mentee' as const, csv };
    const preview = await coordinator.applicationImport.preview.mutate(input);
    expect(preview.rows.map((r) => r.errors)).toEqual([
      [],
      [{ field: 'name', key: 'validation.invalid_characters' }],
    ]);
    await expect(
      coordinator.applicationImport.confirm.mutate({ ...input, consentConfirmed: true }),
    ).rejects.toEqual(withKey('import.has_errors'));
    expect(await count('applications', 'email', 'nul@example.org')).toBe(0);
  });

  it('a CSV import of the social map: a row error', async () => {
    const csv = 'name,kind,address\nCAW\u0000,social_support,"Straat 1\n2000 Antwerpen"\n';
    const preview = await coordinator.socialMap.importCsv.preview.mutate({ ...scope, csv });
    expect(preview.errors).toEqual([{ row: 2, fields: { name: invalidCharacters } }]);
  });

  it('every input schema builds its text from the shared helpers', () => {
    const src = join(import.meta.dirname, '../src');
    const inputSchemaFiles = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (file) =>
        (file.endsWith('.schema.ts') && !file.endsWith('shared.schema.ts')) ||
        file.startsWith('trpc/'),
    );
    expect(inputSchemaFiles.length).toBeGreaterThan(10);
    const rawText = inputSchemaFiles.filter((file) =>
      /\bz\s*\.\s*(string|url|email)\s*\(/.test(readFileSync(join(src, file), 'utf8')),
    );
    expect(rawText).toEqual([]);
  });
});
