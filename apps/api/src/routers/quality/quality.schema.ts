import { isCalendarDate } from '@tandem/domain';
import { z } from 'zod';
import { INTAKE_CRITERION_IDS } from '../../indicators/intake-indicators.ts';
import { LineText, OrganisationId } from '../shared.schema.ts';

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
  /** Only criteria the database computes have records to show. */
  criterionId: z.enum(INTAKE_CRITERION_IDS),
  side: z.enum(['numerator', 'denominator']),
  /** Which measure's records; the headline measure (the first) when left out. */
  measure: z
    .enum([
      'share',
      'channel_count',
      'largest_channel_share',
      'partner_count',
      'curriculum_coverage',
    ])
    .optional(),
});
