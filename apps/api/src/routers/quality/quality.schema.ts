import { CRITERIA_WITH_WORKFLOW, isCalendarDate, MEASURE_KEYS } from '@tandem/domain';
import { z } from 'zod';
import { LineText, OrganisationId } from '../../shared.schema.ts';

/** Input schemas of the quality router (the criteria's indicators and their drill-down). */

/** A Brussels calendar day, `YYYY-MM-DD`, that exists (no 31 April). */
const CalendarDay = LineText.regex(/^\d{4}-\d{2}-\d{2}$/).refine(isCalendarDate, {
  error: 'validation.invalid_format',
});

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

export const IndicatorsInput = ProgrammePeriod;

export const DrillDownInput = ProgrammePeriod.extend({
  /** Only the criteria of the registry have records to show. */
  criterionId: z.enum(CRITERIA_WITH_WORKFLOW),
  side: z.enum(['numerator', 'denominator']),
  /**
   * Which measure's records; the headline measure (the first) when left out. A measure the
   * criterion lists no records for is "not found".
   */
  measure: z.enum(MEASURE_KEYS).optional(),
});
