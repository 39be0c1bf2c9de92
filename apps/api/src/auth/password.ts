import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * Also run for unknown e-mail addresses against this throw-away hash, so the answer takes
 * as long whether or not the account exists.
 */
const UNKNOWN_ACCOUNT_HASH = hash('no account has this password', OPTIONS);

export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  try {
    return await verify(passwordHash ?? (await UNKNOWN_ACCOUNT_HASH), password);
  } catch {
    return false;
  }
}
