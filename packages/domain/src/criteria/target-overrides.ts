import type { CriterionId } from './ids.ts';
import { isCriterionId } from './ids.ts';
import type { IndicatorTargets, MeasureTarget } from './targets.ts';

/**
 * A network may set its own targets for its members. Overrides arrive as JSON (from a form
 * or a settings row), so they are `unknown` here and checked field by field. Errors are
 * translation keys with params, never sentences: the apps render them in nl/fr/en.
 *
 * Override shape: `{ [criterionId]: { [measureKey]: { target?: number, lowerBound?: number } } }`.
 * Direction and unit are part of the criterion, not negotiable, so they cannot be overridden.
 */
export type TargetErrorCode =
  | 'targets.not_an_object'
  | 'targets.unknown_criterion'
  | 'targets.unknown_measure'
  | 'targets.unknown_field'
  | 'targets.wrong_kind'
  | 'targets.share_out_of_range'
  | 'targets.count_out_of_range'
  | 'targets.months_out_of_range'
  | 'targets.lower_above_target'
  | 'targets.lower_below_target';

export interface TargetError {
  readonly code: TargetErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export type TargetMergeResult =
  | { readonly ok: true; readonly targets: IndicatorTargets }
  | { readonly ok: false; readonly errors: readonly TargetError[] };

const OVERRIDABLE_FIELDS = ['target', 'lowerBound'] as const;

export function mergeTargetOverrides(
  defaults: IndicatorTargets,
  overrides: unknown,
): TargetMergeResult {
  const errors: TargetError[] = [];
  if (!isPlainObject(overrides)) {
    return { ok: false, errors: [{ code: 'targets.not_an_object', params: { path: '' } }] };
  }
  const merged: Record<string, Record<string, MeasureTarget>> = {};
  for (const [criterionId, measures] of Object.entries(defaults)) {
    merged[criterionId] = { ...(measures as Record<string, MeasureTarget>) };
  }

  for (const [criterionKey, measureOverrides] of Object.entries(overrides)) {
    if (!isCriterionId(criterionKey)) {
      errors.push({ code: 'targets.unknown_criterion', params: { criterionId: criterionKey } });
      continue;
    }
    if (!isPlainObject(measureOverrides)) {
      errors.push({ code: 'targets.not_an_object', params: { path: criterionKey } });
      continue;
    }
    const criterionTargets = merged[criterionKey] as Record<string, MeasureTarget>;
    for (const [measure, fields] of Object.entries(measureOverrides)) {
      const base = Object.hasOwn(criterionTargets, measure) ? criterionTargets[measure] : undefined;
      if (base === undefined) {
        errors.push({
          code: 'targets.unknown_measure',
          params: { criterionId: criterionKey, measure },
        });
        continue;
      }
      const next = applyFields(criterionKey, measure, base, fields, errors);
      if (next !== null) criterionTargets[measure] = next;
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  // Every key was copied from `defaults` and only known measures were replaced.
  return { ok: true, targets: merged as unknown as IndicatorTargets };
}

function applyFields(
  criterionId: CriterionId,
  measure: string,
  base: MeasureTarget,
  fields: unknown,
  errors: TargetError[],
): MeasureTarget | null {
  const where = { criterionId, measure };
  if (!isPlainObject(fields)) {
    errors.push({ code: 'targets.not_an_object', params: { path: `${criterionId}.${measure}` } });
    return null;
  }
  const errorsBefore = errors.length;
  let target = base.target;
  let lowerBound = base.lowerBound;
  for (const [field, value] of Object.entries(fields)) {
    if (!(OVERRIDABLE_FIELDS as readonly string[]).includes(field)) {
      errors.push({ code: 'targets.unknown_field', params: { ...where, field } });
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      errors.push({ code: 'targets.wrong_kind', params: { ...where, field, expected: 'number' } });
      continue;
    }
    const rangeError = checkRange(base, value);
    if (rangeError !== null) {
      errors.push({
        code: rangeError.code,
        params: { ...where, field, value, ...rangeError.params },
      });
      continue;
    }
    if (field === 'target') target = value;
    else lowerBound = value;
  }
  if (errors.length > errorsBefore) return null;

  // The lower bound is the looser of the two thresholds; a stricter one makes "partly met"
  // unreachable, which is never what a network means.
  if (base.direction === 'at_least' && lowerBound > target) {
    errors.push({ code: 'targets.lower_above_target', params: { ...where, target, lowerBound } });
    return null;
  }
  if (base.direction === 'at_most' && lowerBound < target) {
    errors.push({ code: 'targets.lower_below_target', params: { ...where, target, lowerBound } });
    return null;
  }
  return { ...base, target, lowerBound };
}

function checkRange(
  base: MeasureTarget,
  value: number,
): { code: TargetErrorCode; params: Record<string, number> } | null {
  switch (base.unit) {
    case 'share':
      return value < 0 || value > 1
        ? { code: 'targets.share_out_of_range', params: { min: 0, max: 1 } }
        : null;
    case 'count': {
      const max = base.max ?? Number.MAX_SAFE_INTEGER;
      const ok = Number.isInteger(value) && value >= 0 && value <= max;
      return ok ? null : { code: 'targets.count_out_of_range', params: { min: 0, max } };
    }
    case 'months':
      return Number.isInteger(value) && value >= 1 && value <= 120
        ? null
        : { code: 'targets.months_out_of_range', params: { min: 1, max: 120 } };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
