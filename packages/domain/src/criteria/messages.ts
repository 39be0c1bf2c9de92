import type { CriterionStatus, MeasureKey } from '../indicators/indicator-value.ts';
import type { TargetErrorCode } from './target-overrides.ts';

/**
 * The catalogue keys the criteria produce (statuses, measures, target-override errors); their
 * text is in `@tandem/i18n`. Shares in params are fractions 0…1, to be formatted as
 * percentages in the reader's locale.
 */
export type CriteriaMessageKey =
  | `indicator.status.${CriterionStatus}`
  | `indicator.measure.${MeasureKey}`
  | TargetErrorCode;
