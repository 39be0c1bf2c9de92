import { signInAttempts, type Transaction } from '@tandem/db';
import { and, desc, eq, gte, lt, or, type SQL, sql } from 'drizzle-orm';

/**
 * Failed attempts at a credential — a password at sign-in, or a set-password link — are
 * counted in the database, so the limits hold however many API processes run. In any
 * 15 minutes:
 *
 * - 5 failures per account from one address: someone guessing one person's password. Only
 *   that address is refused, so guesses from elsewhere cannot lock the person out.
 * - 20 failures per address, over all accounts and links: one machine trying many.
 * - 100 failures per account over all addresses: a brake on guessing spread over many
 *   machines. It takes at least 20 addresses to reach, and it does lock the person out
 *   until the window has passed: the price of not letting a botnet guess without end.
 *
 * Set-password links are counted per address only: they belong to no account we could
 * name, and a limit over all addresses would let anyone stop everyone setting a password.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const MAX_FAILURES_PER_ACCOUNT = 100;

/**
 * The account key failed one-time links (set-password and sign-in links) are recorded
 * under; never an e-mail address.
 */
export const PASSWORD_LINK_KEY = 'set-password-link';

/**
 * Asking for a portal sign-in link sends a mail, so every request counts, not only a
 * failure: at most 5 per address (the person's inbox) in the window, over all client
 * addresses, and the 20 per client address shared with every other attempt. The answer
 * never says whether the address is known, and the limit applies alike to both.
 */
export const MAX_SIGN_IN_LINKS_PER_ACCOUNT = 5;

/** Link requests are counted apart from password attempts at the same address. */
export const signInLinkKey = (email: string) => `sign-in-link:${email}`;

/** Any fixed numbers; with a key's hash they name a transaction lock per account or address. */
const ACCOUNT_LOCK_CLASS = 7_274_003;
const ADDRESS_LOCK_CLASS = 7_274_004;

export interface Attempt {
  /** The e-mail address tried, `signInLinkKey(email)`, or `PASSWORD_LINK_KEY`. */
  accountKey: string;
  address: string;
}

const lock = (tx: Transaction, lockClass: number, key: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(${lockClass}::int, hashtext(${key}::text))`);

/**
 * Takes the account's and the address's locks for the rest of the transaction, so that
 * concurrent attempts are checked and recorded one after the other (the caller records the
 * attempt in the same transaction), and says how many minutes the attempt must wait (null:
 * it may go ahead). The account's lock is always taken before the address's, so two
 * attempts never wait for each other's.
 */
export async function attemptWait(
  tx: Transaction,
  attempt: Attempt,
  now: Date,
): Promise<number | null> {
  const perAccount = attempt.accountKey !== PASSWORD_LINK_KEY;
  if (perAccount) await lock(tx, ACCOUNT_LOCK_CLASS, attempt.accountKey);
  await lock(tx, ADDRESS_LOCK_CLASS, attempt.address);

  const windowMs = SIGN_IN_WINDOW_MINUTES * 60_000;
  const since = new Date(now.getTime() - windowMs);
  // Refused while `max` failures lie in the window: until the max-th most recent leaves it.
  const wait = async (where: SQL | undefined, max: number) => {
    const [limiting] = await tx
      .select({ at: signInAttempts.attemptedAt })
      .from(signInAttempts)
      .where(
        and(where, eq(signInAttempts.succeeded, false), gte(signInAttempts.attemptedAt, since)),
      )
      .orderBy(desc(signInAttempts.attemptedAt))
      .offset(max - 1)
      .limit(1);
    if (!limiting) return null;
    return Math.max(1, Math.ceil((limiting.at.getTime() + windowMs - now.getTime()) / 60_000));
  };
  const byAccount = eq(signInAttempts.accountKey, attempt.accountKey);
  const byAddress = eq(signInAttempts.address, attempt.address);
  const waits = [await wait(byAddress, MAX_FAILURES_PER_ADDRESS)];
  if (attempt.accountKey.startsWith(signInLinkKey(''))) {
    waits.push(await wait(byAccount, MAX_SIGN_IN_LINKS_PER_ACCOUNT));
  } else if (perAccount) {
    waits.push(await wait(and(byAccount, byAddress), MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS));
    waits.push(await wait(byAccount, MAX_FAILURES_PER_ACCOUNT));
  }
  const refused = waits.filter((minutes) => minutes !== null);
  return refused.length > 0 ? Math.max(...refused) : null;
}

export async function recordAttempt(
  tx: Transaction,
  attempt: Attempt & { succeeded: boolean },
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
