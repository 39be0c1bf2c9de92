import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '@tandem/db';
import { z } from 'zod';
import { AppError } from '../errors.ts';
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
import { authenticateApiKey } from './api-keys.ts';
import { errorBody, fromAppError, type PartnerApiErrorCode } from './errors.ts';
import { partnerOpenApiDocument } from './openapi.ts';

/**
 * The partner REST API, `/partner/v1/…`: a thin layer over the same service functions as
 * the partner app's tRPC procedures (routers/partner/referral.service.ts). Authentication
 * by API key, a per-key rate limit, idempotent submission, JSON errors with stable codes.
 */

export const PARTNER_API_PREFIX = '/partner/v1/';
const MAX_BODY_BYTES = 64 * 1024;
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

async function readJson(
  req: IncomingMessage,
): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return { ok: false };
    chunks.push(chunk as Buffer);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { ok: false };
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
      const id = z.uuid().safeParse(decodeURIComponent(referralMatch[1] ?? ''));
      // Not a referral id: like an id of another partner, nothing to find.
      if (!id.success) return fail(res, 404, 'not_found');
      return send(res, 200, await getPartnerReferral(db, actor, id.data));
    }

    // POST /referrals
    const idempotencyKey = IdempotencyKey.safeParse(header(req, 'idempotency-key'));
    if (!idempotencyKey.success) return fail(res, 400, 'partner.idempotency_key_required');
    const body = await readJson(req);
    if (!body.ok) return fail(res, 400, 'validation.invalid_input');
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
