import { LOCALES, REFERRAL_CHANNELS, REFERRAL_STATUSES } from '@tandem/domain';
import { z } from 'zod';
import { RATE_LIMIT_PER_WINDOW } from '../auth/partner-api-keys.ts';
import { BODY_LIMITS } from '../http/body-limit.ts';
import { ReferralSubmission } from '../routers/partner/partner.schema.ts';
import { PARTNER_API_ERROR_CODES } from './errors.ts';

/**
 * The OpenAPI 3.1 document of the partner REST API, generated from the same zod schemas the
 * API validates with (zod 4's JSON Schema output is draft 2020-12, which OpenAPI 3.1 uses).
 */

const PartnerReferral = z
  .object({
    id: z.uuid(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    programmeId: z.uuid(),
    personName: z.string(),
    status: z.enum(REFERRAL_STATUSES),
    via: z.enum(REFERRAL_CHANNELS),
    submittedAt: z.iso.datetime(),
    statusChangedAt: z.iso.datetime(),
  })
  .meta({ id: 'Referral' });

const OnwardReferral = z
  .object({
    id: z.uuid(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    person: z.object({
      name: z.string(),
      email: z.string(),
      phone: z.string().nullable(),
      preferredLanguage: z.enum(LOCALES),
    }),
    note: z.string(),
    sentAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'OnwardReferral' });

const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum(PARTNER_API_ERROR_CODES),
      message: z.string(),
      /** For `validation.invalid_input`: the first problem per field (dotted path). */
      fields: z.record(z.string(), z.object({ key: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

function schemaOf(schema: z.ZodType, io: 'input' | 'output') {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  const {
    $schema: _ignored,
    $ref,
    $defs,
    ...rest
  } = json as Record<string, unknown> & {
    $ref?: string;
    $defs?: Record<string, unknown>;
  };
  // A schema with a meta id comes out as a reference to itself in `$defs`: unwrap it.
  const name = $ref?.replace('#/$defs/', '');
  return name && $defs?.[name] ? $defs[name] : rest;
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

export function partnerOpenApiDocument(serverUrl = '/') {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tandem partner API',
      version: '1.0.0',
      description: `Partner organisations refer people to mentoring programmes and follow their referrals. Authenticate with an API key created by a partner admin in Tandem (\`Authorization: Bearer <key>\`). Every key may make ${RATE_LIMIT_PER_WINDOW} requests per minute; beyond that the answer is 429 with \`Retry-After\` (seconds). Errors are JSON \`{ "error": { "code", "message" } }\` with a stable \`code\`.`,
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    paths: {
      '/partner/v1/referrals': {
        post: {
          operationId: 'submitReferral',
          summary: 'Refer a person to a programme',
          description:
            `The body is JSON in UTF-8 (\`Content-Type: application/json\`, optionally with \`charset=utf-8\`) of at most ${BODY_LIMITS.partner / 1024} KiB. ` +
            'Requires an `Idempotency-Key` header. Retrying with the same key and the same body returns the original referral (201, same id, header `Idempotent-Replayed: true`) without creating another; the same key with a different body is refused with 422 `partner.idempotency_key_reused`.',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
            },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/ReferralSubmission' } },
            },
          },
          responses: {
            '201': {
              description: 'The referral (new, or the original one for a retried request).',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/Referral' } },
              },
            },
            '400': errorResponse(
              'Invalid body (not UTF-8, not JSON, or invalid fields) or missing Idempotency-Key.',
            ),
            '401': errorResponse('Missing, unknown, revoked or expired API key.'),
            '403': errorResponse('The partner is not linked to this organisation.'),
            '404': errorResponse('Unknown organisation or programme.'),
            '413': errorResponse(
              `Body larger than ${BODY_LIMITS.partner / 1024} KiB (\`request.too_large\`).`,
            ),
            '415': errorResponse(
              'Body not sent as `application/json` (`request.unsupported_media_type`).',
            ),
            '422': errorResponse('Idempotency-Key reused with a different body.'),
            '429': errorResponse('Rate limit reached; see Retry-After.'),
          },
        },
      },
      '/partner/v1/referrals/{id}': {
        get: {
          operationId: 'getReferral',
          summary: "A referral's status (the partner's own referrals only)",
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          ],
          responses: {
            '200': {
              description: 'The referral.',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/Referral' } },
              },
            },
            '401': errorResponse('Missing, unknown, revoked or expired API key.'),
            '404': errorResponse('No such referral of this partner, or not a referral id.'),
            '429': errorResponse('Rate limit reached; see Retry-After.'),
          },
        },
      },
      '/partner/v1/onward-referrals': {
        get: {
          operationId: 'listOnwardReferrals',
          summary: 'People referred on to this partner by programmes (inbox)',
          responses: {
            '200': {
              description: 'The onward referrals, newest first.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      items: {
                        type: 'array',
                        items: { $ref: '#/components/schemas/OnwardReferral' },
                      },
                    },
                    required: ['items'],
                  },
                },
              },
            },
            '401': errorResponse('Missing, unknown, revoked or expired API key.'),
            '429': errorResponse('Rate limit reached; see Retry-After.'),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'A partner API key.' },
      },
      schemas: {
        ReferralSubmission: schemaOf(ReferralSubmission, 'input'),
        Referral: schemaOf(PartnerReferral, 'output'),
        OnwardReferral: schemaOf(OnwardReferral, 'output'),
        Error: schemaOf(ErrorBody, 'output'),
      },
    },
  };
}
