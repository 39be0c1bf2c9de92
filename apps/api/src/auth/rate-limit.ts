import { signInAttempts, type Transaction } from '@tandem/db';
import { and, count, eq, gte, lt, or } from 'drizzle-orm';

/**
 * Failed sign-ins are counted in the database, so the limit holds however many API
 * processes run. Per account it stops password guessing on one person; per address it
 * stops one machine trying many accounts.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export async function isSignInBlocked(
  tx: Transaction,
  accountKey: string,
  address: string,
  now: Date,
) {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const failures = (where: ReturnType<typeof eq>) =>
    tx
      .select({ n: count() })
      .from(signInAttempts)
      .where(
        and(where, eq(signInAttempts.succeeded, false), gte(signInAttempts.attemptedAt, since)),
      );
  const [[byAccount], [byAddress]] = await Promise.all([
    failures(eq(signInAttempts.accountKey, accountKey)),
    failures(eq(signInAttempts.address, address)),
  ]);
  return (
    (byAccount?.n ?? 0) >= MAX_FAILURES_PER_ACCOUNT ||
    (byAddress?.n ?? 0) >= MAX_FAILURES_PER_ADDRESS
  );
}

export async function recordSignInAttempt(
  tx: Transaction,
  attempt: { accountKey: string; address: string; succeeded: boolean },
  now: Date,
) {
  await tx.insert(signInAttempts).values({ ...attempt, attemptedAt: now });
  const expired = new Date(now.getTime() - 24 * 60 * 60_000);
  await tx
    .delete(signInAttempts)
    .where(
      and(
        lt(signInAttempts.attemptedAt, expired),
        or(
          eq(signInAttempts.accountKey, attempt.accountKey),
          eq(signInAttempts.address, attempt.address),
        ),
      ),
    );
}
