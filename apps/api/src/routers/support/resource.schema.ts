import { MAX_RESOURCE_FILE_BYTES, RESOURCE_AUDIENCES, RESOURCE_KINDS } from '@tandem/domain';
import { z } from 'zod';
import {
  Base64File,
  CalendarDay,
  FreeText,
  LineText,
  Locale,
  OrganisationId,
  OrganisationSlug,
  WebAddress,
} from '../../shared.schema.ts';
import { contentMatchesType, RESOURCE_MEDIA_TYPES } from './resource-file.ts';

/** Input schemas of the programme's library of supporting material (D4). */

const Id = z.uuid();
const OrganisationScope = z.object({ organisationId: OrganisationId });
const ProgrammeScope = OrganisationScope.extend({ programmeId: Id });

/** An uploaded file as the form sends it: its name, its declared type and its bytes. */
export const ResourceFile = z
  .object({
    name: LineText.min(1).max(200),
    mediaType: z.enum(RESOURCE_MEDIA_TYPES, { error: 'resource.file_type_not_allowed' }),
    base64: Base64File(MAX_RESOURCE_FILE_BYTES),
  })
  .refine((file) => contentMatchesType(file.base64, file.mediaType), {
    path: ['mediaType'],
    error: 'resource.file_type_mismatch',
    // Only once name, type and bytes are each valid: an oversize file is reported as that.
    when: (payload) => payload.issues.length === 0,
  });

const ResourceFields = z.object({
  kind: z.enum(RESOURCE_KINDS),
  title: LineText.min(1).max(200),
  description: FreeText.max(2000).default(''),
  audience: z.enum(RESOURCE_AUDIENCES),
  /** Null: for every language. */
  locale: Locale.nullable(),
  reviewedOn: CalendarDay.nullable(),
});

export const ListResourcesInput = ProgrammeScope;
/** Either a link or a file, never both: the database holds one or the other. */
export const CreateResourceInput = ProgrammeScope.extend({
  ...ResourceFields.shape,
  url: WebAddress.optional(),
  file: ResourceFile.optional(),
}).refine((input) => (input.url === undefined) !== (input.file === undefined), {
  path: ['url'],
  error: 'resource.link_or_file',
});
/** Without `url` or `file` the content stays as it is. */
export const UpdateResourceInput = OrganisationScope.extend({
  resourceId: Id,
  ...ResourceFields.shape,
  url: WebAddress.optional(),
  file: ResourceFile.optional(),
}).refine((input) => input.url === undefined || input.file === undefined, {
  path: ['file'],
  error: 'resource.link_or_file',
});
export const ResourceIdInput = OrganisationScope.extend({ resourceId: Id });

/** The portal's library: the person's organisation and the language to put first. */
export const PortalLibraryInput = z.object({ organisationSlug: OrganisationSlug, locale: Locale });
export const PortalResourceInput = z.object({ organisationSlug: OrganisationSlug, resourceId: Id });
