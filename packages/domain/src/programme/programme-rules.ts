/**
 * Programme settings rules, criteria D1 (at least six months) and D2 (at least fortnightly
 * contact). The API validates input with these; the database repeats them as CHECK
 * constraints so no other path can store a programme that breaks them.
 */
export const D1_MIN_DURATION_MONTHS = 6;
export const DEFAULT_PLANNED_DURATION_MONTHS = 6;
export const MAX_PLANNED_DURATION_MONTHS = 60;

export const D2_MAX_CONTACT_INTERVAL_DAYS = 14;
export const DEFAULT_MIN_CONTACT_FREQUENCY_DAYS = 14;

export interface ProgrammeDurationSettings {
  plannedDurationMonths: number;
  shorterDurationReason: string | null;
}

export type ProgrammeRuleIssue = {
  field: 'shorterDurationReason';
  key: 'programme.reason_required_below_six_months';
};

/** A programme may plan duos shorter than six months only with a stated reason (D1). */
export function checkProgrammeDuration(settings: ProgrammeDurationSettings): ProgrammeRuleIssue[] {
  const reason = settings.shorterDurationReason?.trim() ?? '';
  if (settings.plannedDurationMonths < D1_MIN_DURATION_MONTHS && reason === '') {
    return [{ field: 'shorterDurationReason', key: 'programme.reason_required_below_six_months' }];
  }
  return [];
}

/** A reason only means something for a shorter programme; keep none otherwise. */
export function normaliseShorterDurationReason(settings: ProgrammeDurationSettings): string | null {
  if (settings.plannedDurationMonths >= D1_MIN_DURATION_MONTHS) return null;
  const reason = settings.shorterDurationReason?.trim() ?? '';
  return reason === '' ? null : reason;
}
