import { recruitmentChannels, type Transaction } from '@tandem/db';
import {
  APPLICANT_EXPORT_COLUMNS,
  channelServesRole,
  DAY_PARTS,
  type IntakeRole,
  WEEKDAYS,
} from '@tandem/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { formatCsv, parseCsv } from '../../csv/parse-csv.ts';
import { AppError, type AppErrorParams } from '../../errors.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { fieldErrorsFromZod } from '../../trpc/validation.ts';
import {
  type ApplicationSubmission,
  existingApplicationEmails,
  mergeApplications,
} from './application.service.ts';
import {
  ExportApplicationsInput,
  IMPORT_COLUMNS,
  type ImportColumn,
  ImportConfirmInput,
  ImportPreviewInput,
  ImportRow,
  ImportTemplateInput,
  importConsentVersion,
  MAX_IMPORT_ROWS,
  REQUIRED_IMPORT_COLUMNS,
} from './application-csv.schema.ts';
import { queryPipeline } from './application-pipeline.ts';

export interface RowError {
  field: ImportColumn | '_row';
  key: string;
  params?: AppErrorParams;
}

const normaliseHeader = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
const COLUMN_BY_HEADER = new Map(IMPORT_COLUMNS.map((c) => [normaliseHeader(c), c]));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const list = (cell: string) =>
  cell
    .split(/[|,]/)
    .map((item) => item.trim())
    .filter(Boolean);

type ParsedInt = number | undefined | 'invalid';
const integer = (cell: string): ParsedInt =>
  cell.trim() === '' ? undefined : /^\s*\d{1,6}\s*$/.test(cell) ? Number(cell) : 'invalid';

type Channel = typeof recruitmentChannels.$inferSelect;

/**
 * Reads and validates an import file without writing: each row's values, its problems by
 * column, and which e-mails already applied (they will be merged, as the public form does).
 */
async function analyseImport(
  tx: Transaction,
  tenantId: string,
  input: z.infer<typeof ImportPreviewInput>,
) {
  await requireProgramme(tx, tenantId, input.programmeId);
  const { records, delimiter } = parseCsv(input.csv);
  const [header, ...body] = records;
  if (!header) throw new AppError('import.empty');
  const columns: (ImportColumn | null)[] = [];
  const ignoredColumns: string[] = [];
  for (const cell of header.cells) {
    const column = COLUMN_BY_HEADER.get(normaliseHeader(cell)) ?? null;
    const repeated = column !== null && columns.includes(column);
    columns.push(repeated ? null : column);
    if (column === null || repeated) ignoredColumns.push(cell.trim());
  }
  const missing = REQUIRED_IMPORT_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0)
    throw new AppError('import.missing_columns', { columns: missing.join(', ') });
  if (body.length === 0) throw new AppError('import.no_rows');
  if (body.length > MAX_IMPORT_ROWS)
    throw new AppError('import.too_many_rows', { maximum: MAX_IMPORT_ROWS });

  const channels = await tx
    .select()
    .from(recruitmentChannels)
    .where(
      and(
        eq(recruitmentChannels.tenantId, tenantId),
        eq(recruitmentChannels.programmeId, input.programmeId),
      ),
    );
  const defaultChannel = input.defaultChannelId
    ? channels.find((c) => c.id === input.defaultChannelId)
    : undefined;
  if (
    input.defaultChannelId &&
    (!defaultChannel || !channelServesRole(defaultChannel.audience, input.role))
  )
    throw new AppError('intake.channel_invalid');

  const firstLineByEmail = new Map<string, number>();
  const rows = body.map((record) => {
    const values = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, ''])) as Record<
      ImportColumn,
      string
    >;
    columns.forEach((column, i) => {
      if (column) values[column] = (record.cells[i] ?? '').trim();
    });
    const { submission, errors } = validateRow(values, input.role, channels, defaultChannel);
    const email = submission?.email ?? values.email.toLowerCase();
    const first = firstLineByEmail.get(email);
    if (email && first !== undefined)
      errors.push({ field: 'email', key: 'import.duplicate_in_file', params: { line: first } });
    else if (email) firstLineByEmail.set(email, record.line);
    return { line: record.line, values, errors, submission: errors.length ? null : submission };
  });
  const valid = rows.flatMap((r) =>
    r.submission ? [{ line: r.line, submission: r.submission }] : [],
  );
  const existing = await existingApplicationEmails(
    tx,
    tenantId,
    input.programmeId,
    input.role,
    valid.map((v) => v.submission.email),
  );
  return {
    delimiter,
    ignoredColumns,
    rows,
    validCount: valid.length,
    errorCount: rows.length - valid.length,
    duplicates: valid
      .filter((v) => existing.has(v.submission.email))
      .map((v) => ({ line: v.line, email: v.submission.email })),
    submissions: valid.map((v) => v.submission),
  };
}

function validateRow(
  values: Record<ImportColumn, string>,
  role: IntakeRole,
  channels: readonly Channel[],
  defaultChannel: Channel | undefined,
): { submission: Omit<ApplicationSubmission, 'consentTextVersion'> | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const availability: { day: string; part: string }[] = [];
  for (const token of values.availability.split(/[\s,|;]+/).filter(Boolean)) {
    const [day, part, extra] = token.toLowerCase().split('-');
    if (extra === undefined && WEEKDAYS.some((d) => d === day) && DAY_PARTS.some((p) => p === part))
      availability.push({ day: day ?? '', part: part ?? '' });
    else if (!errors.some((e) => e.field === 'availability'))
      errors.push({
        field: 'availability',
        key: 'import.availability_invalid',
        params: { value: token },
      });
  }
  const experienceYears = integer(values.experienceYears);
  const birthYear = integer(values.birthYear);
  if (experienceYears === 'invalid')
    errors.push({ field: 'experienceYears', key: 'validation.not_integer' });
  if (birthYear === 'invalid') errors.push({ field: 'birthYear', key: 'validation.not_integer' });

  const channelCell = values.channelId;
  const channel = channelCell
    ? channels.find((c) =>
        UUID.test(channelCell)
          ? c.id === channelCell.toLowerCase()
          : c.name.toLowerCase() === channelCell.toLowerCase(),
      )
    : defaultChannel;
  if (!channelCell && !defaultChannel)
    errors.push({ field: 'channelId', key: 'import.channel_required' });
  else if (!channel || !channelServesRole(channel.audience, role))
    errors.push({ field: 'channelId', key: 'intake.channel_invalid' });

  const parsed = ImportRow.safeParse({
    role,
    name: values.name,
    email: values.email,
    phone: values.phone,
    preferredLocale: values.preferredLocale.toLowerCase() || undefined,
    availability,
    postcode: values.postcode,
    municipality: values.municipality,
    languages: list(values.languages.toLowerCase()),
    sector: values.sector,
    experienceYears: experienceYears === 'invalid' ? undefined : (experienceYears ?? null),
    goal: values.goal,
    birthYear: birthYear === 'invalid' ? 0 : birthYear,
    interests: list(values.interests),
    channelId: channel?.id ?? '00000000-0000-4000-8000-000000000000',
  });
  if (!parsed.success) {
    for (const [path, error] of Object.entries(fieldErrorsFromZod(parsed.error))) {
      const field = (path.split('.')[0] ?? path) as ImportColumn;
      if (errors.some((e) => e.field === field)) continue;
      errors.push(
        error.params ? { field, key: error.key, params: error.params } : { field, key: error.key },
      );
    }
  }
  const order = (e: RowError) => IMPORT_COLUMNS.indexOf(e.field as ImportColumn);
  errors.sort((a, b) => order(a) - order(b));
  return { submission: parsed.success && errors.length === 0 ? parsed.data : null, errors };
}

/** Applicants from a spreadsheet export: a preview that writes nothing, then the import. */
export const applicationImportRouter = router({
  preview: organisationProcedure('intake.manage')
    .input(ImportPreviewInput)
    .mutation(async ({ ctx, input }) => {
      const { submissions: _, ...preview } = await analyseImport(ctx.tx, ctx.organisationId, input);
      return {
        ...preview,
        rows: preview.rows.map(({ submission: __, ...row }) => row),
      };
    }),

  /** Imports every row, in one transaction, or nothing when any row has a problem. */
  confirm: organisationProcedure('intake.manage')
    .input(ImportConfirmInput)
    .mutation(async ({ ctx, input }) => {
      const analysis = await analyseImport(ctx.tx, ctx.organisationId, input);
      if (analysis.errorCount > 0)
        throw new AppError('import.has_errors', { count: analysis.errorCount });
      const consentTextVersion = importConsentVersion(new Date());
      await mergeApplications(
        ctx.tx,
        ctx.organisationId,
        input.programmeId,
        analysis.submissions.map((s) => ({ ...s, consentTextVersion })),
      );
      return {
        imported: analysis.validCount,
        merged: analysis.duplicates.length,
        consentTextVersion,
      };
    }),

  /** An empty import file: the header row, `;`-separated with a byte-order mark for Excel. */
  template: organisationProcedure('intake.manage')
    .input(ImportTemplateInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      return {
        filename: 'applicants-import-template.csv',
        csv: formatCsv([[...IMPORT_COLUMNS]], { delimiter: ';', bom: true }),
      };
    }),
});

/** The pipeline as a spreadsheet: `;`-separated with a byte-order mark (Excel in Belgium). */
export const applicationExportRouter = router({
  csv: organisationProcedure('intake.manage')
    .input(ExportApplicationsInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const rows = await queryPipeline(ctx.tx, ctx.organisationId, input);
      const labels = input.labels ?? {};
      const word = (key: string, code: string) => labels[key] ?? code;
      const header = APPLICANT_EXPORT_COLUMNS.map((c) => word(`column.${c}`, c));
      const lines = rows.map(({ application: a, channelName, stage, decision }) => {
        const cells: Record<(typeof APPLICANT_EXPORT_COLUMNS)[number], string> = {
          name: a.name,
          email: a.email,
          phone: a.phone ?? '',
          role: word(`role.${a.role}`, a.role),
          stage: word(`stage.${stage}`, stage),
          decision: decision ? word(`outcome.${decision}`, decision) : '',
          channel: channelName,
          preferredLocale: a.preferredLocale,
          availability: a.availability.map((s) => `${s.day}-${s.part}`).join(' '),
          postcode: a.postcode,
          municipality: a.municipality,
          languages: a.languages.join('|'),
          sector: a.sector,
          experienceYears: a.experienceYears === null ? '' : String(a.experienceYears),
          goal: a.goal,
          birthYear: String(a.birthYear),
          interests: a.interests.join('|'),
          submittedAt: a.submittedAt.toISOString(),
          updatedAt: a.updatedAt.toISOString(),
          submissionCount: String(a.submissionCount),
          channelId: a.channelId,
        };
        return APPLICANT_EXPORT_COLUMNS.map((c) => cells[c]);
      });
      return {
        filename: `applications-${new Date().toISOString().slice(0, 10)}.csv`,
        count: rows.length,
        csv: formatCsv([header, ...lines], { delimiter: ';', bom: true }),
      };
    }),
});
