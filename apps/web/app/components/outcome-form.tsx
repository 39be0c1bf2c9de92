import { Form, useNavigation } from '@remix-run/react';
import {
  CONTRACT_KINDS,
  OUTCOME_SITUATIONS,
  SELF_RATING_MAX,
  SELF_RATING_MIN,
} from '@tandem/domain';
import {
  ErrorSummary,
  type FormErrors,
  RadioGroup,
  SelectField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';

type Moment = 'intake' | 'end' | 'follow_up_6m';

interface OutcomeFormProps {
  /** The moment this form records; a staff form on the duo page offers both of the duo's. */
  moments: readonly Moment[];
  /** Staff say on which day it was true; the portal records today. */
  recordedOn?: string;
  /** The mentee's own words in the portal, staff wording otherwise. */
  portal?: boolean;
  submitLabel: string;
  failed?: { errors: FormErrors; values: Record<string, string> } | undefined;
}

const RATINGS = Array.from(
  { length: SELF_RATING_MAX - SELF_RATING_MIN + 1 },
  (_, i) => `${SELF_RATING_MIN + i}`,
);

/**
 * The mentee's situation: what they do (with the contract and hours when working) and, at
 * intake and end, confidence and autonomy on 1–5. Big radio buttons, so it works on a phone.
 */
export function OutcomeForm({
  moments,
  recordedOn,
  portal,
  submitLabel,
  failed,
}: OutcomeFormProps) {
  const { t } = useTranslator();
  const submitting = useNavigation().formData?.get('intent') === 'outcome';
  const errors = failed?.errors.fieldErrors ?? {};
  const values = failed?.values;
  const moment = (values?.moment as Moment | undefined) ?? moments[0] ?? 'end';
  const rated = moments.some((m) => m !== 'follow_up_6m');
  const labels = {
    moment: t('outcome.field.moment'),
    recordedOn: t('outcome.field.recordedOn'),
    situation: t(portal ? 'outcome.field.situationPortal' : 'outcome.field.situation'),
    contractKind: t('outcome.field.contractKind'),
    hoursPerWeek: t('outcome.field.hoursPerWeek'),
    confidence: t(portal ? 'outcome.field.confidencePortal' : 'outcome.field.confidence'),
    autonomy: t(portal ? 'outcome.field.autonomyPortal' : 'outcome.field.autonomy'),
  };
  const ratingOptions = RATINGS.map((value) => ({ value, label: value }));
  return (
    <Form method="post" noValidate className="panel">
      <ErrorSummary formError={failed?.errors.formError} fieldErrors={errors} labels={labels} />
      <input type="hidden" name="intent" value="outcome" />
      {moments.length > 1 ? (
        <SelectField
          name="moment"
          label={labels.moment}
          defaultValue={moment}
          options={moments.map((m) => ({ value: m, label: t(`outcome.moment.${m}`) }))}
          error={errors.moment}
          required
        />
      ) : (
        <input type="hidden" name="moment" value={moment} />
      )}
      {recordedOn ? (
        <TextField
          name="recordedOn"
          type="date"
          label={labels.recordedOn}
          defaultValue={values?.recordedOn ?? recordedOn}
          error={errors.recordedOn}
          required
        />
      ) : null}
      <RadioGroup
        name="situation"
        legend={labels.situation}
        options={OUTCOME_SITUATIONS.map((s) => ({ value: s, label: t(`outcome.situation.${s}`) }))}
        defaultValue={values?.situation ?? ''}
        error={errors.situation}
        required
      />
      <SelectField
        name="contractKind"
        label={labels.contractKind}
        hint={t('outcome.field.employedHint')}
        defaultValue={values?.contractKind ?? ''}
        options={[
          { value: '', label: '—' },
          ...CONTRACT_KINDS.map((k) => ({ value: k, label: t(`outcome.contract.${k}`) })),
        ]}
        error={errors.contractKind}
      />
      <TextField
        name="hoursPerWeek"
        type="number"
        inputMode="numeric"
        label={labels.hoursPerWeek}
        hint={t('outcome.field.employedHint')}
        defaultValue={values?.hoursPerWeek ?? ''}
        error={errors.hoursPerWeek}
      />
      {rated ? (
        <>
          <RadioGroup
            name="confidence"
            legend={labels.confidence}
            hint={t('outcome.field.ratingHint')}
            options={ratingOptions}
            defaultValue={values?.confidence ?? ''}
            error={errors.confidence}
            required={moment !== 'follow_up_6m'}
          />
          <RadioGroup
            name="autonomy"
            legend={labels.autonomy}
            hint={t('outcome.field.ratingHint')}
            options={ratingOptions}
            defaultValue={values?.autonomy ?? ''}
            error={errors.autonomy}
            required={moment !== 'follow_up_6m'}
          />
        </>
      ) : null}
      <button type="submit" className="button" disabled={submitting}>
        {submitLabel}
      </button>
    </Form>
  );
}
