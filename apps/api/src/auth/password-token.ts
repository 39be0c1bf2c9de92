import { passwordTokens, type Transaction } from '@tandem/db';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { generateToken, hashToken } from './tokens.ts';

export type OneTimeLinkPurpose = 'set_password' | 'sign_in';

/**
 * A link to set a password lives a week (it may wait in an inbox); a sign-in link 15
 * minutes: it is the only credential a participant needs.
 */
const LINK_LIFETIME_MS: Record<OneTimeLinkPurpose, number> = {
  set_password: 7 * 24 * 60 * 60 * 1000,
  sign_in: 15 * 60 * 1000,
};

/** A one-time link for `purpose`; only its SHA-256 is stored. */
export async function createPasswordToken(
  tx: Transaction,
  userId: string,
  now = new Date(),
  purpose: OneTimeLinkPurpose = 'set_password',
): Promise<string> {
  const token = generateToken();
  await tx.insert(passwordTokens).values({
    id: hashToken(token),
    userId,
    purpose,
    expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS[purpose]),
  });
  return token;
}

/**
 * Marks the link used and returns its person, or null when unknown, used, expired or made
 * for another purpose (a sign-in link never sets a password, nor the other way round).
 */
export async function consumePasswordToken(
  tx: Transaction,
  token: string,
  now = new Date(),
  purpose: OneTimeLinkPurpose = 'set_password',
) {
  const [row] = await tx
    .update(passwordTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordTokens.id, hashToken(token)),
        eq(passwordTokens.purpose, purpose),
        isNull(passwordTokens.usedAt),
        gt(passwordTokens.expiresAt, now),
      ),
    )
    .returning({ userId: passwordTokens.userId });
  return row?.userId ?? null;
}
