import { Form, useNavigation } from '@remix-run/react';
import {
  ErrorSummary,
  type FormErrors,
  TextAreaField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';

interface MediationNote {
  id: string;
  writtenOn: string;
  writtenBy: string;
  note: string;
}

interface DuoMediationProps {
  /** Newest first. */
  notes: readonly MediationNote[];
  /** Whether the person may add one: the duo's coach, or a coordinator. */
  canWrite: boolean;
  today: string;
  failed?: { errors: FormErrors; values: Record<string, string> } | undefined;
}

/** Mediation notes of a duo (D3): staff only, never shown in the portal. */
export function DuoMediation({ notes, canWrite, today, failed }: DuoMediationProps) {
  const { t, formatDate } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const errors = failed?.errors.fieldErrors ?? {};
  const labels = {
    writtenOn: t('followUp.field.writtenOn'),
    'mediation-note': t('followUp.field.mediationNote'),
  };
  return (
    <section aria-labelledby="mediation-title">
      <h2 id="mediation-title">{t('followUp.mediation')}</h2>
      <p className="muted">{t('followUp.mediationHint')}</p>
      {notes.length === 0 ? (
        <p>{t('followUp.noMediation')}</p>
      ) : (
        <ul>
          {notes.map((n) => (
            <li key={n.id}>
              <strong>
                {t('followUp.mediationBy', { date: formatDate(n.writtenOn), name: n.writtenBy })}
              </strong>
              <p className="message-body">{n.note}</p>
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <Form method="post" noValidate className="panel">
          <h3>{t('followUp.mediation.title')}</h3>
          <ErrorSummary
            formError={failed?.errors.formError}
            fieldErrors={{
              ...(errors.writtenOn ? { writtenOn: errors.writtenOn } : {}),
              ...(errors.note ? { 'mediation-note': errors.note } : {}),
            }}
            labels={labels}
          />
          <input type="hidden" name="intent" value="mediation" />
          <TextField
            name="writtenOn"
            type="date"
            label={labels.writtenOn}
            defaultValue={failed?.values.writtenOn ?? today}
            error={errors.writtenOn}
            required
          />
          <TextAreaField
            name="note"
            id="field-mediation-note"
            label={labels['mediation-note']}
            defaultValue={failed?.values.note ?? ''}
            error={errors.note}
            rows={4}
            required
          />
          <button type="submit" className="button" disabled={submitting}>
            {t('followUp.mediation.submit')}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
