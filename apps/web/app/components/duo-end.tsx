import { Form, useNavigation } from '@remix-run/react';
import { EARLY_END_REASON_CODES } from '@tandem/domain';
import {
  ErrorSummary,
  type FormErrors,
  SelectField,
  TextAreaField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import type { ApiOutputs } from '@tandem/web-kit/server';

type Summary = ApiOutputs['duoEnd']['summary'];

interface DuoEndProps {
  summary: Summary;
  today: string;
  /** A refused end. */
  failed?: { errors: FormErrors; values: Record<string, string> } | undefined;
}

/**
 * E1 on the staff duo page: how the duo ended, why, by whom and whether its closure started;
 * while it runs, the form that ends it at its planned end or early.
 */
export function DuoEnd({ summary, today, failed }: DuoEndProps) {
  const { t, formatDate } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const { end } = summary;
  if (end)
    return (
      <section aria-labelledby="duo-end-title" className="panel">
        <h2 id="duo-end-title">{t('duoEnd.summary.title')}</h2>
        <dl className="details">
          <dt>{t('duoEnd.summary.lastDay')}</dt>
          <dd>{formatDate(end.lastDay)}</dd>
          <dt>{t('duoEnd.summary.kind')}</dt>
          <dd>{t(`duo.page.endKind.${end.kind}`)}</dd>
          <dt>{t('duoEnd.summary.endedBy')}</dt>
          <dd>
            {t(`duoEnd.endedBy.${end.endedBy}`)}
            {end.recordedByName ? ` (${end.recordedByName})` : ''}
          </dd>
          <dt>{t('duoEnd.summary.reason')}</dt>
          <dd>
            {end.reasonCode
              ? t(`guidanceDrill.endReason.${end.reasonCode}`)
              : t('duoEnd.summary.noReason')}
          </dd>
          {end.reasonText ? (
            <>
              <dt>{t('duoEnd.summary.reasonText')}</dt>
              <dd>{end.reasonText}</dd>
            </>
          ) : null}
          <dt>{t('duoEnd.summary.closure')}</dt>
          <dd>
            {summary.closureStartedAt
              ? t('duoEnd.summary.closureStarted', { date: formatDate(summary.closureStartedAt) })
              : t('duoEnd.summary.closureMissing')}
          </dd>
        </dl>
      </section>
    );
  const errors = failed?.errors.fieldErrors ?? {};
  const labels = {
    lastDay: t('duoEnd.field.lastDay'),
    reasonCode: t('duoEnd.field.reasonCode'),
    reasonText: t('duoEnd.field.reasonText'),
  };
  return (
    <Form method="post" noValidate className="panel" aria-labelledby="duo-end-title">
      <h2 id="duo-end-title">{t('duoEnd.section.title')}</h2>
      <p>{t('duoEnd.section.intro')}</p>
      <ErrorSummary formError={failed?.errors.formError} fieldErrors={errors} labels={labels} />
      <input type="hidden" name="intent" value="endDuo" />
      <TextField
        name="lastDay"
        type="date"
        label={labels.lastDay}
        defaultValue={failed?.values.lastDay ?? today}
        error={errors.lastDay}
        required
      />
      <SelectField
        name="reasonCode"
        label={labels.reasonCode}
        options={[
          { value: '', label: t('duoEnd.field.reasonCode.none') },
          ...EARLY_END_REASON_CODES.map((code) => ({
            value: code,
            label: t(`portal.end.reason.${code}`),
          })),
        ]}
        defaultValue={failed?.values.reasonCode ?? ''}
        error={errors.reasonCode}
      />
      <TextAreaField
        name="reasonText"
        label={labels.reasonText}
        defaultValue={failed?.values.reasonText ?? ''}
        error={errors.reasonText}
        rows={2}
      />
      <button type="submit" className="button" disabled={submitting}>
        {t('duoEnd.submit')}
      </button>
    </Form>
  );
}
