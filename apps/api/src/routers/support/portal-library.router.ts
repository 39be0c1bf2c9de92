import { resources } from '@tandem/db';
import { asc, eq, sql } from 'drizzle-orm';
import { router } from '../../trpc/init.ts';
import { participantProcedure } from '../../trpc/procedures.ts';
import { PortalLibraryInput, PortalResourceInput } from './resource.schema.ts';
import { resourceDownload, resourceSummary } from './resource-summary.ts';

/**
 * The library as a mentor or mentee sees it in the portal. Which resources they may see is
 * the database's policy (their programme, their role, not withdrawn), not a filter here.
 */
export const portalLibraryRouter = router({
  list: participantProcedure.input(PortalLibraryInput).query(async ({ ctx, input }) => {
    const rows = await ctx.tx.select(resourceSummary.columns).from(resources).orderBy(
      // Their own language first, then material for every language, then the others.
      sql`case when ${resources.locale} = ${input.locale} then 0 when ${resources.locale} is null then 1 else 2 end`,
      asc(resources.kind),
      asc(resources.title),
      asc(resources.id),
    );
    return rows.map(resourceSummary.from);
  }),

  download: participantProcedure.input(PortalResourceInput).query(async ({ ctx, input }) => {
    const [row] = await ctx.tx.select().from(resources).where(eq(resources.id, input.resourceId));
    return resourceDownload(row);
  }),
});
