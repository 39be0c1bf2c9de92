import { SOCIAL_MAP_SERVICE_KINDS } from '@tandem/domain';
import { z } from 'zod';
import { Email, Name, OrganisationId } from '../shared.schema.ts';

/** Input schemas of the social map (D4, used by B5's onward referrals). */

const Id = z.uuid();
/** Forms and spreadsheets send '' for an empty optional field; it is stored as null. */
const emptyToNull = (value: string | null | undefined) => value || null;
const OptionalText = (max: number) => z.string().trim().max(max).nullish().transform(emptyToNull);

/** One service: the form, the CSV import (one row) and the API share these fields. */
export const ServiceFields = z.object({
  name: Name,
  kind: z.enum(SOCIAL_MAP_SERVICE_KINDS),
  languages: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z]{2}$/),
    )
    .max(20)
    .default([]),
  address: OptionalText(300),
  email: z
    .union([z.literal(''), Email])
    .nullish()
    .transform((value) => value || null),
  phone: z
    .string()
    .trim()
    .regex(/^([+0-9 ()./-]{6,40})?$/)
    .nullish()
    .transform(emptyToNull),
  website: z
    .union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)])
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
  csv: z.string().min(1).max(1_000_000),
});
