import { memberships, users } from '@tandem/db';
import { asc, eq } from 'drizzle-orm';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { ListMembersInput } from './organisation.schema.ts';

/** The organisation as its own staff see it. */
export const organisationRouter = router({
  /**
   * The organisation's members with their roles, sorted by name: for choosing a colleague,
   * such as the interviewer of a selection interview. Memberships are read in the tenant's
   * unit of work, so row-level security keeps other organisations' members out.
   */
  members: organisationProcedure('intake.read')
    .input(ListMembersInput)
    .query(({ ctx }) =>
      ctx.tx
        .select({
          userId: memberships.userId,
          name: users.name,
          email: users.email,
          role: memberships.role,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.tenantId, ctx.organisationId))
        .orderBy(asc(users.name), asc(users.email)),
    ),
});
