import { Form, useNavigation } from '@remix-run/react';
import type { Translator } from '@tandem/i18n';
import { ErrorSummary, type FormErrors, TextField, useTranslator } from '@tandem/web-kit';
import type { ReactNode } from 'react';

/** The labels of the fields every schedule form has, in the order the form shows them. */
export function scheduleLabels({ t }: Translator, startsAt: string) {
  return { startsAt, place: t('infoSessions.place'), onlineUrl: t('infoSessions.onlineUrl') };
}

interface ScheduleSessionFormProps {
  title: string;
  submitLabel: string;
  /** Every field's label, for the error summary; the start, place and link fields use theirs. */
  labels: ReturnType<typeof scheduleLabels> & Record<string, string>;
  startsAtHint?: string;
  errors?: FormErrors;
  values?: { startsAt: string; place: string; onlineUrl: string };
  /** Fields shown before the start. */
  leading?: ReactNode;
  /** Fields shown after the place and link. */
  children?: ReactNode;
}

/** Schedules a session: when (Belgian time), where or the online link, and the kind's own fields. */
export function ScheduleSessionForm({
  title,
  submitLabel,
  labels,
  startsAtHint,
  errors,
  values,
  leading,
  children,
}: ScheduleSessionFormProps) {
  const { t } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const fieldErrors = errors?.fieldErrors ?? {};
  return (
    <section aria-labelledby="schedule-title" className="narrow">
      <h2 id="schedule-title">{title}</h2>
      <ErrorSummary formError={errors?.formError} fieldErrors={fieldErrors} labels={labels} />
      <Form method="post" noValidate className="panel">
        {leading}
        <TextField
          name="startsAt"
          type="datetime-local"
          label={labels.startsAt}
          hint={startsAtHint}
          required
          defaultValue={values?.startsAt}
          error={fieldErrors.startsAt}
        />
        <TextField
          name="place"
          label={labels.place}
          hint={t('infoSessions.placeHint')}
          defaultValue={values?.place}
          error={fieldErrors.place}
        />
        <TextField
          name="onlineUrl"
          type="url"
          label={labels.onlineUrl}
          defaultValue={values?.onlineUrl}
          error={fieldErrors.onlineUrl}
        />
        {children}
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('form.saving') : submitLabel}
        </button>
      </Form>
    </section>
  );
}
