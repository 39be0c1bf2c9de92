import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '@tandem/db';
import { z } from 'zod';
import { authenticateApiKey } from '../auth/partner-api-keys.ts';
import { AppError } from '../errors.ts';
import { BODY_LIMITS, readBody } from '../http/body-limit.ts';
import type { Logger } from '../logger.ts';
import { errorFields } from '../logger.ts';
import { ReferralSubmission } from '../routers/partner/partner.schema.ts';
import {
  getPartnerReferral,
  hashSubmission,
  listOnwardReferralInbox,
  type PartnerActor,
  submitReferral,
} from '../routers/partner/referral.service.ts';
import { fieldErrorsFromZod } from '../trpc/validation.ts';
import { errorBody, fromAppError, type PartnerApiErrorCode } from './errors.ts';
import { partnerOpenApiDocument } from './openapi.ts';

/**
 * The partner REST API, `/partner/v1/…`: a thin layer over the same service functions as
 * the partner app's tRPC procedures (routers/partner/referral.service.ts). Authentication
 * by API key, a per-key rate limit, idempotent submission, JSON errors with stable codes.
 */

export const PARTNER_API_PREFIX = '/partner/v1/';
const IdempotencyKey = z.string().regex(/^[\x21-\x7e]{1,200}$/);

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function fail(res: ServerResponse, status: number, code: PartnerApiErrorCode, extra?: object) {
  send(res, status, { ...errorBody(code), ...extra });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** `application/json`, with nothing but an optional UTF-8 charset. */
const JSON_MEDIA_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413; code: PartnerApiErrorCode };

async function readJson(req: IncomingMessage): Promise<JsonBody> {
  const body = await readBody(req, BODY_LIMITS.partner);
  if (!body) return { ok: false, status: 413, code: 'request.too_large' };
  try {
    // Invalid UTF-8 is refused, not stored with replacement characters.
    return { ok: true, value: JSON.parse(utf8.decode(body)) };
  } catch {
    return { ok: false, status: 400, code: 'validation.invalid_input' };
  }
}

/** A path segment as text; `null` for malformed percent-encoding. */
function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export async function handlePartnerApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  db: Database,
  log: Logger,
): Promise<void> {
  const route = path.slice(PARTNER_API_PREFIX.length);
  const method = req.method ?? 'GET';
  try {
    if (route === 'openapi.json' && method === 'GET')
      return send(res, 200, partnerOpenApiDocument(), { 'cache-control': 'public, max-age=300' });

    const referralMatch = /^referrals\/([^/]+)$/.exec(route);
    const known =
      (route === 'referrals' && method === 'POST') ||
      (referralMatch !== null && method === 'GET') ||
      (route === 'onward-referrals' && method === 'GET');
    if (!known) return fail(res, 404, 'not_found');

    const key = /^Bearer (\S{8,200})$/.exec(header(req, 'authorization') ?? '')?.[1];
    if (!key) return fail(res, 401, 'partner.api_key_invalid');
    const check = await authenticateApiKey(db, key);
    if (!check.ok) {
      res.setHeader('retry-after', String(check.retryAfterSeconds));
      return fail(res, 429, 'partner.rate_limited');
    }
    const actor: PartnerActor = {
      partnerId: check.partnerId,
      userId: null,
      via: 'api',
      apiKeyId: check.apiKeyId,
    };

    if (route === 'onward-referrals')
      return send(res, 200, { items: await listOnwardReferralInbox(db, actor) });

    if (referralMatch) {
      const id = z.uuid().safeParse(decodedSegment(referralMatch[1] ?? ''));
      // Not a referral id: like an id of another partner, nothing to find.
      if (!id.success) return fail(res, 404, 'not_found');
      return send(res, 200, await getPartnerReferral(db, actor, id.data));
    }

    // POST /referrals
    if (!JSON_MEDIA_TYPE.test(header(req, 'content-type') ?? ''))
      return fail(res, 415, 'request.unsupported_media_type');
    const idempotencyKey = IdempotencyKey.safeParse(header(req, 'idempotency-key'));
    if (!idempotencyKey.success) return fail(res, 400, 'partner.idempotency_key_required');
    const body = await readJson(req);
    if (!body.ok) return fail(res, body.status, body.code);
    const parsed = ReferralSubmission.safeParse(body.value);
    if (!parsed.success)
      return send(
        res,
        400,
        errorBody('validation.invalid_input', fieldErrorsFromZod(parsed.error)),
      );
    const { referral, replayed } = await submitReferral(db, actor, parsed.data, {
      key: idempotencyKey.data,
      requestHash: hashSubmission(parsed.data),
    });
    return send(res, 201, referral, {
      location: `${PARTNER_API_PREFIX}referrals/${referral.id}`,
      ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
    });
  } catch (error) {
    if (error instanceof AppError) {
      const { status, code } = fromAppError(error);
      if (status >= 500) log.error('partner api failed', { path, ...errorFields(error) });
      return fail(res, status, code);
    }
    log.error('partner api failed', { path, ...errorFields(error) });
    if (!res.headersSent) fail(res, 500, 'internal');
  }
}
