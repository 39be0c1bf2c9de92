import { sessions, type Transaction, users } from '@tandem/db';
import { and, eq, ne, sql } from 'drizzle-orm';
import { generateToken, hashToken } from './tokens.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** Sliding expiry: a session used in its last 15 days (past half its life) is extended to a full 30 again. */
const RENEW_WITHIN_MS = 15 * DAY_MS;

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

export interface ValidSession {
  id: string;
  expiresAt: Date;
  user: { id: string; email: string; name: string; locale: 'nl' | 'fr' | 'en' | null };
}

export async function createSession(
  tx: Transaction,
  userId: string,
  now = new Date(),
): Promise<IssuedSession> {
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await tx.insert(sessions).values({ id: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

/**
 * The session behind a token, renewed when past half its life (so most requests only read).
 * The unit of work it runs in acts as the session's person from then on (`app.user_id`, for
 * the audit trigger and the own-rows policies), set by the same statement that finds the
 * session: a request can check its session and do its work in one transaction without
 * another round trip.
 */
export async function validateSessionToken(
  tx: Transaction,
  token: string,
  now = new Date(),
): Promise<ValidSession | null> {
  const id = hashToken(token);
  const [row] = await tx
    .select({
      expiresAt: sessions.expiresAt,
      user: { id: users.id, email: users.email, name: users.name, locale: users.locale },
      actingAs: sql<string>`set_config('app.user_id', ${users.id}::text, true)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  if (!row) return null;
  if (now.getTime() >= row.expiresAt.getTime()) {
    await tx.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  let expiresAt = row.expiresAt;
  if (now.getTime() >= expiresAt.getTime() - RENEW_WITHIN_MS) {
    expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await tx.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
  }
  return { id, expiresAt, user: { ...row.user, locale: row.user.locale ?? null } };
}

export async function invalidateSession(tx: Transaction, sessionId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.id, sessionId));
}

/** After a password change every other device must sign in again. */
export async function invalidateOtherSessions(
  tx: Transaction,
  userId: string,
  keepSessionId: string | null,
) {
  await tx
    .delete(sessions)
    .where(
      keepSessionId
        ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId))
        : eq(sessions.userId, userId),
    );
}
