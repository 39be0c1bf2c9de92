import { type Database, partnerApiKeys, partnerApiRequests, unitOfWork } from '@tandem/db';
import { and, asc, count, desc, eq, gte, lt, min } from 'drizzle-orm';
import { AppError } from '../errors.ts';
import { generateToken, hashToken } from './tokens.ts';

/**
 * API keys of partner systems: a random token (as sessions, ADR 0002) shown once, stored as
 * its SHA-256 only, scoped to one partner organisation, revocable, optionally expiring. The
 * rate limit counts requests per key in the database, so it holds across API processes.
 */

export const API_KEY_PREFIX = 'tdm_pk_';
export const RATE_LIMIT_WINDOW_MS = 60_000;
export const RATE_LIMIT_PER_WINDOW = 60;

type KeyRow = typeof partnerApiKeys.$inferSelect;

function toApiKey(row: KeyRow, now = new Date()) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    active: row.revokedAt === null && (row.expiresAt === null || row.expiresAt > now),
  };
}

export async function createApiKey(
  db: Database,
  partnerId: string,
  userId: string,
  input: { name: string; expiresInDays?: number | null | undefined },
) {
  const key = `${API_KEY_PREFIX}${generateToken()}`;
  const expiresAt = input.expiresInDays
    ? new Date(Date.now() + input.expiresInDays * 86_400_000)
    : null;
  const [row] = await unitOfWork(db, { tenantId: null, userId }, (tx) =>
    tx
      .insert(partnerApiKeys)
      .values({
        partnerId,
        name: input.name,
        prefix: key.slice(0, API_KEY_PREFIX.length + 6),
        keyHash: hashToken(key),
        createdBy: userId,
        expiresAt,
      })
      .returning(),
  );
  if (!row) throw new AppError('internal');
  /** `key` is in this answer only; it cannot be read again. */
  return { ...toApiKey(row), key };
}

export async function listApiKeys(db: Database, partnerId: string, userId: string) {
  const rows = await unitOfWork(db, { tenantId: null, userId }, (tx) =>
    tx
      .select()
      .from(partnerApiKeys)
      .where(eq(partnerApiKeys.partnerId, partnerId))
      .orderBy(desc(partnerApiKeys.createdAt), asc(partnerApiKeys.id)),
  );
  return rows.map((row) => toApiKey(row));
}

export async function revokeApiKey(db: Database, partnerId: string, userId: string, id: string) {
  const row = await unitOfWork(db, { tenantId: null, userId }, async (tx) => {
    const where = and(eq(partnerApiKeys.partnerId, partnerId), eq(partnerApiKeys.id, id));
    const [found] = await tx.select().from(partnerApiKeys).where(where).for('update');
    if (!found) throw new AppError('not_found');
    if (found.revokedAt) return found;
    const [updated] = await tx
      .update(partnerApiKeys)
      .set({ revokedAt: new Date() })
      .where(where)
      .returning();
    return updated ?? found;
  });
  return toApiKey(row);
}

export type KeyCheck =
  | { ok: true; apiKeyId: string; partnerId: string }
  | { ok: false; retryAfterSeconds: number };

/**
 * The partner behind a key, counting this request against the key's limit. An unknown,
 * revoked or expired key is refused; over the limit, the answer says when to retry.
 */
export async function authenticateApiKey(
  db: Database,
  key: string,
  now = new Date(),
): Promise<KeyCheck> {
  return unitOfWork(db, { tenantId: null, userId: null }, async (tx) => {
    // Locked: concurrent requests with one key are counted one after the other.
    const [row] = await tx
      .select()
      .from(partnerApiKeys)
      .where(eq(partnerApiKeys.keyHash, hashToken(key)))
      .for('update');
    if (!row || row.revokedAt !== null || (row.expiresAt !== null && row.expiresAt <= now))
      throw new AppError('partner.api_key_invalid');
    const since = new Date(now.getTime() - RATE_LIMIT_WINDOW_MS);
    const [used] = await tx
      .select({ n: count(), oldest: min(partnerApiRequests.requestedAt) })
      .from(partnerApiRequests)
      .where(
        and(eq(partnerApiRequests.apiKeyId, row.id), gte(partnerApiRequests.requestedAt, since)),
      );
    if ((used?.n ?? 0) >= RATE_LIMIT_PER_WINDOW) {
      const oldest = used?.oldest ? new Date(used.oldest).getTime() : now.getTime();
      const wait = Math.ceil((oldest + RATE_LIMIT_WINDOW_MS - now.getTime()) / 1000);
      return { ok: false as const, retryAfterSeconds: Math.max(1, wait) };
    }
    await tx.insert(partnerApiRequests).values({ apiKeyId: row.id, requestedAt: now });
    await tx
      .delete(partnerApiRequests)
      .where(
        and(eq(partnerApiRequests.apiKeyId, row.id), lt(partnerApiRequests.requestedAt, since)),
      );
    await tx.update(partnerApiKeys).set({ lastUsedAt: now }).where(eq(partnerApiKeys.id, row.id));
    return { ok: true as const, apiKeyId: row.id, partnerId: row.partnerId };
  });
}
