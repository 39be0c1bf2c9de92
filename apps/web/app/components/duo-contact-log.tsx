import { Form, useNavigation } from '@remix-run/react';
import { CONTACT_LOGGED_BY, CONTACT_MODES } from '@tandem/domain';
import {
  ErrorSummary,
  type FormErrors,
  SelectField,
  TextAreaField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';

interface Contact {
  id: string;
  contactOn: string;
  mode: (typeof CONTACT_MODES)[number];
  durationMinutes: number | null;
  loggedBy: (typeof CONTACT_LOGGED_BY)[number];
  note: string | null;
}

interface DuoContactLogProps {
  /** Newest first. */
  contacts: readonly Contact[];
  today: string;
  failed?: { errors: FormErrors; values: Record<string, string> } | undefined;
}

/** A duo's contact log (D2) and the form staff use to log on someone's behalf. */
export function DuoContactLog({ contacts, today, failed }: DuoContactLogProps) {
  const { t, formatDate } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const errors = failed?.errors.fieldErrors ?? {};
  const labels = {
    contactOn: t('duo.page.contactOn'),
    mode: t('duo.page.mode'),
    loggedBy: t('duo.page.loggedBy'),
    durationMinutes: t('duo.page.durationMinutes'),
    note: t('duo.page.noteOptional'),
  };
  return (
    <>
      <section aria-labelledby="log-title">
        <h2 id="log-title">{t('duo.page.log')}</h2>
        {contacts.length === 0 ? (
          <p>{t('contact.none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('duo.page.contactOn')}</th>
                <th scope="col">{t('duo.page.mode')}</th>
                <th scope="col">{t('duo.page.duration')}</th>
                <th scope="col">{t('duo.page.loggedBy')}</th>
                <th scope="col">{t('duo.page.note')}</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{formatDate(c.contactOn)}</th>
                  <td>{t(`contact.mode.${c.mode}`)}</td>
                  <td>
                    {c.durationMinutes === null
                      ? ''
                      : t('contact.minutes', { minutes: c.durationMinutes })}
                  </td>
                  <td>{t(`contact.loggedBy.${c.loggedBy}`)}</td>
                  <td>{c.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <Form method="post" noValidate className="panel">
        <h2>{t('duo.page.logTitle')}</h2>
        <ErrorSummary formError={failed?.errors.formError} fieldErrors={errors} labels={labels} />
        <input type="hidden" name="intent" value="log" />
        <TextField
          name="contactOn"
          type="date"
          label={labels.contactOn}
          defaultValue={failed?.values.contactOn ?? today}
          error={errors.contactOn}
          required
        />
        <SelectField
          name="mode"
          label={labels.mode}
          defaultValue={failed?.values.mode ?? 'phone'}
          options={CONTACT_MODES.map((m) => ({ value: m, label: t(`contact.mode.${m}`) }))}
          error={errors.mode}
        />
        <SelectField
          name="loggedBy"
          label={labels.loggedBy}
          defaultValue={failed?.values.loggedBy ?? 'coach'}
          options={CONTACT_LOGGED_BY.map((w) => ({ value: w, label: t(`contact.loggedBy.${w}`) }))}
          error={errors.loggedBy}
        />
        <TextField
          name="durationMinutes"
          inputMode="numeric"
          label={labels.durationMinutes}
          defaultValue={failed?.values.durationMinutes ?? ''}
          error={errors.durationMinutes}
        />
        <TextAreaField
          name="note"
          label={labels.note}
          defaultValue={failed?.values.note ?? ''}
          error={errors.note}
          rows={3}
        />
        <button type="submit" className="button" disabled={submitting}>
          {t('duo.page.logSubmit')}
        </button>
      </Form>
    </>
  );
}
