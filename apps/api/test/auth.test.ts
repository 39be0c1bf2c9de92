import { DEMO_PASSWORD, queryRows, sessions, signInAttempts, unitOfWork } from '@tandem/db';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { validateSessionToken } from '../src/auth/session.ts';
import { hashToken } from '../src/auth/tokens.ts';
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
  MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_WINDOW_MINUTES,
} from '../src/limits/sign-in-limit.ts';
import { createHarness, isClientError, withKey } from './harness.ts';

const h = await createHarness();
const DAY = 24 * 60 * 60 * 1000;

describe('sign-in', () => {
  it('signs in with the right password and knows the person and their organisations', async () => {
    const client = await h.signIn('coach@debrug.example');
    const me = await client.auth.me.query();
    expect(me?.user.email).toBe('coach@debrug.example');
    expect(me?.isOperator).toBe(false);
    expect(me?.memberships.map((m) => [m.organisationName, m.role])).toEqual([
      ['De Brug vzw', 'coach'],
      ['Le Pont asbl', 'coach'],
    ]);
  });

  it('accepts the e-mail address in any case and with spaces around it', async () => {
    await expect(h.tokenFor('  Admin@DeBrug.Example ')).resolves.toMatch(/^[a-z0-9]{32}$/);
  });

  it('gives the same answer for a wrong password and an unknown e-mail address', async () => {
    const anon = h.as(null, '198.51.100.7');
    // One after the other: a second request left pending would reject unobserved.
    await expect(
      anon.auth.signIn.mutate({ email: 'admin@debrug.example', password: 'wrong-password' }),
    ).rejects.toEqual(withKey('auth.invalid_credentials'));
    await expect(
      anon.auth.signIn.mutate({ email: 'nobody@debrug.example', password: 'wrong-password' }),
    ).rejects.toEqual(withKey('auth.invalid_credentials'));
  });

  it('stops guessing on one account from one address, and tells when to try again', async () => {
    const email = 'coordinator@lepont.example';
    const guesser = h.as(null, '203.0.113.10');
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
      await expect(guesser.auth.signIn.mutate({ email, password: `guess-${i}` })).rejects.toEqual(
        withKey('auth.invalid_credentials'),
      );
    }
    const refusal = await guesser.auth.signIn
      .mutate({ email, password: DEMO_PASSWORD })
      .catch((error: unknown) => error);
    expect(refusal).toEqual(
      expect.objectContaining({
        data: expect.objectContaining({
          httpStatus: 429,
          appError: { key: 'auth.rate_limited', params: { retryAfterMinutes: expect.any(Number) } },
        }),
      }),
    );
    const minutes = isClientError(refusal) ? refusal.data?.appError.params?.retryAfterMinutes : 0;
    expect(minutes).toBeGreaterThanOrEqual(1);
    expect(minutes).toBeLessThanOrEqual(SIGN_IN_WINDOW_MINUTES);
  });

  it('does not lock the person out from their own address when someone else guesses', async () => {
    const email = 'coordinator@lepont.example';
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS + 2; i++) {
      await h
        .as(null, '203.0.113.20')
        .auth.signIn.mutate({ email, password: `guess-${i}` })
        .catch(() => undefined);
    }
    await expect(
      h.as(null, '203.0.113.21').auth.signIn.mutate({ email, password: DEMO_PASSWORD }),
    ).resolves.toMatchObject({ user: { email } });
  });

  it('stops guessing on one account spread over many addresses', async () => {
    const email = 'coach@debrug.example';
    // Recorded directly: that many argon2 checks over HTTP would only make the test slow.
    const failures = Array.from({ length: MAX_FAILURES_PER_ACCOUNT }, (_, i) => ({
      accountKey: email,
      address: `198.18.${Math.floor(i / MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS)}.1`,
      succeeded: false,
    }));
    await h.database.ownerHandle.db.insert(signInAttempts).values(failures);
    await expect(
      h.as(null, '198.18.250.1').auth.signIn.mutate({ email, password: DEMO_PASSWORD }),
    ).rejects.toEqual(withKey('auth.rate_limited'));
  });

  it('checks no more passwords than the limit when guesses arrive all at once', async () => {
    const email = 'coordinator@debrug.example';
    const guesser = h.as(null, '203.0.113.30');
    const answers = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        guesser.auth.signIn.mutate({ email, password: `parallel-guess-${i}` }),
      ),
    );
    const keys = answers.map((answer) =>
      answer.status === 'rejected' && isClientError(answer.reason)
        ? answer.reason.data?.appError.key
        : 'unexpected',
    );
    expect(keys.filter((k) => k === 'auth.invalid_credentials')).toHaveLength(
      MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
    );
    expect(keys.filter((k) => k === 'auth.rate_limited')).toHaveLength(
      40 - MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
    );
    const [recorded] = await queryRows<{ n: number }>(
      h.database.ownerHandle.db,
      sql`select count(*)::int as n from sign_in_attempts where address = '203.0.113.30'`,
    );
    expect(Number(recorded?.n)).toBe(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
  });

  it('stops one address trying many accounts', async () => {
    const address = '203.0.113.200';
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await h
        .as(null, address)
        .auth.signIn.mutate({ email: `someone-${i}@example.org`, password: 'whatever-password' })
        .catch(() => undefined);
    }
    await expect(
      h
        .as(null, address)
        .auth.signIn.mutate({ email: 'coordinator@debrug.example', password: DEMO_PASSWORD }),
    ).rejects.toEqual(withKey('auth.rate_limited'));
    await expect(h.tokenFor('coordinator@debrug.example')).resolves.toBeTruthy();
  });

  it('refuses signed-out calls to signed-in procedures, and answers me with null', async () => {
    await expect(h.as(null).auth.signOut.mutate()).rejects.toEqual(withKey('auth.unauthenticated'));
    await expect(h.as(null).auth.me.query()).resolves.toBeNull();
    await expect(h.as('a'.repeat(32)).auth.me.query()).resolves.toBeNull();
  });
});

describe('set-password links', () => {
  it('refuses an address that keeps trying links that do not work, and tells when to retry', async () => {
    const anon = h.as(null, '203.0.113.40');
    const attempt = (i: number) =>
      anon.auth.setPassword.mutate({
        token: `nosuchlink${String(i).padStart(22, '0')}`,
        password: 'a-long-enough-password',
      });
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++)
      await expect(attempt(i)).rejects.toEqual(withKey('auth.password_token_invalid'));
    await expect(attempt(MAX_FAILURES_PER_ADDRESS)).rejects.toEqual(
      expect.objectContaining({
        data: expect.objectContaining({
          httpStatus: 429,
          appError: { key: 'auth.rate_limited', params: { retryAfterMinutes: expect.any(Number) } },
        }),
      }),
    );
    await expect(
      h.as(null, '203.0.113.41').auth.setPassword.mutate({
        token: 'nosuchlink'.padEnd(32, '0'),
        password: 'a-long-enough-password',
      }),
    ).rejects.toEqual(withKey('auth.password_token_invalid'));
  });
});

describe('sessions', () => {
  it('stores only the hash of the token', async () => {
    const token = await h.tokenFor('admin@debrug.example');
    const rows = await unitOfWork(h.database.db, { tenantId: null, userId: null }, (tx) =>
      tx.select().from(sessions),
    );
    expect(rows.some((r) => r.id === token)).toBe(false);
    expect(rows.some((r) => r.id === hashToken(token))).toBe(true);
  });

  it('signs out: the token stops working', async () => {
    const token = await h.tokenFor('admin@debrug.example');
    await h.as(token).auth.signOut.mutate();
    await expect(h.as(token).auth.me.query()).resolves.toBeNull();
  });

  it('slides: a session used in its last 15 days is extended, an expired one is gone', async () => {
    const token = await h.tokenFor('admin@debrug.example');
    const scope = { tenantId: null, userId: null };
    const start = Date.now();
    const early = await unitOfWork(h.database.db, scope, (tx) =>
      validateSessionToken(tx, token, new Date(start + 10 * DAY)),
    );
    expect(early?.expiresAt.getTime()).toBeLessThan(start + 31 * DAY);
    const late = await unitOfWork(h.database.db, scope, (tx) =>
      validateSessionToken(tx, token, new Date(start + 20 * DAY)),
    );
    expect(late?.expiresAt.getTime()).toBeGreaterThan(start + 49 * DAY);
    const expired = await unitOfWork(h.database.db, scope, (tx) =>
      validateSessionToken(tx, token, new Date(start + 60 * DAY)),
    );
    expect(expired).toBeNull();
  });

  it('changing the password signs out the other sessions and keeps this one signed in', async () => {
    const email = 'coordinator@debrug.example';
    const otherDevice = await h.tokenFor(email);
    const thisDevice = await h.tokenFor(email);
    const newPassword = 'a-much-longer-passphrase';
    await expect(
      h
        .as(thisDevice)
        .auth.changePassword.mutate({ currentPassword: 'not-my-password', newPassword }),
    ).rejects.toEqual(withKey('auth.current_password_wrong'));
    const renewed = await h
      .as(thisDevice)
      .auth.changePassword.mutate({ currentPassword: DEMO_PASSWORD, newPassword });
    await expect(h.as(otherDevice).auth.me.query()).resolves.toBeNull();
    await expect(h.as(renewed.token).auth.me.query()).resolves.toMatchObject({ user: { email } });
    await expect(h.tokenFor(email, newPassword)).resolves.toBeTruthy();
    await h
      .as(renewed.token)
      .auth.changePassword.mutate({ currentPassword: newPassword, newPassword: DEMO_PASSWORD });
  });

  it('remembers the language a person chose', async () => {
    const client = await h.signIn('admin@debrug.example');
    await client.auth.setLocale.mutate({ locale: 'fr' });
    await expect(client.auth.me.query()).resolves.toMatchObject({ user: { locale: 'fr' } });
    await client.auth.setLocale.mutate({ locale: 'nl' });
  });
});
