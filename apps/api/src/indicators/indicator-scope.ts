import type { Period } from '@tandem/domain';

/** What one computation of indicators covers: one programme of one organisation, one period. */
export interface IndicatorScope {
  readonly tenantId: string;
  readonly programmeId: string;
  readonly period: Period;
}

/**
 * One programme over several periods (a trend's quarters), answered by one query per family;
 * a single period is the one-period case of it.
 */
export interface PeriodsScope {
  readonly tenantId: string;
  readonly programmeId: string;
  readonly periods: readonly Period[];
}

export const onePeriod = ({ tenantId, programmeId, period }: IndicatorScope): PeriodsScope => ({
  tenantId,
  programmeId,
  periods: [period],
});
