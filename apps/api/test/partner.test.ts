import { partnerApiKeys, queryRows, unitOfWork } from '@tandem/db';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { RATE_LIMIT_PER_WINDOW } from '../src/auth/partner-api-keys.ts';
import { BODY_LIMITS } from '../src/http/body-limit.ts';
import { createHarness, withKey } from './harness.ts';
import { HUGE, streamBody } from './oversize.ts';

/**
 * Partner organisations (B1) and onward referrals (B5) over HTTP: the partner app's tRPC
 * procedures, staff screening, the partner REST API with API keys, idempotency and the rate
 * limit, its OpenAPI document, and the social map with its CSV import (D4).
 */
const h = await createHarness();
const vdab = await h.signIn('partner@vdab.example');
const actiris = await h.signIn('partner@actiris.example');
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const org = h.deBrug;

const [vdabPartner] = await vdab.partner.mine.query();
const [actirisPartner] = await actiris.partner.mine.query();
if (!vdabPartner || !actirisPartner) throw new Error('demo partners missing');
const vdabId = vdabPartner.id;
const actirisId = actirisPartner.id;
const [linked] = await vdab.partner.organisations.query({ partnerId: vdabId });
const programme = linked?.programmes.find((p) => p.name.startsWith('Mentoring naar werk'));
if (!linked || !programme) throw new Error('demo link missing');
const [lePontProgramme] = await lePontCoordinator.programme.list.query({
  organisationId: h.lePont,
});
if (!lePontProgramme) throw new Error('demo programme missing');

const submission = (name = 'Noor Aerts', email = 'noor.aerts@example.org') => ({
  organisationSlug: 'de-brug',
  programmeId: programme.id,
  person: { name, email, phone: '+32 470 12 34 56', preferredLanguage: 'nl' as const },
  needs: 'Zoekt werk als boekhouder; weinig netwerk in België.',
  consent: { givenAt: new Date(Date.now() - 3_600_000).toISOString(), textVersion: 'vdab-2026-01' },
});

async function api(
  path: string,
  options: {
    key?: string | null;
    method?: string;
    body?: unknown;
    idempotencyKey?: string;
    contentType?: string;
  } = {},
) {
  const response = await fetch(`${h.baseUrl}/partner/v1/${path}`, {
    method: options.method ?? 'GET',
    headers: {
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
      ...(options.body !== undefined
        ? { 'content-type': options.contentType ?? 'application/json' }
        : {}),
    },
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string' || options.body instanceof Uint8Array
          ? options.body
          : JSON.stringify(options.body),
  });
  const body = (await response.json()) as PartnerApiBody;
  return { status: response.status, headers: response.headers, body };
}

/** The partner API's answers, as far as these tests read them. */
interface PartnerApiBody {
  id: string;
  status: string;
  items: Array<{ organisation: { id: string } }>;
  error: { code: string; message: string; fields: Record<string, string> };
  [field: string]: unknown;
}

interface JsonSchema {
  required?: string[];
  enum?: string[];
  properties?: Record<string, JsonSchema>;
}

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: {
    securitySchemes: Record<string, unknown>;
    schemas: Record<string, JsonSchema>;
  };
}

async function referralRows(email: string) {
  const [row] = await queryRows<{ n: number }>(
    h.database.ownerHandle.db,
    sql`select count(*)::int as n from referrals where person_email = ${email}`,
  );
  return row?.n;
}

describe('partner app (tRPC)', () => {
  it('lets a partner user submit a referral and follow its status, which staff screen', async () => {
    const referral = await vdab.partner.referrals.submit.mutate({
      partnerId: vdabId,
      referral: submission(),
    });
    expect(referral).toMatchObject({
      status: 'received',
      via: 'web_form',
      personName: 'Noor Aerts',
      organisation: { id: org, name: 'De Brug vzw' },
    });
    expect(referral).not.toHaveProperty('needs');

    const staffList = await coordinator.referral.list.query({
      organisationId: org,
      status: 'received',
      search: 'noor',
    });
    expect(staffList.map((r) => r.id)).toEqual([referral.id]);
    expect(staffList[0]).toMatchObject({ partner: { id: vdabId, name: 'VDAB Antwerpen' } });
    await expect(
      coordinator.referral.setStatus.mutate({
        organisationId: org,
        referralId: referral.id,
        status: 'accepted',
      }),
    ).rejects.toEqual(withKey('referral.status_transition_invalid'));
    await coordinator.referral.setStatus.mutate({
      organisationId: org,
      referralId: referral.id,
      status: 'in_screening',
      note: 'Intake gepland; vertrouwelijke notitie.',
    });
    await expect(
      coach.referral.setStatus.mutate({
        organisationId: org,
        referralId: referral.id,
        status: 'accepted',
      }),
    ).rejects.toEqual(withKey('forbidden'));
    await coordinator.referral.setStatus.mutate({
      organisationId: org,
      referralId: referral.id,
      status: 'accepted',
    });
    const detail = await coordinator.referral.get.query({
      organisationId: org,
      referralId: referral.id,
    });
    expect(detail.history.map((s) => s.status)).toEqual(['received', 'in_screening', 'accepted']);

    const seen = await vdab.partner.referrals.get.query({
      partnerId: vdabId,
      referralId: referral.id,
    });
    expect(seen.status).toBe('accepted');
    expect(JSON.stringify(seen)).not.toContain('vertrouwelijke');
    expect(JSON.stringify(seen)).not.toContain('boekhouder');
    const mine = await vdab.partner.referrals.list.query({ partnerId: vdabId });
    expect(mine.map((r) => r.id)).toContain(referral.id);
  });

  it("never shows a partner another partner's referrals, and refuses unlinked organisations", async () => {
    const [vdabReferral] = await vdab.partner.referrals.list.query({ partnerId: vdabId });
    if (!vdabReferral) throw new Error('referral missing');
    await expect(
      actiris.partner.referrals.get.query({ partnerId: actirisId, referralId: vdabReferral.id }),
    ).rejects.toEqual(withKey('not_found'));
    const actirisList = await actiris.partner.referrals.list.query({ partnerId: actirisId });
    expect(actirisList.length).toBeGreaterThan(0);
    expect(actirisList.every((r) => r.organisation.id === h.lePont)).toBe(true);
    // Acting for a partner one does not work for: not found.
    await expect(vdab.partner.referrals.list.query({ partnerId: actirisId })).rejects.toEqual(
      withKey('not_found'),
    );
    // Actiris is not linked to De Brug.
    await expect(
      actiris.partner.referrals.submit.mutate({ partnerId: actirisId, referral: submission() }),
    ).rejects.toEqual(withKey('partner.not_linked'));
  });

  it('keeps partner users out of staff procedures and staff out of partner procedures', async () => {
    await expect(vdab.programme.list.query({ organisationId: org })).rejects.toEqual(
      withKey('not_found'),
    );
    await expect(vdab.referral.list.query({ organisationId: org })).rejects.toEqual(
      withKey('not_found'),
    );
    await expect(
      vdab.quality.indicators.query({
        organisationId: org,
        programmeId: programme.id,
        period: { start: '2026-01-01', end: '2026-12-31' },
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(coordinator.partner.referrals.list.query({ partnerId: vdabId })).rejects.toEqual(
      withKey('not_found'),
    );
    await expect(h.as(null).partner.mine.query()).rejects.toEqual(withKey('auth.unauthenticated'));
  });

  it("shows onward referrals in the receiving partner's inbox only", async () => {
    const inbox = await vdab.partner.onwardReferrals.query({ partnerId: vdabId });
    expect(inbox.length).toBeGreaterThan(0);
    expect(inbox.every((o) => o.organisation.id === org)).toBe(true);
    const other = await actiris.partner.onwardReferrals.query({ partnerId: actirisId });
    expect(other.every((o) => o.organisation.id === h.lePont)).toBe(true);
    expect(other.map((o) => o.id)).not.toEqual(expect.arrayContaining([inbox[0]?.id]));
  });

  it('lets staff link and unlink partners, but not unlink one that has referred', async () => {
    const links = await coordinator.partnerLink.list.query({ organisationId: org });
    expect(links.find((l) => l.id === vdabId)).toMatchObject({ linked: true });
    expect(links.find((l) => l.id === actirisId)).toMatchObject({ linked: false });
    await coordinator.partnerLink.add.mutate({ organisationId: org, partnerId: actirisId });
    await actiris.partner.referrals.submit.mutate({
      partnerId: actirisId,
      referral: submission('Lucas Martin', 'lucas.martin@example.org'),
    });
    await expect(
      coordinator.partnerLink.remove.mutate({ organisationId: org, partnerId: actirisId }),
    ).rejects.toEqual(withKey('partner.link_in_use'));
    await expect(
      coach.partnerLink.add.mutate({ organisationId: org, partnerId: actirisId }),
    ).rejects.toEqual(withKey('forbidden'));
  });
});

const created = await vdab.partner.apiKeys.create.mutate({ partnerId: vdabId, name: 'CRM' });
const key = created.key;

describe('partner REST API', () => {
  it('shows a key once and stores only its hash', async () => {
    expect(key.startsWith(created.prefix)).toBe(true);
    const listed = await vdab.partner.apiKeys.list.query({ partnerId: vdabId });
    expect(listed.find((k) => k.id === created.id)).toMatchObject({
      active: true,
      prefix: created.prefix,
    });
    expect(JSON.stringify(listed)).not.toContain(key);
    const [row] = await unitOfWork(h.database.db, { tenantId: null, userId: null }, (tx) =>
      tx.select().from(partnerApiKeys).where(eq(partnerApiKeys.id, created.id)),
    );
    expect(row?.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(key);
  });

  it('submits once per idempotency key: same body replays, another body is 422', async () => {
    const body = submission('Sara Peeters', 'sara.peeters@example.org');
    const first = await api('referrals', { key, method: 'POST', body, idempotencyKey: 'crm-4711' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: 'received',
      via: 'api',
      personName: 'Sara Peeters',
    });
    const again = await api('referrals', { key, method: 'POST', body, idempotencyKey: 'crm-4711' });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await referralRows('sara.peeters@example.org')).toBe(1);

    const other = await api('referrals', {
      key,
      method: 'POST',
      body: { ...body, needs: 'Iets anders.' },
      idempotencyKey: 'crm-4711',
    });
    expect(other.status).toBe(422);
    expect(other.body.error).toMatchObject({ code: 'partner.idempotency_key_reused' });
    expect(await referralRows('sara.peeters@example.org')).toBe(1);

    const fetched = await api(`referrals/${first.body.id}`, { key });
    expect(fetched).toMatchObject({ status: 200, body: { id: first.body.id, status: 'received' } });
  });

  it('refuses missing idempotency keys and bad bodies with stable codes', async () => {
    const missing = await api('referrals', { key, method: 'POST', body: submission() });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('partner.idempotency_key_required');
    const bad = await api('referrals', {
      key,
      method: 'POST',
      body: { ...submission(), person: { name: '', email: 'nope', preferredLanguage: 'de' } },
      idempotencyKey: 'crm-bad',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation.invalid_input');
    expect(Object.keys(bad.body.error.fields).sort()).toEqual([
      'person.email',
      'person.name',
      'person.preferredLanguage',
    ]);
    const notJson = await api('referrals', {
      key,
      method: 'POST',
      body: '{nope',
      idempotencyKey: 'x-1',
    });
    expect(notJson.status).toBe(400);
    const unknownOrg = await api('referrals', {
      key,
      method: 'POST',
      body: { ...submission(), organisationSlug: 'le-pont' },
      idempotencyKey: 'crm-lepont',
    });
    expect(unknownOrg.status).toBe(403);
    expect(unknownOrg.body.error.code).toBe('partner.not_linked');
  });

  it("answers 404 for another partner's referral", async () => {
    const [actirisReferral] = await actiris.partner.referrals.list.query({ partnerId: actirisId });
    if (!actirisReferral) throw new Error('referral missing');
    const response = await api(`referrals/${actirisReferral.id}`, { key });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
    expect((await api('referrals/not-a-uuid', { key })).status).toBe(404);
    const malformed = await api('referrals/%E0%A4%A', { key });
    expect(malformed.status).toBe(404);
    expect(malformed.body.error.code).toBe('not_found');
  });

  it('requires a JSON body (415 otherwise), with or without a UTF-8 charset', async () => {
    const asText = await api('referrals', {
      key,
      method: 'POST',
      body: JSON.stringify(submission('Tekst Type', 'tekst.type@example.org')),
      contentType: 'text/plain',
      idempotencyKey: 'crm-text',
    });
    expect(asText.status).toBe(415);
    expect(asText.body.error.code).toBe('request.unsupported_media_type');
    for (const contentType of [
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
      'application/jsonx',
    ]) {
      const refused = await api('referrals', {
        key,
        method: 'POST',
        body: JSON.stringify(submission('Tekst Type', 'tekst.type@example.org')),
        contentType,
        idempotencyKey: 'crm-text',
      });
      expect({ contentType, status: refused.status }).toEqual({ contentType, status: 415 });
    }
    expect(await referralRows('tekst.type@example.org')).toBe(0);
    const withCharset = await api('referrals', {
      key,
      method: 'POST',
      body: submission('Met Charset', 'met.charset@example.org'),
      contentType: 'application/json; charset=UTF-8',
      idempotencyKey: 'crm-charset',
    });
    expect(withCharset.status).toBe(201);
  });

  it('refuses a body that is not UTF-8 instead of storing replacement characters', async () => {
    const text = JSON.stringify(submission('Zoë Latin', 'zoe.latin@example.org'));
    // "ë" in Latin-1: one byte that is not valid UTF-8.
    const latin1 = Buffer.from(text, 'latin1');
    const answer = await api('referrals', {
      key,
      method: 'POST',
      body: new Uint8Array(latin1),
      idempotencyKey: 'crm-latin1',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('validation.invalid_input');
    expect(await referralRows('zoe.latin@example.org')).toBe(0);
  });

  it('refuses a body over its limit with 413, streamed or declared, without reading it all', async () => {
    const headers = {
      authorization: `Bearer ${key}`,
      'idempotency-key': 'crm-huge',
      'content-type': 'application/json',
    };
    const fiveMegabytes = await api('referrals', {
      key,
      method: 'POST',
      body: JSON.stringify({ ...submission(), needs: 'x'.repeat(5_000_000) }),
      idempotencyKey: 'crm-5mb',
    });
    expect(fiveMegabytes.status).toBe(413);
    expect(fiveMegabytes.body.error.code).toBe('request.too_large');
    const streamed = await streamBody(`${h.baseUrl}/partner/v1/referrals`, HUGE, { headers });
    expect(streamed.status).toBe(413);
    expect(streamed.sent).toBeLessThan(HUGE);
    const declared = await streamBody(`${h.baseUrl}/partner/v1/referrals`, 0, {
      headers,
      contentLength: BODY_LIMITS.partner + 1,
    });
    expect(declared.status).toBe(413);
    expect(declared.sent).toBe(0);
  });

  it('serves the onward-referral inbox', async () => {
    const response = await api('onward-referrals', { key });
    expect(response.status).toBe(200);
    expect(response.body.items.length).toBeGreaterThan(0);
    expect(response.body.items.every((o) => o.organisation.id === org)).toBe(true);
  });

  it('refuses a missing, unknown, revoked or expired key with 401', async () => {
    expect((await api('onward-referrals')).status).toBe(401);
    const unknown = await api('onward-referrals', { key: 'tdm_pk_unknownunknownunknown' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('partner.api_key_invalid');

    const revocable = await vdab.partner.apiKeys.create.mutate({ partnerId: vdabId, name: 'Old' });
    expect((await api('onward-referrals', { key: revocable.key })).status).toBe(200);
    await expect(
      actiris.partner.apiKeys.revoke.mutate({ partnerId: actirisId, apiKeyId: revocable.id }),
    ).rejects.toEqual(withKey('not_found'));
    const revoked = await vdab.partner.apiKeys.revoke.mutate({
      partnerId: vdabId,
      apiKeyId: revocable.id,
    });
    expect(revoked.active).toBe(false);
    expect((await api('onward-referrals', { key: revocable.key })).status).toBe(401);

    const expiring = await vdab.partner.apiKeys.create.mutate({
      partnerId: vdabId,
      name: 'Trial',
      expiresInDays: 1,
    });
    await queryRows(
      h.database.ownerHandle.db,
      sql`update partner_api_keys set expires_at = now() - interval '1 minute' where id = ${expiring.id}`,
    );
    const expired = await api('onward-referrals', { key: expiring.key });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('partner.api_key_invalid');
  });

  it('limits requests per key (429 with Retry-After), stored in the database', async () => {
    const limited = await vdab.partner.apiKeys.create.mutate({ partnerId: vdabId, name: 'Busy' });
    for (let i = 0; i < RATE_LIMIT_PER_WINDOW; i++) {
      const ok = await api('onward-referrals', { key: limited.key });
      expect(ok.status).toBe(200);
    }
    const over = await api('onward-referrals', { key: limited.key });
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('partner.rate_limited');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another key of the same partner has its own allowance.
    expect((await api('onward-referrals', { key })).status).toBe(200);
  });

  it('only lets partner admins manage keys', async () => {
    await expect(coordinator.partner.apiKeys.list.query({ partnerId: vdabId })).rejects.toEqual(
      withKey('not_found'),
    );
  });

  it('serves an OpenAPI 3.1 document with the paths, auth and errors', async () => {
    const response = await fetch(`${h.baseUrl}/partner/v1/openapi.json`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as OpenApiDocument;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/partner/v1/onward-referrals',
      '/partner/v1/referrals',
      '/partner/v1/referrals/{id}',
    ]);
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.schemas.ReferralSubmission?.required).toEqual(
      expect.arrayContaining(['organisationSlug', 'programmeId', 'person', 'needs', 'consent']),
    );
    expect(doc.components.schemas.Error?.properties?.error?.properties?.code?.enum).toContain(
      'partner.idempotency_key_reused',
    );
    expect(Object.keys(doc.paths['/partner/v1/referrals']?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(['413', '415', '422']),
    );
    expect(doc.components.schemas.Error?.properties?.error?.properties?.code?.enum).toEqual(
      expect.arrayContaining(['request.too_large', 'request.unsupported_media_type']),
    );
    // Every $ref points at a schema that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)];
    for (const [, name] of refs) expect(doc.components.schemas[name ?? '']).toBeDefined();
  });
});

describe('social map (D4) and its CSV import', () => {
  const scope = { organisationId: org, programmeId: programme.id };
  const count = async () => (await coordinator.socialMap.list.query(scope)).length;

  it('creates, updates and deletes a service, and refuses an unknown partner', async () => {
    const service = await coordinator.socialMap.create.mutate({
      ...scope,
      name: 'Wijkgezondheidscentrum Kiel',
      kind: 'health',
      languages: ['nl', 'ar'],
      email: 'info@wgc.example.org',
      website: '',
    });
    expect(service).toMatchObject({ website: null, partnerId: null, languages: ['nl', 'ar'] });
    const updated = await coordinator.socialMap.update.mutate({
      organisationId: org,
      serviceId: service.id,
      name: 'WGC Kiel',
      kind: 'health',
      partnerId: vdabId,
    });
    expect(updated).toMatchObject({ name: 'WGC Kiel', partnerId: vdabId });
    await expect(
      coordinator.socialMap.update.mutate({
        organisationId: org,
        serviceId: service.id,
        name: 'WGC Kiel',
        kind: 'health',
        partnerId: '00000000-0000-4000-8000-000000000000',
      }),
    ).rejects.toEqual(withKey('social_map.partner_unknown'));
    await expect(
      lePontCoordinator.socialMap.delete.mutate({
        organisationId: h.lePont,
        serviceId: service.id,
      }),
    ).rejects.toEqual(withKey('not_found'));
    await coordinator.socialMap.delete.mutate({ organisationId: org, serviceId: service.id });
  });

  it('previews a semicolon CSV with row errors, writes nothing, and refuses to confirm it', async () => {
    const before = await count();
    const csv = [
      '\uFEFFName;Kind;Languages;Address;Email;Phone;Website',
      'CAW Antwerpen;social_support;nl fr;"Van Peltstraat 5; 2018 Antwerpen";caw@example.org;03 123 45 67;https://caw.example.org',
      ';housing;nl;;;;',
      '"Huurdersbond ""Antwerpen""";housing;nl;;not-an-email;;',
      'OCMW Antwerpen;unknown_kind;nl;"Francis Wellesplein 1\n2018 Antwerpen";;;',
    ].join('\r\n');
    const preview = await coordinator.socialMap.importCsv.preview.mutate({ ...scope, csv });
    expect(preview.valid).toBe(false);
    expect(preview.rows).toEqual([
      expect.objectContaining({
        name: 'CAW Antwerpen',
        address: 'Van Peltstraat 5; 2018 Antwerpen',
        languages: ['nl', 'fr'],
      }),
    ]);
    expect(preview.errors).toEqual([
      { row: 3, fields: { name: expect.objectContaining({ key: 'validation.required' }) } },
      { row: 4, fields: { email: expect.objectContaining({ key: expect.any(String) }) } },
      { row: 5, fields: { kind: { key: 'validation.invalid_choice' } } },
    ]);
    await expect(coordinator.socialMap.importCsv.confirm.mutate({ ...scope, csv })).rejects.toEqual(
      withKey('social_map.csv_has_errors'),
    );
    expect(await count()).toBe(before);
  });

  it('reports a missing required column', async () => {
    const preview = await coordinator.socialMap.importCsv.preview.mutate({
      ...scope,
      csv: 'name,address\nCAW,Antwerpen\n',
    });
    expect(preview.errors).toEqual([
      {
        row: 1,
        fields: { kind: { key: 'social_map.csv_missing_column', params: { column: 'kind' } } },
      },
    ]);
  });

  it('imports a valid comma CSV on confirm', async () => {
    const before = await count();
    const csv =
      'name,kind,languages\n"Huis van het Nederlands, Antwerpen",language,nl\nJobhuis,employment,"nl,en"\n';
    const preview = await coordinator.socialMap.importCsv.preview.mutate({ ...scope, csv });
    expect(preview).toMatchObject({ valid: true, errors: [] });
    expect(preview.rows).toHaveLength(2);
    const confirmed = await coordinator.socialMap.importCsv.confirm.mutate({ ...scope, csv });
    expect(confirmed.imported).toBe(2);
    expect(await count()).toBe(before + 2);
    await expect(coach.socialMap.importCsv.confirm.mutate({ ...scope, csv })).rejects.toEqual(
      withKey('forbidden'),
    );
    await expect(
      coordinator.socialMap.list.query({ organisationId: org, programmeId: lePontProgramme.id }),
    ).rejects.toEqual(withKey('not_found'));
  });
});
