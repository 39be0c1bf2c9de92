import { randomUUID } from 'node:crypto';
import { memberships, organisations, unitOfWork, users } from '@tandem/db';
import { asc, eq } from 'drizzle-orm';
import { createPasswordToken } from '../../auth/password-token.ts';
import { AppError } from '../../errors.ts';
import { router } from '../../trpc/init.ts';
import { operatorProcedure } from '../../trpc/procedures.ts';
import { CreateOrganisationInput } from './organisation.schema.ts';

function toOrganisation(row: typeof organisations.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    defaultLocale: row.defaultLocale,
    createdAt: row.createdAt.toISOString(),
  };
}

export const organisationAdminRouter = router({
  list: operatorProcedure.query(async ({ ctx }) => {
    const rows = await unitOfWork(ctx.db, { tenantId: null, userId: ctx.user.id }, (tx) =>
      tx.select().from(organisations).orderBy(asc(organisations.name)),
    );
    return rows.map(toOrganisation);
  }),

  /**
   * Creates the tenant and its first admin in one unit of work scoped to the new tenant,
   * so the admin's membership passes row-level security and nothing is half-created.
   * A person who already has an account is linked, not duplicated.
   */
  create: operatorProcedure.input(CreateOrganisationInput).mutation(async ({ ctx, input }) => {
    const organisationId = randomUUID();
    return unitOfWork(ctx.db, { tenantId: organisationId, userId: ctx.user.id }, async (tx) => {
      const [taken] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.slug, input.slug));
      if (taken) throw new AppError('conflict.slug_taken');
      const [organisation] = await tx
        .insert(organisations)
        .values({
          id: organisationId,
          name: input.name,
          slug: input.slug,
          defaultLocale: input.defaultLocale,
        })
        .returning();
      if (!organisation) throw new AppError('internal');

      let [admin] = await tx.select().from(users).where(eq(users.email, input.adminEmail));
      if (!admin) {
        [admin] = await tx
          .insert(users)
          .values({ email: input.adminEmail, name: input.adminName, locale: input.defaultLocale })
          .returning();
      }
      if (!admin) throw new AppError('internal');
      await tx
        .insert(memberships)
        .values({ tenantId: organisationId, userId: admin.id, role: 'admin' });

      // Without SMTP (not configured yet) the operator passes this link on by hand.
      const setPasswordUrl = admin.passwordHash
        ? null
        : `${ctx.config.webUrl}/set-password?token=${await createPasswordToken(tx, admin.id)}`;
      return { organisation: toOrganisation(organisation), setPasswordUrl };
    });
  }),
});
