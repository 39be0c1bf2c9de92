import { applicationSubmissions, applications, recruitmentChannels } from '@tandem/db';
import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import {
  CreateChannelInput,
  DeleteChannelInput,
  ListChannelsInput,
  UpdateChannelInput,
} from './intake.schema.ts';

type ChannelRow = typeof recruitmentChannels.$inferSelect;

function toChannel(row: ChannelRow) {
  return {
    id: row.id,
    programmeId: row.programmeId,
    kind: row.kind,
    name: row.name,
    audience: row.audience,
  };
}

/** Recruitment channels per programme (A2 for mentors, B1 for mentees). */
export const recruitmentChannelRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListChannelsInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const rows = await ctx.tx
        .select()
        .from(recruitmentChannels)
        .where(
          and(
            eq(recruitmentChannels.tenantId, ctx.organisationId),
            eq(recruitmentChannels.programmeId, input.programmeId),
          ),
        )
        .orderBy(asc(recruitmentChannels.name));
      return rows.map(toChannel);
    }),

  create: organisationProcedure('intake.manage')
    .input(CreateChannelInput)
    .mutation(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const [row] = await ctx.tx
        .insert(recruitmentChannels)
        .values({
          tenantId: ctx.organisationId,
          programmeId: input.programmeId,
          kind: input.kind,
          name: input.name,
          audience: input.audience,
        })
        .returning();
      if (!row) throw new AppError('internal');
      return toChannel(row);
    }),

  update: organisationProcedure('intake.manage')
    .input(UpdateChannelInput)
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .update(recruitmentChannels)
        .set({ kind: input.kind, name: input.name, audience: input.audience })
        .where(
          and(
            eq(recruitmentChannels.tenantId, ctx.organisationId),
            eq(recruitmentChannels.id, input.channelId),
          ),
        )
        .returning();
      if (!row) throw new AppError('not_found');
      return toChannel(row);
    }),

  /** Only a channel no application or later submission came through: A2/B1 evidence. */
  delete: organisationProcedure('intake.manage')
    .input(DeleteChannelInput)
    .mutation(async ({ ctx, input }) => {
      const where = and(
        eq(recruitmentChannels.tenantId, ctx.organisationId),
        eq(recruitmentChannels.id, input.channelId),
      );
      const [channel] = await ctx.tx.select().from(recruitmentChannels).where(where).for('update');
      if (!channel) throw new AppError('not_found');
      const [used] = await ctx.tx
        .select({ id: applications.id })
        .from(applications)
        .where(
          and(
            eq(applications.tenantId, ctx.organisationId),
            eq(applications.channelId, input.channelId),
          ),
        )
        .limit(1);
      const [usedLater] = await ctx.tx
        .select({ id: applicationSubmissions.id })
        .from(applicationSubmissions)
        .where(
          and(
            eq(applicationSubmissions.tenantId, ctx.organisationId),
            eq(applicationSubmissions.channelId, input.channelId),
          ),
        )
        .limit(1);
      if (used || usedLater) throw new AppError('intake.channel_in_use');
      await ctx.tx.delete(recruitmentChannels).where(where);
      return { id: channel.id };
    }),
});
