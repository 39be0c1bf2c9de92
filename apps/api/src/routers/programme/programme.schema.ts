import {
  checkProgrammeDuration,
  D2_MAX_CONTACT_INTERVAL_DAYS,
  DEFAULT_MIN_CONTACT_FREQUENCY_DAYS,
  DEFAULT_PLANNED_DURATION_MONTHS,
  MAX_PLANNED_DURATION_MONTHS,
} from '@tandem/domain';
import { z } from 'zod';
import { FreeText, LanguageCode, Name, OrganisationId } from '../../shared.schema.ts';

const ProgrammeFields = z.object({
  organisationId: OrganisationId,
  name: Name,
  description: FreeText.max(4000).default(''),
  languages: z.array(LanguageCode).min(1).max(20),
  plannedDurationMonths: z
    .int()
    .min(1)
    .max(MAX_PLANNED_DURATION_MONTHS)
    .default(DEFAULT_PLANNED_DURATION_MONTHS),
  shorterDurationReason: FreeText.max(1000).nullable().default(null),
  minContactFrequencyDays: z
    .int()
    .min(1)
    .max(D2_MAX_CONTACT_INTERVAL_DAYS)
    .default(DEFAULT_MIN_CONTACT_FREQUENCY_DAYS),
});

/** D1: the domain rule decides; this only attaches its verdict to the right field. */
function withDurationRule<T extends z.ZodType<z.infer<typeof ProgrammeFields>>>(schema: T) {
  return schema.superRefine((value, ctx) => {
    for (const issue of checkProgrammeDuration(value)) {
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.key });
    }
  });
}

export const CreateProgrammeInput = withDurationRule(ProgrammeFields);

export const UpdateProgrammeInput = withDurationRule(
  ProgrammeFields.extend({ programmeId: z.uuid() }),
);

export const GetProgrammeInput = z.object({
  organisationId: OrganisationId,
  programmeId: z.uuid(),
});

export const ListProgrammesInput = z.object({ organisationId: OrganisationId });
