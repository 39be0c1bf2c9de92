import { Form, useNavigation } from '@remix-run/react';
import {
  ErrorSummary,
  type FormErrors,
  SelectField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';

interface Assignment {
  id: string;
  coachName: string;
  fromDate: string;
  untilDate: string | null;
}

interface DuoCoachesProps {
  /** Newest first. */
  assignments: readonly Assignment[];
  /** Who can be the coach; empty when the person may not change it. */
  coaches: readonly { id: string; name: string }[];
  currentCoachId: string | null;
  today: string;
  failed?: { errors: FormErrors; values: Record<string, string> } | undefined;
}

/** A duo's coach (D3): who it is now, who it was before with their dates, and the change. */
export function DuoCoaches({
  assignments,
  coaches,
  currentCoachId,
  today,
  failed,
}: DuoCoachesProps) {
  const { t, formatDate } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const errors = failed?.errors.fieldErrors ?? {};
  // The pause form on the same page has a `fromDate` too.
  const labels = {
    coachUserId: t('followUp.field.coachUserId'),
    'assign-fromDate': t('followUp.field.fromDate'),
  };
  return (
    <section aria-labelledby="coaches-title">
      <h2 id="coaches-title">{t('followUp.coaches')}</h2>
      {assignments.length === 0 ? (
        <p>{t('followUp.noCoach')}</p>
      ) : (
        <ul>
          {assignments.map((a) => (
            <li key={a.id}>
              <strong>{a.coachName}</strong>,{' '}
              {a.untilDate
                ? t('followUp.period', {
                    from: formatDate(a.fromDate),
                    until: formatDate(a.untilDate),
                  })
                : t('followUp.current', { from: formatDate(a.fromDate) })}
            </li>
          ))}
        </ul>
      )}
      {coaches.length > 0 ? (
        <Form method="post" noValidate className="panel">
          <h3>{t('followUp.assign.title')}</h3>
          <ErrorSummary
            formError={failed?.errors.formError}
            fieldErrors={{
              ...(errors.coachUserId ? { coachUserId: errors.coachUserId } : {}),
              ...(errors.fromDate ? { 'assign-fromDate': errors.fromDate } : {}),
            }}
            labels={labels}
          />
          <input type="hidden" name="intent" value="assign" />
          <SelectField
            name="coachUserId"
            label={labels.coachUserId}
            defaultValue={failed?.values.coachUserId ?? currentCoachId ?? ''}
            placeholder={currentCoachId ? undefined : t('form.choose')}
            options={coaches.map((c) => ({ value: c.id, label: c.name }))}
            error={errors.coachUserId}
            required
          />
          <TextField
            name="fromDate"
            id="field-assign-fromDate"
            type="date"
            label={labels['assign-fromDate']}
            defaultValue={failed?.values.fromDate ?? today}
            error={errors.fromDate}
            required
          />
          <button type="submit" className="button" disabled={submitting}>
            {t('followUp.assign.submit')}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
