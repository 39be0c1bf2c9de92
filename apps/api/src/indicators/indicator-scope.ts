import type { Period } from '@tandem/domain';

/** What one computation of indicators covers: one programme of one organisation, one period. */
export interface IndicatorScope {
  readonly tenantId: string;
  readonly programmeId: string;
  readonly period: Period;
}
