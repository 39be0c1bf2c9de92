import {
  type Locale,
  partnerMemberships,
  partnerOrganisations,
  type Transaction,
  unitOfWork,
  users,
} from '@tandem/db';
import type { PartnerRole } from '@tandem/domain';
import { asc, count, eq, sql } from 'drizzle-orm';
import { createPasswordToken } from '../../auth/password-token.ts';
import type { ApiConfig } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { router } from '../../trpc/init.ts';
import { operatorProcedure } from '../../trpc/procedures.ts';
import { AddPartnerMemberInput, CreatePartnerInput, PartnerIdInput } from './partner.schema.ts';

function toPartner(row: typeof partnerOrganisations.$inferSelect) {
  return { id: row.id, name: row.name, kind: row.kind, createdAt: row.createdAt.toISOString() };
}

/**
 * The person with this e-mail, or a new account. A person without a password yet (new, or
 * never used their link) gets a one-time set-password link, which the operator passes on.
 */
async function personWithLink(
  tx: Transaction,
  config: ApiConfig,
  person: { email: string; name: string; locale: Locale },
) {
  let [user] = await tx.select().from(users).where(eq(users.email, person.email));
  if (!user) [user] = await tx.insert(users).values(person).returning();
  if (!user) throw new AppError('internal');
  const setPasswordUrl = user.passwordHash
    ? null
    : `${config.webUrl}/set-password?token=${await createPasswordToken(tx, user.id)}`;
  return { user, setPasswordUrl };
}

async function addMembership(
  tx: Transaction,
  partnerId: string,
  userId: string,
  role: PartnerRole,
) {
  const added = await tx
    .insert(partnerMemberships)
    .values({ partnerId, userId, role })
    .onConflictDoNothing()
    .returning({ userId: partnerMemberships.userId });
  if (added.length === 0) throw new AppError('conflict.already_member');
}

/**
 * Partner organisations (B1) as the platform operator sees them: the platform tables only.
 * Which organisations a partner is linked to lives in `partner_links`, a tenant table each
 * organisation manages itself, so it is not shown here.
 */
export const partnerAdminRouter = router({
  list: operatorProcedure.query(async ({ ctx }) => {
    const rows = await unitOfWork(ctx.db, { tenantId: null, userId: ctx.user.id }, (tx) =>
      tx
        .select({
          partner: partnerOrganisations,
          memberCount: count(partnerMemberships.userId),
          adminCount:
            sql<number>`count(*) filter (where ${partnerMemberships.role} = 'admin')`.mapWith(
              Number,
            ),
        })
        .from(partnerOrganisations)
        .leftJoin(partnerMemberships, eq(partnerMemberships.partnerId, partnerOrganisations.id))
        .groupBy(partnerOrganisations.id)
        .orderBy(asc(partnerOrganisations.name)),
    );
    return rows.map((r) => ({
      ...toPartner(r.partner),
      memberCount: r.memberCount,
      adminCount: r.adminCount,
    }));
  }),

  get: operatorProcedure.input(PartnerIdInput).query(async ({ ctx, input }) => {
    return unitOfWork(ctx.db, { tenantId: null, userId: ctx.user.id }, async (tx) => {
      const [partner] = await tx
        .select()
        .from(partnerOrganisations)
        .where(eq(partnerOrganisations.id, input.partnerId));
      if (!partner) throw new AppError('not_found');
      const members = await tx
        .select({
          userId: users.id,
          name: users.name,
          email: users.email,
          role: partnerMemberships.role,
          passwordSet: sql<boolean>`${users.passwordHash} is not null`,
          since: partnerMemberships.createdAt,
        })
        .from(partnerMemberships)
        .innerJoin(users, eq(users.id, partnerMemberships.userId))
        .where(eq(partnerMemberships.partnerId, partner.id))
        .orderBy(asc(users.name));
      return {
        ...toPartner(partner),
        members: members.map((m) => ({ ...m, since: m.since.toISOString() })),
      };
    });
  }),

  /** The partner organisation and its first admin, in one unit of work. */
  create: operatorProcedure.input(CreatePartnerInput).mutation(async ({ ctx, input }) => {
    return unitOfWork(ctx.db, { tenantId: null, userId: ctx.user.id }, async (tx) => {
      const [partner] = await tx
        .insert(partnerOrganisations)
        .values({ name: input.name, kind: input.kind })
        .returning();
      if (!partner) throw new AppError('internal');
      const { user, setPasswordUrl } = await personWithLink(tx, ctx.config, {
        email: input.adminEmail,
        name: input.adminName,
        locale: input.adminLocale,
      });
      await addMembership(tx, partner.id, user.id, 'admin');
      return { partner: toPartner(partner), setPasswordUrl };
    });
  }),

  addMember: operatorProcedure.input(AddPartnerMemberInput).mutation(async ({ ctx, input }) => {
    return unitOfWork(ctx.db, { tenantId: null, userId: ctx.user.id }, async (tx) => {
      const [partner] = await tx
        .select({ id: partnerOrganisations.id })
        .from(partnerOrganisations)
        .where(eq(partnerOrganisations.id, input.partnerId));
      if (!partner) throw new AppError('not_found');
      const { user, setPasswordUrl } = await personWithLink(tx, ctx.config, input);
      await addMembership(tx, partner.id, user.id, input.role);
      return { userId: user.id, role: input.role, setPasswordUrl };
    });
  }),
});
