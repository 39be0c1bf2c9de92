import { PARTNER_KINDS, PARTNER_ROLES, type PartnerKind, type PartnerRole } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './platform.ts';
import { valueList } from './value-list.ts';

/**
 * Partner organisations (B1): public employment services, social services, NGOs that refer
 * people to programmes. Platform tables (no tenant_id): a partner works with several member
 * organisations. What a partner may read of tenant data is decided by the `partner_read`
 * policies on the tenant tables (see tenancy.ts), never by these tables alone.
 */

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const partnerOrganisations = pgTable(
  'partner_organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').$type<PartnerKind>().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [check('partner_organisations_kind_check', sql`${t.kind} in ${valueList(PARTNER_KINDS)}`)],
);

/** A person working for a partner organisation. */
export const partnerMemberships = pgTable(
  'partner_memberships',
  {
    partnerId: uuid('partner_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role').$type<PartnerRole>().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.userId] }),
    foreignKey({ columns: [t.partnerId], foreignColumns: [partnerOrganisations.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.userId], foreignColumns: [users.id] }).onDelete('cascade'),
    index('partner_memberships_user_idx').on(t.userId),
    check('partner_memberships_role_check', sql`${t.role} in ${valueList(PARTNER_ROLES)}`),
  ],
);

/**
 * Keys for partner systems calling the REST API. The key is shown once; only its SHA-256
 * (hex) is stored, and `prefix` (the first characters) lets people tell keys apart.
 */
export const partnerApiKeys = pgTable(
  'partner_api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id').notNull(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastUsedAt: ts('last_used_at'),
    expiresAt: ts('expires_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    foreignKey({ columns: [t.partnerId], foreignColumns: [partnerOrganisations.id] }).onDelete(
      'cascade',
    ),
    uniqueIndex('partner_api_keys_hash_key').on(t.keyHash),
    index('partner_api_keys_partner_idx').on(t.partnerId),
  ],
);

/** One row per API request, per key: the rate limit holds across API processes. */
export const partnerApiRequests = pgTable(
  'partner_api_requests',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    apiKeyId: uuid('api_key_id').notNull(),
    requestedAt: ts('requested_at').notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.apiKeyId], foreignColumns: [partnerApiKeys.id] }).onDelete('cascade'),
    index('partner_api_requests_key_idx').on(t.apiKeyId, t.requestedAt),
  ],
);
