import {
  onwardReferrals,
  PG_FOREIGN_KEY_VIOLATION,
  partnerOrganisations,
  pgErrorCode,
  socialMapServices,
  type Transaction,
} from '@tandem/db';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { parseCsv } from '../../csv/parse-csv.ts';
import { AppError } from '../../errors.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { requireService } from '../../queries/social-map.queries.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { type FieldError, fieldErrorsFromZod } from '../../trpc/validation.ts';
import {
  confirmHsdsImport,
  exportSocialMap,
  previewHsdsImport,
} from './hsds/social-map-hsds.service.ts';
import {
  CreateServiceInput,
  DeleteServiceInput,
  ImportCsvInput,
  ImportHsdsInput,
  ListServicesInput,
  ServiceFields,
  UpdateServiceInput,
} from './social-map.schema.ts';

type ServiceRow = typeof socialMapServices.$inferSelect;

export function toService(row: ServiceRow) {
  return {
    id: row.id,
    programmeId: row.programmeId,
    name: row.name,
    kind: row.kind,
    languages: row.languages,
    address: row.address,
    email: row.email,
    phone: row.phone,
    website: row.website,
    partnerId: row.partnerId,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A partner link must name a partner organisation that exists on the platform. */
async function checkPartners(tx: Transaction, partnerIds: readonly (string | null)[]) {
  const wanted = [...new Set(partnerIds.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return;
  const found = await tx
    .select({ id: partnerOrganisations.id })
    .from(partnerOrganisations)
    .where(inArray(partnerOrganisations.id, wanted));
  if (found.length !== wanted.length) throw new AppError('social_map.partner_unknown');
}

const CSV_COLUMNS = ['name', 'kind', 'languages', 'address', 'email', 'phone', 'website'] as const;
const REQUIRED_COLUMNS = ['name', 'kind'] as const;
const MAX_ROWS = 2000;

export interface CsvRowError {
  /** The line of the file the record starts on (the header is line 1). */
  row: number;
  fields: Record<string, FieldError>;
}

/**
 * Reads and validates a social-map spreadsheet without writing anything: the services it
 * would import and, row by row, what is wrong. Validation is the form's (`ServiceFields`).
 */
export function readServicesCsv(csv: string): { services: ServiceFields[]; errors: CsvRowError[] } {
  const [header, ...records] = parseCsv(csv).records;
  const columns = (header?.cells ?? []).map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0)
    return {
      services: [],
      errors: missing.map((column) => ({
        row: 1,
        fields: { [column]: { key: 'social_map.csv_missing_column', params: { column } } },
      })),
    };
  if (records.length > MAX_ROWS)
    return {
      services: [],
      errors: [
        {
          row: records[MAX_ROWS]?.line ?? 1,
          fields: { _form: { key: 'social_map.csv_too_many_rows', params: { maximum: MAX_ROWS } } },
        },
      ],
    };
  const services: ServiceFields[] = [];
  const errors: CsvRowError[] = [];
  for (const record of records) {
    const value = (column: (typeof CSV_COLUMNS)[number]) => {
      const at = columns.indexOf(column);
      return at === -1 ? undefined : (record.cells[at] ?? '').trim();
    };
    const parsed = ServiceFields.safeParse({
      name: value('name'),
      kind: value('kind')?.toLowerCase(),
      languages: (value('languages') ?? '').split(/[\s,;|/]+/).filter((l) => l !== ''),
      address: value('address'),
      email: value('email'),
      phone: value('phone'),
      website: value('website'),
    });
    if (parsed.success) services.push(parsed.data);
    else errors.push({ row: record.line, fields: fieldErrorsFromZod(parsed.error) });
  }
  return { services, errors };
}

/** D4: the programme's social map, a directory of local services (B5 refers to them). */
export const socialMapRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListServicesInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const rows = await ctx.tx
        .select()
        .from(socialMapServices)
        .where(
          and(
            eq(socialMapServices.tenantId, ctx.organisationId),
            eq(socialMapServices.programmeId, input.programmeId),
          ),
        )
        .orderBy(asc(socialMapServices.name), asc(socialMapServices.id));
      return rows.map(toService);
    }),

  create: organisationProcedure('intake.manage')
    .input(CreateServiceInput)
    .mutation(async ({ ctx, input }) => {
      const { organisationId, programmeId, ...fields } = input;
      await requireProgramme(ctx.tx, organisationId, programmeId);
      await checkPartners(ctx.tx, [fields.partnerId]);
      const [row] = await ctx.tx
        .insert(socialMapServices)
        .values({ tenantId: organisationId, programmeId, ...fields })
        .returning();
      if (!row) throw new AppError('internal');
      return toService(row);
    }),

  update: organisationProcedure('intake.manage')
    .input(UpdateServiceInput)
    .mutation(async ({ ctx, input }) => {
      const { organisationId, serviceId, ...fields } = input;
      await checkPartners(ctx.tx, [fields.partnerId]);
      const [row] = await ctx.tx
        .update(socialMapServices)
        .set({ ...fields, updatedAt: sql`now()` })
        .where(
          and(eq(socialMapServices.tenantId, organisationId), eq(socialMapServices.id, serviceId)),
        )
        .returning();
      if (!row) throw new AppError('not_found');
      return toService(row);
    }),

  delete: organisationProcedure('intake.manage')
    .input(DeleteServiceInput)
    .mutation(async ({ ctx, input }) => {
      const service = await requireService(ctx.tx, ctx.organisationId, input.serviceId);
      if (!service) throw new AppError('not_found');
      const [used] = await ctx.tx
        .select({ n: count() })
        .from(onwardReferrals)
        .where(
          and(
            eq(onwardReferrals.tenantId, ctx.organisationId),
            eq(onwardReferrals.serviceId, service.id),
          ),
        );
      if ((used?.n ?? 0) > 0) throw new AppError('social_map.service_in_use');
      try {
        await ctx.tx
          .delete(socialMapServices)
          .where(
            and(
              eq(socialMapServices.tenantId, ctx.organisationId),
              eq(socialMapServices.id, service.id),
            ),
          );
      } catch (error) {
        if (pgErrorCode(error) === PG_FOREIGN_KEY_VIOLATION)
          throw new AppError('social_map.service_in_use');
        throw error;
      }
      return { id: service.id };
    }),

  /**
   * CSV import in two steps over the same text: `preview` writes nothing and reports every
   * row; `confirm` validates again and imports all rows, or none when any row is wrong.
   */
  importCsv: router({
    preview: organisationProcedure('intake.manage')
      .input(ImportCsvInput)
      .mutation(async ({ ctx, input }) => {
        await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
        const { services, errors } = readServicesCsv(input.csv);
        return { rows: services, errors, valid: errors.length === 0 };
      }),
    confirm: organisationProcedure('intake.manage')
      .input(ImportCsvInput)
      .mutation(async ({ ctx, input }) => {
        await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
        const { services, errors } = readServicesCsv(input.csv);
        if (errors.length > 0 || services.length === 0)
          throw new AppError('social_map.csv_has_errors', { rows: errors.length });
        const rows = await ctx.tx
          .insert(socialMapServices)
          .values(
            services.map((s) => ({
              tenantId: ctx.organisationId,
              programmeId: input.programmeId,
              ...s,
            })),
          )
          .returning();
        return { imported: rows.length, services: rows.map(toService) };
      }),
  }),

  /** The social map as an HSDS 3.0 directory (Open Referral), to publish or move elsewhere. */
  exportHsds: organisationProcedure('programme.read')
    .input(ListServicesInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      return exportSocialMap(ctx.tx, {
        tenantId: ctx.organisationId,
        programmeId: input.programmeId,
      });
    }),

  /**
   * HSDS import in two steps over the same text: `preview` writes nothing and says, service by
   * service, whether it would be created, updated (same HSDS id) or refused and why;
   * `confirm` stores the valid ones and returns the same report.
   */
  importHsds: router({
    preview: organisationProcedure('support.manage')
      .input(ImportHsdsInput)
      .mutation(async ({ ctx, input }) => {
        await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
        return previewHsdsImport(
          ctx.tx,
          { tenantId: ctx.organisationId, programmeId: input.programmeId },
          input,
        );
      }),
    confirm: organisationProcedure('support.manage')
      .input(ImportHsdsInput)
      .mutation(async ({ ctx, input }) => {
        await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
        return confirmHsdsImport(
          ctx.tx,
          { tenantId: ctx.organisationId, programmeId: input.programmeId },
          input,
        );
      }),
  }),
});
