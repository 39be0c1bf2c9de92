import type { CONTRACT_KINDS, OUTCOME_SITUATIONS } from '@tandem/domain';
import { text } from '@tandem/web-kit/server';
import { wholeNumber } from './intake.ts';

/**
 * The outcome form (`OutcomeForm`) as the API takes it, for the application page, the duo
 * page and the portal alike. Confidence and autonomy are not asked at six months, so a
 * six-month answer sends none whatever the form held.
 */
export const OUTCOME_FORM_FIELDS = [
  'moment',
  'recordedOn',
  'situation',
  'contractKind',
  'hoursPerWeek',
  'confidence',
  'autonomy',
] as const;

export function readOutcomeForm(form: FormData) {
  const values = Object.fromEntries(OUTCOME_FORM_FIELDS.map((f) => [f, text(form, f)]));
  const number = (name: string) => (values[name] ? wholeNumber(values[name] ?? '') : null);
  const sixMonths = values.moment === 'follow_up_6m';
  return {
    values,
    moment: values.moment ?? '',
    recordedOn: values.recordedOn ?? '',
    fields: {
      situation: values.situation as (typeof OUTCOME_SITUATIONS)[number],
      contractKind: (values.contractKind || null) as (typeof CONTRACT_KINDS)[number] | null,
      hoursPerWeek: number('hoursPerWeek'),
      confidence: sixMonths ? null : number('confidence'),
      autonomy: sixMonths ? null : number('autonomy'),
    },
  };
}
