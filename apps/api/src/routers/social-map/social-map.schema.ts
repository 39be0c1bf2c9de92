import { SOCIAL_MAP_SERVICE_KINDS } from '@tandem/domain';
import { z } from 'zod';
import {
  CsvText,
  Email,
  FreeText,
  LineText,
  Name,
  OrganisationId,
  Phone,
  WebAddress,
} from '../../shared.schema.ts';

/** Input schemas of the social map (D4, used by B5's onward referrals). */

const Id = z.uuid();
/** Forms and spreadsheets send '' for an empty optional field; it is stored as null. */
const emptyToNull = (value: string | null | undefined) => value || null;

/** One service: the form, the CSV import (one row) and the API share these fields. */
export const ServiceFields = z.object({
  name: Name,
  kind: z.enum(SOCIAL_MAP_SERVICE_KINDS),
  languages: z
    .array(LineText.toLowerCase().regex(/^[a-z]{2}$/))
    .max(20)
    .default([]),
  /** May run over several lines, as on an envelope. */
  address: FreeText.max(300).nullish().transform(emptyToNull),
  email: z
    .union([z.literal(''), Email])
    .nullish()
    .transform((value) => value || null),
  phone: Phone,
  website: z
    .union([z.literal(''), WebAddress])
    .nullish()
    .transform((value) => value || null),
  /** The partner organisation on the platform this service is, if any. */
  partnerId: Id.nullish().transform((value) => value ?? null),
});
export type ServiceFields = z.infer<typeof ServiceFields>;

const OrganisationScope = z.object({ organisationId: OrganisationId });
const ProgrammeScope = OrganisationScope.extend({ programmeId: Id });

export const ListServicesInput = ProgrammeScope;
export const CreateServiceInput = ProgrammeScope.extend(ServiceFields.shape);
export const UpdateServiceInput = OrganisationScope.extend({
  serviceId: Id,
  ...ServiceFields.shape,
});
export const DeleteServiceInput = OrganisationScope.extend({ serviceId: Id });
/** The spreadsheet as text (comma or semicolon separated, UTF-8, header row first). */
export const ImportCsvInput = ProgrammeScope.extend({
  csv: CsvText(1_000_000),
});

/** An HSDS 3.0 directory as JSON text, and the kind for services that do not say theirs. */
export const ImportHsdsInput = ProgrammeScope.extend({
  json: CsvText(6_000_000),
  defaultKind: z.enum(SOCIAL_MAP_SERVICE_KINDS),
});
