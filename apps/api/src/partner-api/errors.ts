import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { AppError, AppErrorKey } from '../errors.ts';
import { BODY_LIMITS } from '../http/body-limit.ts';

/**
 * The partner API's error codes: the API's own error keys (errors.ts), stable, with an
 * English message for developers of partner systems (people read translated texts in the
 * apps, never these).
 */
const MESSAGES = {
  'validation.invalid_input':
    'The request body is not valid: not UTF-8, not JSON, or wrong fields (see error.fields).',
  'request.too_large': `The request body is larger than this API accepts (${BODY_LIMITS.partner / 1024} KiB).`,
  'request.unsupported_media_type': 'Send the request body as Content-Type: application/json.',
  'partner.api_key_invalid': 'The API key is missing, unknown, revoked or expired.',
  'partner.rate_limited': 'Too many requests for this API key; retry after Retry-After seconds.',
  'partner.idempotency_key_required': 'POST requests need an Idempotency-Key header.',
  'partner.idempotency_key_reused':
    'This Idempotency-Key was used for a different request body; use a new key.',
  'partner.not_linked': 'Your organisation is not a referral partner of this organisation.',
  not_found: 'Not found.',
  internal: 'Something went wrong on our side.',
} as const satisfies Partial<Record<AppErrorKey, string>>;

export type PartnerApiErrorCode = keyof typeof MESSAGES;
export const PARTNER_API_ERROR_CODES = Object.keys(MESSAGES) as [
  PartnerApiErrorCode,
  ...PartnerApiErrorCode[],
];

export function errorBody(code: PartnerApiErrorCode, fields?: Record<string, { key: string }>) {
  return { error: { code, message: MESSAGES[code], ...(fields ? { fields } : {}) } };
}

/** An AppError as the partner API answers it: its status and code. */
export function fromAppError(error: AppError): { status: number; code: PartnerApiErrorCode } {
  const code: PartnerApiErrorCode =
    error.key in MESSAGES ? (error.key as PartnerApiErrorCode) : 'internal';
  return { status: code === 'internal' ? 500 : getHTTPStatusCodeFromError(error), code };
}
