import { networkMembers, networks, organisations, unitOfWork } from '@tandem/db';
import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { router } from '../../trpc/init.ts';
import { operatorProcedure } from '../../trpc/procedures.ts';
import { CreateNetworkInput, NetworkMemberInput } from './network.schema.ts';

export const networkAdminRouter = router({
  list: operatorProcedure.query(async ({ ctx }) => {
    return unitOfWork(ctx.db, { tenantId: null, userId: ctx.user.id }, async (tx) => {
      const all = await tx.select().from(networks).orderBy(asc(networks.name));
      const members = await tx
        .select({
          networkId: networkMembers.networkId,
          organisationId: organisations.id,
          organisationName: organisations.name,
        })
        .from(networkMembers)
        .innerJoin(organisations, eq(organisations.id, networkMembers.organisationId))
        .orderBy(asc(organisations.name));
      return all.map((network) => ({
        id: network.id,
        name: network.name,
        members: members
          .filter((m) => m.networkId === network.id)
          .map(({ organisationId, organisationName }) => ({ organisationId, organisationName })),
      }));
    });
  }),

  create: operatorProcedure.input(CreateNetworkInput).mutation(async ({ ctx, input }) => {
    const [network] = await unitOfWork(ctx.db, { tenantId: null, userId: ctx.user.id }, (tx) =>
      tx.insert(networks).values({ name: input.name }).returning(),
    );
    if (!network) throw new AppError('internal');
    return { id: network.id, name: network.name, members: [] };
  }),

  addMember: operatorProcedure.input(NetworkMemberInput).mutation(async ({ ctx, input }) => {
    await unitOfWork(ctx.db, { tenantId: null, userId: ctx.user.id }, async (tx) => {
      const [network] = await tx.select().from(networks).where(eq(networks.id, input.networkId));
      const [organisation] = await tx
        .select()
        .from(organisations)
        .where(eq(organisations.id, input.organisationId));
      if (!network || !organisation) throw new AppError('not_found');
      const added = await tx
        .insert(networkMembers)
        .values(input)
        .onConflictDoNothing()
        .returning({ networkId: networkMembers.networkId });
      if (added.length === 0) throw new AppError('conflict.already_member');
    });
    return { ok: true as const };
  }),

  removeMember: operatorProcedure.input(NetworkMemberInput).mutation(async ({ ctx, input }) => {
    const removed = await unitOfWork(ctx.db, { tenantId: null, userId: ctx.user.id }, (tx) =>
      tx
        .delete(networkMembers)
        .where(
          and(
            eq(networkMembers.networkId, input.networkId),
            eq(networkMembers.organisationId, input.organisationId),
          ),
        )
        .returning({ networkId: networkMembers.networkId }),
    );
    if (removed.length === 0) throw new AppError('not_found');
    return { ok: true as const };
  }),
});
