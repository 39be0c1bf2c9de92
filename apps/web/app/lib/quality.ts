import {
  addDays,
  addMonths,
  type CriterionArea,
  type CriterionId,
  isCalendarDate,
} from '@tandem/domain';
import type { Translator } from '@tandem/i18n';

/**
 * A period as people read it: from `start` up to and including `end`. The API's periods
 * end exclusive, so `apiPeriod` adds the day.
 */
export interface ShownPeriod {
  start: string;
  end: string;
}

export function thisYearSoFar(today: string): ShownPeriod {
  return { start: `${today.slice(0, 4)}-01-01`, end: today };
}

export function lastYear(today: string): ShownPeriod {
  const year = Number(today.slice(0, 4)) - 1;
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

export function lastTwelveMonths(today: string): ShownPeriod {
  return { start: addDays(addMonths(today, -12), 1), end: today };
}

/** The period in the address, or this year so far when there is none or it cannot be used. */
export function readPeriod(url: URL, today: string): { period: ShownPeriod; invalid: boolean } {
  const start = url.searchParams.get('start');
  const end = url.searchParams.get('end');
  if (start === null && end === null) return { period: thisYearSoFar(today), invalid: false };
  if (start && end && isCalendarDate(start) && isCalendarDate(end) && start <= end) {
    return { period: { start, end }, invalid: false };
  }
  return { period: thisYearSoFar(today), invalid: true };
}

export const apiPeriod = (period: ShownPeriod) => ({
  start: period.start,
  end: addDays(period.end, 1),
});

export function periodQuery(period: ShownPeriod, extra: Record<string, string> = {}): string {
  return `?${new URLSearchParams({ start: period.start, end: period.end, ...extra })}`;
}

export const criterionTitle = (t: Translator, id: CriterionId) => t.t(`criterion.${id}.title`);

export const criterionText = (t: Translator, id: CriterionId) => t.t(`criterion.${id}.text`);

export const areaTitle = (t: Translator, area: CriterionArea) => t.t(`criterion.area.${area}`);

/** One way to write the criteria's numbers, shared with the API's PDF and CSV reports. */
export { formatMeasureValue, targetText } from '@tandem/i18n';
