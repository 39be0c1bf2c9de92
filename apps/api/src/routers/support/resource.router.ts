import { resources } from '@tandem/db';
import { brusselsDate } from '@tandem/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import {
  CreateResourceInput,
  ListResourcesInput,
  ResourceIdInput,
  UpdateResourceInput,
} from './resource.schema.ts';
import { type ResourceRow, resourceDownload, resourceSummary } from './resource-summary.ts';

const today = () => brusselsDate(new Date().toISOString());

/** A link or a file as columns; the other side is cleared so the row holds exactly one. */
function contentColumns(input: {
  url?: string | undefined;
  file?: { name: string; mediaType: string; base64: Buffer } | undefined;
}) {
  if (input.url !== undefined)
    return { url: input.url, fileName: null, fileMediaType: null, fileContent: null };
  if (input.file !== undefined)
    return {
      url: null,
      fileName: input.file.name,
      fileMediaType: input.file.mediaType,
      fileContent: input.file.base64,
    };
  return {};
}

/** D4: the programme's library of supporting material, kept by staff. */
export const resourceRouter = router({
  list: organisationProcedure('programme.read')
    .input(ListResourcesInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const rows: ResourceRow[] = await ctx.tx
        .select(resourceSummary.columns)
        .from(resources)
        .where(
          and(
            eq(resources.tenantId, ctx.organisationId),
            eq(resources.programmeId, input.programmeId),
          ),
        )
        .orderBy(asc(resources.kind), asc(resources.title), asc(resources.id));
      return { today: today(), resources: rows.map(resourceSummary.from) };
    }),

  create: organisationProcedure('support.manage')
    .input(CreateResourceInput)
    .mutation(async ({ ctx, input }) => {
      const { organisationId, programmeId, url, file, ...fields } = input;
      await requireProgramme(ctx.tx, organisationId, programmeId);
      const [row] = await ctx.tx
        .insert(resources)
        .values({
          tenantId: organisationId,
          programmeId,
          ...fields,
          ...contentColumns({ url, file }),
          createdBy: ctx.user.id,
        })
        .returning(resourceSummary.columns);
      if (!row) throw new AppError('internal');
      return resourceSummary.from(row);
    }),

  update: organisationProcedure('support.manage')
    .input(UpdateResourceInput)
    .mutation(async ({ ctx, input }) => {
      const { organisationId, resourceId, url, file, ...fields } = input;
      const [row] = await ctx.tx
        .update(resources)
        .set({ ...fields, ...contentColumns({ url, file }), updatedAt: sql`now()` })
        .where(and(eq(resources.tenantId, organisationId), eq(resources.id, resourceId)))
        .returning(resourceSummary.columns);
      if (!row) throw new AppError('not_found');
      return resourceSummary.from(row);
    }),

  /** "Reviewed today", in one click. */
  markReviewed: organisationProcedure('support.manage')
    .input(ResourceIdInput)
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .update(resources)
        .set({ reviewedOn: today(), updatedAt: sql`now()` })
        .where(
          and(eq(resources.tenantId, input.organisationId), eq(resources.id, input.resourceId)),
        )
        .returning(resourceSummary.columns);
      if (!row) throw new AppError('not_found');
      return resourceSummary.from(row);
    }),

  /** Takes it out of the library from today; it stays on record for the indicator's history. */
  withdraw: organisationProcedure('support.manage')
    .input(ResourceIdInput)
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .update(resources)
        .set({
          withdrawnOn: sql`coalesce(${resources.withdrawnOn}, ${today()}::date)`,
          updatedAt: sql`now()`,
        })
        .where(
          and(eq(resources.tenantId, input.organisationId), eq(resources.id, input.resourceId)),
        )
        .returning(resourceSummary.columns);
      if (!row) throw new AppError('not_found');
      return resourceSummary.from(row);
    }),

  download: organisationProcedure('programme.read')
    .input(ResourceIdInput)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .select()
        .from(resources)
        .where(
          and(eq(resources.tenantId, input.organisationId), eq(resources.id, input.resourceId)),
        );
      return resourceDownload(row);
    }),
});
