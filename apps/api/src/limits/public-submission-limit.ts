import { publicSubmissions, type Transaction } from '@tandem/db';
import { and, count, eq, gte, lt, min, sql } from 'drizzle-orm';

/**
 * Submissions without an account are counted per client address in the database, so the
 * limit holds however many API processes run, and across all organisations.
 */
export const PUBLIC_SUBMISSION_WINDOW_MINUTES = 10;
export const MAX_PUBLIC_SUBMISSIONS_PER_ADDRESS = 10;

export type PublicSubmissionKind = 'info_session_registration' | 'application';

/** Any fixed number; with the address's hash it names a per-address transaction lock. */
const SUBMISSION_LOCK_CLASS = 7_274_002;

/**
 * Takes the address's lock for the rest of the transaction, so concurrent submissions from
 * one address are counted one after the other, and says how many minutes it must wait
 * (null: it may submit).
 */
export async function publicSubmissionWait(
  tx: Transaction,
  address: string,
  now: Date,
): Promise<number | null> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(${SUBMISSION_LOCK_CLASS}::int, hashtext(${address}::text))`,
  );
  const windowMs = PUBLIC_SUBMISSION_WINDOW_MINUTES * 60_000;
  const since = new Date(now.getTime() - windowMs);
  const [used] = await tx
    .select({ n: count(), oldest: min(publicSubmissions.submittedAt) })
    .from(publicSubmissions)
    .where(and(eq(publicSubmissions.address, address), gte(publicSubmissions.submittedAt, since)));
  if ((used?.n ?? 0) < MAX_PUBLIC_SUBMISSIONS_PER_ADDRESS) return null;
  const oldest = used?.oldest ? new Date(used.oldest).getTime() : now.getTime();
  return Math.max(1, Math.ceil((oldest + windowMs - now.getTime()) / 60_000));
}

export async function recordPublicSubmission(
  tx: Transaction,
  submission: { address: string; kind: PublicSubmissionKind },
  now: Date,
) {
  await tx.insert(publicSubmissions).values({ ...submission, submittedAt: now });
  const expired = new Date(now.getTime() - PUBLIC_SUBMISSION_WINDOW_MINUTES * 60_000);
  await tx
    .delete(publicSubmissions)
    .where(
      and(
        eq(publicSubmissions.address, submission.address),
        lt(publicSubmissions.submittedAt, expired),
      ),
    );
}
