import {
  memberships,
  organisations,
  platformOperators,
  type Transaction,
  unitOfWork,
  users,
} from '@tandem/db';
import { asc, eq } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { consumePasswordToken } from '../../auth/password-token.ts';
import {
  createSession,
  invalidateOtherSessions,
  invalidateSession,
  validateSessionToken,
} from '../../auth/session.ts';
import { AppError } from '../../errors.ts';
import { attemptWait, PASSWORD_LINK_KEY, recordAttempt } from '../../limits/sign-in-limit.ts';
import { router } from '../../trpc/init.ts';
import { publicProcedure, signedInProcedure } from '../../trpc/procedures.ts';
import {
  ChangePasswordInput,
  type IssuedSessionOutput,
  SetLocaleInput,
  SetPasswordInput,
  SignInInput,
} from './auth.schema.ts';

const platformScope = (userId: string | null = null) => ({ tenantId: null, userId });

async function startSession(tx: Transaction, userId: string): Promise<IssuedSessionOutput> {
  const session = await createSession(tx, userId);
  return { token: session.token, expiresAt: session.expiresAt.toISOString() };
}

export const authRouter = router({
  signIn: publicProcedure.input(SignInInput).mutation(async ({ ctx, input }) => {
    const now = new Date();
    // The attempt is recorded in a transaction that commits whether or not the password
    // was right; the refusal is thrown only afterwards.
    const attempt = { accountKey: input.email, address: ctx.clientAddress };
    const outcome = await unitOfWork(ctx.db, platformScope(), async (tx) => {
      const retryAfterMinutes = await attemptWait(tx, attempt, now);
      if (retryAfterMinutes !== null) return { kind: 'blocked' as const, retryAfterMinutes };
      const [user] = await tx.select().from(users).where(eq(users.email, input.email));
      const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
      await recordAttempt(tx, { ...attempt, succeeded: valid && !!user }, now);
      if (!valid || !user) return { kind: 'refused' as const };
      const session = await startSession(tx, user.id);
      return {
        kind: 'signed_in' as const,
        ...session,
        user: { id: user.id, email: user.email, name: user.name, locale: user.locale ?? null },
      };
    });
    if (outcome.kind === 'blocked')
      throw new AppError('auth.rate_limited', { retryAfterMinutes: outcome.retryAfterMinutes });
    if (outcome.kind === 'refused') throw new AppError('auth.invalid_credentials');
    const { kind: _signedIn, ...result } = outcome;
    return result;
  }),

  signOut: signedInProcedure.mutation(async ({ ctx }) => {
    await unitOfWork(ctx.db, platformScope(ctx.user.id), (tx) =>
      invalidateSession(tx, ctx.session.id),
    );
    return { ok: true as const };
  }),

  me: publicProcedure.query(async ({ ctx }) => {
    const token = ctx.sessionToken;
    if (!token) return null;
    const session = await unitOfWork(ctx.db, platformScope(), (tx) =>
      validateSessionToken(tx, token),
    );
    if (!session) return null;
    // With the user in scope, the memberships policy lets a person read their own rows
    // across organisations.
    return unitOfWork(ctx.db, platformScope(session.user.id), async (tx) => {
      const rows = await tx
        .select({
          organisationId: memberships.tenantId,
          organisationName: organisations.name,
          organisationSlug: organisations.slug,
          role: memberships.role,
        })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.tenantId))
        .where(eq(memberships.userId, session.user.id))
        .orderBy(asc(organisations.name));
      const operator = await tx
        .select()
        .from(platformOperators)
        .where(eq(platformOperators.userId, session.user.id));
      return {
        user: session.user,
        session: { expiresAt: session.expiresAt.toISOString() },
        isOperator: operator.length > 0,
        memberships: rows,
      };
    });
  }),

  changePassword: signedInProcedure.input(ChangePasswordInput).mutation(async ({ ctx, input }) => {
    const newHash = await hashPassword(input.newPassword);
    const outcome = await unitOfWork(ctx.db, platformScope(ctx.user.id), async (tx) => {
      const [user] = await tx.select().from(users).where(eq(users.id, ctx.user.id));
      if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) return null;
      await tx.update(users).set({ passwordHash: newHash }).where(eq(users.id, user.id));
      await invalidateOtherSessions(tx, user.id, null);
      return startSession(tx, user.id);
    });
    if (!outcome) throw new AppError('auth.current_password_wrong');
    return outcome;
  }),

  setPassword: publicProcedure.input(SetPasswordInput).mutation(async ({ ctx, input }) => {
    const now = new Date();
    const attempt = { accountKey: PASSWORD_LINK_KEY, address: ctx.clientAddress };
    // Like sign-in: a failed link is recorded in a transaction that commits.
    const outcome = await unitOfWork(ctx.db, platformScope(), async (tx) => {
      const retryAfterMinutes = await attemptWait(tx, attempt, now);
      if (retryAfterMinutes !== null) return { kind: 'blocked' as const, retryAfterMinutes };
      const userId = await consumePasswordToken(tx, input.token, now);
      await recordAttempt(tx, { ...attempt, succeeded: userId !== null }, now);
      if (!userId) return { kind: 'refused' as const };
      // Hashed only behind a valid link: anyone may call this, and argon2 is costly on purpose.
      const newHash = await hashPassword(input.password);
      await tx.update(users).set({ passwordHash: newHash }).where(eq(users.id, userId));
      await invalidateOtherSessions(tx, userId, null);
      return { kind: 'set' as const, ...(await startSession(tx, userId)) };
    });
    if (outcome.kind === 'blocked')
      throw new AppError('auth.rate_limited', { retryAfterMinutes: outcome.retryAfterMinutes });
    if (outcome.kind === 'refused') throw new AppError('auth.password_token_invalid');
    const { kind: _set, ...session } = outcome;
    return session;
  }),

  setLocale: signedInProcedure.input(SetLocaleInput).mutation(async ({ ctx, input }) => {
    await unitOfWork(ctx.db, platformScope(ctx.user.id), (tx) =>
      tx.update(users).set({ locale: input.locale }).where(eq(users.id, ctx.user.id)),
    );
    return { ok: true as const };
  }),
});
