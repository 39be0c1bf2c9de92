import { APPLICANT_IMPORT_COLUMNS, INTAKE_ROLES } from '@tandem/domain';
import { z } from 'zod';
import { CsvText, LineText, OrganisationId } from '../../shared.schema.ts';
import { ApplyInput, ListApplicationsInput } from './intake.schema.ts';

/** Input schemas of the applications' CSV import and export. */

const ProgrammeScope = z.object({ organisationId: OrganisationId, programmeId: z.uuid() });

/**
 * The columns of an import file, named as in the header row (case, spaces, `_` and `-` do not
 * matter). `availability` holds slots like `mon-morning tue-evening`; `languages` and
 * `interests` are separated by `|` or `,`; `channelId` holds a channel's id or name and may
 * be left out when a default channel is chosen on import.
 */
export const IMPORT_COLUMNS = APPLICANT_IMPORT_COLUMNS;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = [
  'name',
  'email',
  'preferredLocale',
  'availability',
  'postcode',
  'municipality',
  'languages',
  'sector',
  'goal',
  'birthYear',
];
/** More rows than this are refused: split the file. */
export const MAX_IMPORT_ROWS = 1000;

/**
 * How consent of imported people is recorded (`consent_text_version`): they did not consent
 * through our form; staff confirmed on import that the organisation holds their consent.
 */
export const IMPORT_CONSENT_PREFIX = 'import-by-staff-';
export const importConsentVersion = (at: Date) =>
  `${IMPORT_CONSENT_PREFIX}${at.toISOString().slice(0, 10)}`;

/** One imported row, validated with the public application form's own field rules. */
export const ImportRow = ApplyInput.pick({
  role: true,
  name: true,
  email: true,
  phone: true,
  preferredLocale: true,
  availability: true,
  postcode: true,
  municipality: true,
  languages: true,
  sector: true,
  experienceYears: true,
  goal: true,
  birthYear: true,
  interests: true,
  channelId: true,
});

export const ImportPreviewInput = ProgrammeScope.extend({
  role: z.enum(INTAKE_ROLES),
  /** The file's text (UTF-8), as uploaded or pasted. */
  csv: CsvText(2_000_000),
  /** The channel of rows without a `channelId`. */
  defaultChannelId: z.uuid().optional(),
});
export const ImportConfirmInput = ImportPreviewInput.extend({
  /** Staff confirm the organisation holds each imported person's consent. */
  consentConfirmed: z.literal(true, { error: 'import.consent_required' }),
});
export const ImportTemplateInput = ProgrammeScope;

/**
 * The pipeline's filters, and optionally the words of the header and of coded values in the
 * reader's language, keyed `column.<name>`, `role.<role>`, `stage.<stage>`, `outcome.<…>`
 * (the apps hold the translations; codes are written where a word is missing).
 */
export const ExportApplicationsInput = ListApplicationsInput.extend({
  labels: z.record(LineText.regex(/^[a-z]+\.[a-zA-Z_]+$/), LineText.min(1).max(200)).optional(),
});
