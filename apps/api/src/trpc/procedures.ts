import {
  type Database,
  memberships,
  organisations,
  participantAccounts,
  partnerMemberships,
  platformOperators,
  programmes,
  type Transaction,
  unitOfWork,
} from '@tandem/db';
import { type MembershipRole, type Permission, roleCan } from '@tandem/domain';
import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { type ValidSession, validateSessionToken } from '../auth/session.ts';
import { AppError, appErrorForConstraint } from '../errors.ts';
import {
  type PublicSubmissionKind,
  publicSubmissionWait,
  recordPublicSubmission,
} from '../limits/public-submission-limit.ts';
import { errorFields } from '../logger.ts';
import { OrganisationSlug } from '../shared.schema.ts';
import { baseProcedure, middleware } from './init.ts';

/**
 * Procedures are composed from these layers, each adding to the context:
 * public → signed in → member of the organisation with a permission (inside the tenant
 * unit of work) → or platform operator; and, for mentors and mentees, participant of the
 * organisation (inside its participant unit of work).
 */

const withRequestLog = middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const fields = {
    requestId: ctx.requestId,
    path,
    type,
    ms: Math.round(performance.now() - started),
  };
  if (result.ok) {
    ctx.log.info('procedure', fields);
    // The outermost layer: any unit of work of the procedure has committed by now.
    for (const task of ctx.afterCommit.splice(0)) task();
  } else if (result.error.code === 'INTERNAL_SERVER_ERROR')
    ctx.log.error('procedure failed', {
      ...fields,
      ...errorFields(result.error.cause ?? result.error),
    });
  else
    ctx.log.info('procedure refused', {
      ...fields,
      code: result.error.code,
      key: result.error instanceof AppError ? result.error.key : result.error.code,
    });
  return result;
});

export const publicProcedure = baseProcedure.use(withRequestLog);

async function requireSession(db: Database, token: string): Promise<ValidSession> {
  const session = await unitOfWork(db, { tenantId: null, userId: null }, (tx) =>
    validateSessionToken(tx, token),
  );
  if (!session) throw new AppError('auth.unauthenticated');
  return session;
}

export const signedInProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const token = ctx.sessionToken;
  if (!token) throw new AppError('auth.unauthenticated');
  const session = await requireSession(ctx.db, token);
  return next({ ctx: { session, user: session.user } });
});

const OrganisationInput = z.object({ organisationId: z.uuid() });

export interface MemberUnit {
  tx: Transaction;
  session: ValidSession;
  role: MembershipRole;
}

const UNAUTHENTICATED = Symbol('unauthenticated');

/**
 * Runs `work` inside the organisation's unit of work for the person behind the session
 * token: the session, the membership and the work share one transaction, the one a request
 * costs. A person who is not a member gets "not found", so ids of other organisations reveal
 * nothing; a member without the permission gets "forbidden".
 */
export async function inMemberUnit<T>(
  db: Database,
  token: string,
  organisationId: string,
  permission: Permission,
  work: (unit: MemberUnit) => Promise<T>,
): Promise<T> {
  const outcome = await unitOfWork(db, { tenantId: organisationId, userId: null }, async (tx) => {
    const session = await validateSessionToken(tx, token);
    // Returned, not thrown: removing an expired session must still commit.
    if (!session) return UNAUTHENTICATED;
    const [membership] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(
        and(eq(memberships.tenantId, organisationId), eq(memberships.userId, session.user.id)),
      );
    if (!membership) throw new AppError('not_found');
    const role: MembershipRole = membership.role;
    if (!roleCan(role, permission)) throw new AppError('forbidden');
    return { value: await work({ tx, session, role }) };
  }).catch((error: unknown) => {
    throw appErrorForConstraint(error) ?? error;
  });
  if (outcome === UNAUTHENTICATED) throw new AppError('auth.unauthenticated');
  return outcome.value;
}

/** Runs the procedure inside the tenant's unit of work as `ctx.tx` (see `inMemberUnit`). */
export function organisationProcedure(permission: Permission) {
  return publicProcedure.use(async ({ ctx, getRawInput, next }) => {
    const token = ctx.sessionToken;
    if (!token) throw new AppError('auth.unauthenticated');
    const parsed = OrganisationInput.safeParse(await getRawInput());
    if (!parsed.success) {
      // As for any signed-in procedure, a stranger learns nothing about the input.
      await requireSession(ctx.db, token);
      // Reported like any other bad input: the error formatter turns the cause into field errors.
      throw new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
    }
    const { organisationId } = parsed.data;
    return inMemberUnit(
      ctx.db,
      token,
      organisationId,
      permission,
      async ({ tx, session, role }) => {
        const result = await next({
          ctx: { session, user: session.user, tx, organisationId, role },
        });
        // A failed procedure must not commit what it wrote before failing.
        if (!result.ok) throw result.error;
        return result;
      },
    );
  });
}

export const operatorProcedure = signedInProcedure.use(async ({ ctx, next }) => {
  const [operator] = await unitOfWork(ctx.db, { tenantId: null, userId: ctx.user.id }, (tx) =>
    tx.select().from(platformOperators).where(eq(platformOperators.userId, ctx.user.id)),
  );
  if (!operator) throw new AppError('forbidden');
  return next();
});

const PublicProgrammeInput = z.object({
  organisationSlug: OrganisationSlug,
  programmeId: z.uuid(),
});

/**
 * For people without an account (info session registration, applications): resolves the
 * organisation by its public slug and runs the procedure inside that tenant's unit of work,
 * with no user. An unknown slug or a programme of another organisation is "not found".
 */
export const publicProgrammeProcedure = publicProcedure.use(async ({ ctx, getRawInput, next }) => {
  const parsed = PublicProgrammeInput.safeParse(await getRawInput());
  if (!parsed.success) throw new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
  const { organisationSlug, programmeId } = parsed.data;
  const [organisation] = await unitOfWork(ctx.db, { tenantId: null, userId: null }, (tx) =>
    tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.slug, organisationSlug)),
  );
  if (!organisation) throw new AppError('not_found');
  const organisationId = organisation.id;
  return unitOfWork(ctx.db, { tenantId: organisationId, userId: null }, async (tx: Transaction) => {
    const [programme] = await tx
      .select()
      .from(programmes)
      .where(and(eq(programmes.tenantId, organisationId), eq(programmes.id, programmeId)));
    if (!programme) throw new AppError('not_found');
    const result = await next({
      ctx: { tx, organisationId, organisationName: organisation.name, programme },
    });
    if (!result.ok) throw result.error;
    return result;
  });
});

/**
 * A submission without an account (registering for an info session, applying), limited per
 * client address across all organisations. Only a submission that succeeded is recorded, in
 * the same transaction as what it wrote: a refused or invalid one writes nothing, so it
 * costs the person none of their budget (a flood of refusals costs us no stored data).
 */
export function publicSubmissionProcedure(kind: PublicSubmissionKind) {
  return publicProgrammeProcedure.use(async ({ ctx, next }) => {
    const now = new Date();
    const retryAfterMinutes = await publicSubmissionWait(ctx.tx, ctx.clientAddress, now);
    if (retryAfterMinutes !== null)
      throw new AppError('intake.too_many_submissions', { retryAfterMinutes });
    const result = await next();
    if (result.ok) await recordPublicSubmission(ctx.tx, { address: ctx.clientAddress, kind }, now);
    return result;
  });
}

const PartnerInput = z.object({ partnerId: z.uuid() });

/**
 * For people working for a partner organisation (B1): checks the person's partner membership
 * (and, for 'admin', their role) and adds `partnerId`. It opens no unit of work: partner
 * reads run in a unit scoped to the partner (`partnerId`, no tenant), so row-level security's
 * partner policies decide what they see; a submission runs in the receiving tenant's unit.
 * Not a member: "not found"; a member without the role: "forbidden".
 */
export function partnerProcedure(role: 'member' | 'admin' = 'member') {
  return signedInProcedure.use(async ({ ctx, getRawInput, next }) => {
    const parsed = PartnerInput.safeParse(await getRawInput());
    if (!parsed.success) throw new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
    const { partnerId } = parsed.data;
    const [membership] = await unitOfWork(ctx.db, { tenantId: null, userId: ctx.user.id }, (tx) =>
      tx
        .select({ role: partnerMemberships.role })
        .from(partnerMemberships)
        .where(
          and(
            eq(partnerMemberships.partnerId, partnerId),
            eq(partnerMemberships.userId, ctx.user.id),
          ),
        ),
    );
    if (!membership) throw new AppError('not_found');
    if (role === 'admin' && membership.role !== 'admin') throw new AppError('forbidden');
    return next({ ctx: { partnerId, partnerRole: membership.role } });
  });
}

const ParticipantInput = z.object({ organisationSlug: OrganisationSlug });

/**
 * For mentors and mentees in the portal: resolves the organisation by its slug and runs the
 * procedure inside the organisation's participant unit of work (`participant: true`) as
 * `ctx.tx`, where the database shows the person only their own application, match,
 * meetings, agreement and duo. The session is checked in the same transaction. Someone
 * without a portal account there gets "not found", staff included: a participant procedure
 * never runs in the staff scope.
 */
export const participantProcedure = publicProcedure.use(async ({ ctx, getRawInput, next }) => {
  const token = ctx.sessionToken;
  if (!token) throw new AppError('auth.unauthenticated');
  const parsed = ParticipantInput.safeParse(await getRawInput());
  if (!parsed.success) {
    await requireSession(ctx.db, token);
    throw new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
  }
  const [organisation] = await unitOfWork(ctx.db, { tenantId: null, userId: null }, (tx) =>
    tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.slug, parsed.data.organisationSlug)),
  );
  if (!organisation) {
    await requireSession(ctx.db, token);
    throw new AppError('not_found');
  }
  const organisationId = organisation.id;
  const outcome = await unitOfWork(
    ctx.db,
    { tenantId: organisationId, userId: null, participant: true },
    async (tx) => {
      const session = await validateSessionToken(tx, token);
      if (!session) return UNAUTHENTICATED;
      // The policy shows a person only their own accounts.
      const accounts = await tx
        .select({ applicationId: participantAccounts.applicationId })
        .from(participantAccounts);
      if (accounts.length === 0) throw new AppError('not_found');
      const result = await next({
        ctx: {
          session,
          user: session.user,
          tx,
          organisationId,
          organisationName: organisation.name,
          applicationIds: accounts.map((a) => a.applicationId),
        },
      });
      if (!result.ok) throw result.error;
      return { value: result };
    },
  );
  if (outcome === UNAUTHENTICATED) throw new AppError('auth.unauthenticated');
  return outcome.value;
});
