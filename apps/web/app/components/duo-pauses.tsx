import { Form, useNavigation } from '@remix-run/react';
import {
  ErrorSummary,
  type FormErrors,
  TextAreaField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';

interface Pause {
  id: string;
  fromDate: string;
  untilDate: string | null;
  reason: string;
}

interface DuoPausesProps {
  pauses: readonly Pause[];
  today: string;
  /** A refused start or end of a pause. */
  failed?: { errors: FormErrors; values: Record<string, string> } | undefined;
}

/** A duo's pauses (D2) and the form that starts one, or ends the one that lasts. */
export function DuoPauses({ pauses, today, failed }: DuoPausesProps) {
  const { t, formatDate } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const openPause = pauses.find((p) => p.untilDate === null);
  const errors = failed?.errors.fieldErrors ?? {};
  const labels = {
    fromDate: t('duo.page.pauseFrom'),
    reason: t('duo.page.pauseReason'),
    untilDate: t('duo.page.pauseUntil'),
  };
  return (
    <>
      <section aria-labelledby="pauses-title">
        <h2 id="pauses-title">{t('duo.page.pauses')}</h2>
        {pauses.length === 0 ? (
          <p>{t('duo.page.noPauses')}</p>
        ) : (
          <ul>
            {pauses.map((p) => (
              <li key={p.id}>
                {formatDate(p.fromDate)} –{' '}
                {p.untilDate ? formatDate(p.untilDate) : t('duo.page.pauseOpen')}: {p.reason}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Form method="post" noValidate className="panel">
        <h2>{t(openPause ? 'duo.page.resumeTitle' : 'duo.page.pauseTitle')}</h2>
        <ErrorSummary formError={failed?.errors.formError} fieldErrors={errors} labels={labels} />
        {openPause ? (
          <>
            <input type="hidden" name="intent" value="endPause" />
            <input type="hidden" name="pauseId" value={openPause.id} />
            <TextField
              name="untilDate"
              type="date"
              label={labels.untilDate}
              defaultValue={failed?.values.untilDate ?? today}
              error={errors.untilDate}
              required
            />
          </>
        ) : (
          <>
            <input type="hidden" name="intent" value="startPause" />
            <TextField
              name="fromDate"
              type="date"
              label={labels.fromDate}
              defaultValue={failed?.values.fromDate ?? today}
              error={errors.fromDate}
              required
            />
            <TextAreaField
              name="reason"
              label={labels.reason}
              defaultValue={failed?.values.reason ?? ''}
              error={errors.reason}
              rows={2}
              required
            />
          </>
        )}
        <button type="submit" className="button" disabled={submitting}>
          {t(openPause ? 'duo.page.resumeSubmit' : 'duo.page.pauseSubmit')}
        </button>
      </Form>
    </>
  );
}
