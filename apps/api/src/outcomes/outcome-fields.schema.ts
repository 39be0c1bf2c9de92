import {
  CONTRACT_KINDS,
  OUTCOME_SITUATIONS,
  SELF_RATING_MAX,
  SELF_RATING_MIN,
} from '@tandem/domain';
import { z } from 'zod';

/**
 * The mentee's situation as staff and the portal both record it; the rules are the
 * database's (`outcomes_contract_check`, `outcomes_rating_check`), said here first so a
 * person gets a message per field: a contract kind and hours only when employed (and then
 * both), confidence and autonomy at intake and end and never at six months.
 */
const Rating = z.number().int().min(SELF_RATING_MIN).max(SELF_RATING_MAX).nullable();

export const OutcomeFields = z.object({
  situation: z.enum(OUTCOME_SITUATIONS),
  contractKind: z.enum(CONTRACT_KINDS).nullable(),
  hoursPerWeek: z.number().int().min(1).max(80).nullable(),
  confidence: Rating,
  autonomy: Rating,
});
export type OutcomeFieldValues = z.infer<typeof OutcomeFields>;

type Issue = { path: string[]; message: string };

/** The field messages of one outcome at `moment`: empty when it may be written. */
export function outcomeIssues(
  value: OutcomeFieldValues,
  moment: 'intake' | 'end' | 'follow_up_6m',
): Issue[] {
  const issues: Issue[] = [];
  const employed = value.situation === 'employed';
  for (const field of ['contractKind', 'hoursPerWeek'] as const) {
    if (employed && value[field] === null)
      issues.push({ path: [field], message: 'outcome.required_when_employed' });
    if (!employed && value[field] !== null)
      issues.push({ path: [field], message: 'outcome.only_when_employed' });
  }
  for (const field of ['confidence', 'autonomy'] as const) {
    if (moment !== 'follow_up_6m' && value[field] === null)
      issues.push({ path: [field], message: 'outcome.rating_required' });
    if (moment === 'follow_up_6m' && value[field] !== null)
      issues.push({ path: [field], message: 'outcome.rating_not_asked' });
  }
  return issues;
}

export function refineOutcome<T extends OutcomeFieldValues>(
  moment: (value: T) => 'intake' | 'end' | 'follow_up_6m',
) {
  return (value: T, ctx: z.RefinementCtx) => {
    for (const issue of outcomeIssues(value, moment(value)))
      ctx.addIssue({ code: 'custom', ...issue });
  };
}
