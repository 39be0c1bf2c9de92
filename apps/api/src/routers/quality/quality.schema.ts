import { CRITERIA_WITH_WORKFLOW, CRITERION_STATUSES, MEASURE_KEYS } from '@tandem/domain';
import { z } from 'zod';
import { CalendarDay, Locale, OrganisationId } from '../../shared.schema.ts';

/** Input schemas of the quality router (the criteria's indicators and their drill-down). */

/** Start inclusive, end exclusive, as every period in the domain. */
export const PeriodInput = z
  .object({ start: CalendarDay, end: CalendarDay })
  .refine((period) => period.start < period.end, {
    path: ['end'],
    error: 'quality.period_end_not_after_start',
  });

const ProgrammePeriod = z.object({
  organisationId: OrganisationId,
  programmeId: z.uuid(),
  period: PeriodInput,
});

/** Without a programme: the organisation over all its programmes (ADR 0018). */
const ProgrammeOrOrganisationPeriod = ProgrammePeriod.extend({
  programmeId: z.uuid().optional(),
});

/** The statuses a criterion is shown with; a criterion Tandem does not compute yet has its own. */
export const SHOWN_STATUSES = [...CRITERION_STATUSES, 'not_computed'] as const;

export const IndicatorsInput = ProgrammeOrOrganisationPeriod.extend({
  /** Only the criteria with this status; the counts always cover them all. */
  status: z.enum(SHOWN_STATUSES).optional(),
});

/** The mentees' outcomes, reported beside the criteria. */
export const OutcomesInput = ProgrammeOrOrganisationPeriod;

/** The dashboard as a file (PDF report or CSV export), in the reader's language. */
export const ReportInput = ProgrammePeriod.extend({ locale: Locale });

export const DrillDownInput = ProgrammePeriod.extend({
  /** Only the criteria of the registry have records to show. */
  criterionId: z.enum(CRITERIA_WITH_WORKFLOW),
  /**
   * `missing`: the denominator's records outside the numerator — what keeps a share down.
   * Only shares have it: a count's numerator is not a part of its denominator.
   */
  side: z.enum(['numerator', 'denominator', 'missing']),
  /**
   * Which measure's records; the headline measure (the first) when left out. A measure the
   * criterion lists no records for is "not found".
   */
  measure: z.enum(MEASURE_KEYS).optional(),
});

/** Each criterion's headline by quarter over the last two years (the trends page). */
export const TrendsInput = z.object({
  organisationId: OrganisationId,
  programmeId: z.uuid(),
  /** Only these criteria; all computed ones when left out. */
  criterionIds: z
    .array(z.enum(CRITERIA_WITH_WORKFLOW))
    .min(1)
    .max(CRITERIA_WITH_WORKFLOW.length)
    .optional(),
});
