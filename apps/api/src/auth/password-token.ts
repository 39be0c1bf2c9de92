import { passwordTokens, type Transaction } from '@tandem/db';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { generateToken, hashToken } from './tokens.ts';

const LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** A one-time link to set a password, valid for a week. */
export async function createPasswordToken(
  tx: Transaction,
  userId: string,
  now = new Date(),
): Promise<string> {
  const token = generateToken();
  await tx.insert(passwordTokens).values({
    id: hashToken(token),
    userId,
    expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS),
  });
  return token;
}

/** Marks the link used and returns its person, or null when unknown, used or expired. */
export async function consumePasswordToken(tx: Transaction, token: string, now = new Date()) {
  const [row] = await tx
    .update(passwordTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordTokens.id, hashToken(token)),
        isNull(passwordTokens.usedAt),
        gt(passwordTokens.expiresAt, now),
      ),
    )
    .returning({ userId: passwordTokens.userId });
  return row?.userId ?? null;
}
