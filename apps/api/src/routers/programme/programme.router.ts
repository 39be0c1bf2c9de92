import { programmes } from '@tandem/db';
import { normaliseShorterDurationReason } from '@tandem/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../errors.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import {
  CreateProgrammeInput,
  GetProgrammeInput,
  ListProgrammesInput,
  UpdateProgrammeInput,
} from './programme.schema.ts';

type ProgrammeRow = typeof programmes.$inferSelect;

function toProgramme(row: ProgrammeRow) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    languages: row.languages,
    plannedDurationMonths: row.plannedDurationMonths,
    shorterDurationReason: row.shorterDurationReason,
    minContactFrequencyDays: row.minContactFrequencyDays,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type Programme = ReturnType<typeof toProgramme>;

/** The columns a person edits, the same for create and update. */
function editableColumns(input: z.infer<typeof CreateProgrammeInput>) {
  return {
    name: input.name,
    description: input.description,
    languages: [...new Set(input.languages)],
    plannedDurationMonths: input.plannedDurationMonths,
    shorterDurationReason: normaliseShorterDurationReason(input),
    minContactFrequencyDays: input.minContactFrequencyDays,
  };
}

export const programmeRouter = router({
  list: organisationProcedure('programme.read')
    .input(ListProgrammesInput)
    .query(async ({ ctx }) => {
      const rows = await ctx.tx.select().from(programmes).orderBy(asc(programmes.name));
      return rows.map(toProgramme);
    }),

  get: organisationProcedure('programme.read')
    .input(GetProgrammeInput)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .select()
        .from(programmes)
        .where(
          and(eq(programmes.tenantId, ctx.organisationId), eq(programmes.id, input.programmeId)),
        );
      if (!row) throw new AppError('not_found');
      return toProgramme(row);
    }),

  create: organisationProcedure('programme.write')
    .input(CreateProgrammeInput)
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .insert(programmes)
        .values({ tenantId: ctx.organisationId, ...editableColumns(input) })
        .returning();
      if (!row) throw new AppError('internal');
      return toProgramme(row);
    }),

  update: organisationProcedure('programme.write')
    .input(UpdateProgrammeInput)
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .update(programmes)
        .set({ ...editableColumns(input), updatedAt: sql`now()` })
        .where(
          and(eq(programmes.tenantId, ctx.organisationId), eq(programmes.id, input.programmeId)),
        )
        .returning();
      if (!row) throw new AppError('not_found');
      return toProgramme(row);
    }),
});
