import { Form, useNavigation } from '@remix-run/react';
import { CLOSING_MEETING_MODES } from '@tandem/domain';
import {
  ErrorSummary,
  type FormErrors,
  RadioGroup,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import type { ApiOutputs } from '@tandem/web-kit/server';
import { isoToBelgianLocal } from '../lib/intake.ts';

type Meeting = ApiOutputs['closingMeeting']['list'][number];
type Failed = { intent: string; errors: FormErrors; values: Record<string, string> } | undefined;

interface DuoClosingMeetingProps {
  meetings: readonly Meeting[];
  today: string;
  failed?: Failed;
}

/**
 * E2 on the staff duo page: the closing meeting, planned with a calendar invitation to
 * mentor, mentee and the staff member, moved or called off, and afterwards recorded as held
 * on a day or not held.
 */
export function DuoClosingMeeting({ meetings, today, failed }: DuoClosingMeetingProps) {
  const { t, formatDate } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const planned = meetings.find((m) => m.status === 'planned');
  const errorsOf = (...intents: string[]) =>
    failed && intents.includes(failed.intent) ? failed : undefined;
  const planFailed = errorsOf('planClosing', 'rescheduleClosing');
  const recordFailed = errorsOf('recordClosing', 'cancelClosing');
  const planErrors = planFailed?.errors.fieldErrors ?? {};
  const recordErrors = recordFailed?.errors.fieldErrors ?? {};
  const labels = {
    startsAt: t('closingMeeting.field.startsAt'),
    durationMinutes: t('closingMeeting.field.durationMinutes'),
    mode: t('closingMeeting.field.mode'),
    place: t('closingMeeting.field.place'),
    onlineUrl: t('closingMeeting.field.onlineUrl'),
    heldOn: t('closingMeeting.field.heldOn'),
  };
  const values = planFailed?.values;
  return (
    <section aria-labelledby="closing-title" className="panel">
      <h2 id="closing-title">{t('closingMeeting.section.title')}</h2>
      <p>{t('closingMeeting.section.intro')}</p>
      {meetings.length === 0 ? (
        <p>{t('closingMeeting.none')}</p>
      ) : (
        <ul>
          {meetings.map((m) => (
            <li key={m.id}>
              {t('closingMeeting.item', {
                when: formatDate(m.startsAt, 'dateTime'),
                where: (m.mode === 'online' ? m.onlineUrl : m.place) ?? '',
                mode: t(`closingMeeting.mode.${m.mode}`),
                status: t(`closingMeeting.status.${m.status}`),
              })}
              {m.heldOn ? ` — ${t('closingMeeting.heldOn', { date: formatDate(m.heldOn) })}` : ''}
            </li>
          ))}
        </ul>
      )}
      <Form method="post" noValidate aria-labelledby="closing-plan-title">
        <h3 id="closing-plan-title">
          {t(planned ? 'closingMeeting.reschedule.title' : 'closingMeeting.plan.title')}
        </h3>
        <ErrorSummary
          formError={planFailed?.errors.formError}
          fieldErrors={planErrors}
          labels={labels}
        />
        <input type="hidden" name="intent" value={planned ? 'rescheduleClosing' : 'planClosing'} />
        {planned ? <input type="hidden" name="closingMeetingId" value={planned.id} /> : null}
        <TextField
          name="startsAt"
          type="datetime-local"
          label={labels.startsAt}
          required
          defaultValue={values?.startsAt ?? (planned ? isoToBelgianLocal(planned.startsAt) : '')}
          error={planErrors.startsAt}
        />
        <TextField
          name="durationMinutes"
          type="number"
          inputMode="numeric"
          label={labels.durationMinutes}
          required
          defaultValue={values?.durationMinutes ?? String(planned?.durationMinutes ?? 60)}
          error={planErrors.durationMinutes}
        />
        <RadioGroup
          name="mode"
          legend={labels.mode}
          options={CLOSING_MEETING_MODES.map((mode) => ({
            value: mode,
            label: t(`closingMeeting.mode.${mode}`),
          }))}
          defaultValue={values?.mode ?? planned?.mode ?? 'in_person'}
          error={planErrors.mode}
          required
        />
        <TextField
          name="place"
          label={labels.place}
          defaultValue={values?.place ?? planned?.place ?? ''}
          error={planErrors.place}
        />
        <TextField
          name="onlineUrl"
          type="url"
          label={labels.onlineUrl}
          defaultValue={values?.onlineUrl ?? planned?.onlineUrl ?? ''}
          error={planErrors.onlineUrl}
        />
        <button type="submit" className="button" disabled={submitting}>
          {t(planned ? 'closingMeeting.reschedule.submit' : 'closingMeeting.plan.submit')}
        </button>
      </Form>
      {planned ? (
        <Form method="post" noValidate aria-labelledby="closing-record-title">
          <h3 id="closing-record-title">{t('closingMeeting.record.title')}</h3>
          <ErrorSummary
            formError={recordFailed?.errors.formError}
            fieldErrors={recordErrors}
            labels={labels}
          />
          <input type="hidden" name="closingMeetingId" value={planned.id} />
          <TextField
            name="heldOn"
            type="date"
            label={labels.heldOn}
            defaultValue={recordFailed?.values.heldOn ?? today}
            error={recordErrors.heldOn}
          />
          <input type="hidden" name="intent" value="recordClosing" />
          <div className="actions">
            <button type="submit" name="held" value="yes" className="button" disabled={submitting}>
              {t('closingMeeting.record.held')}
            </button>
            <button
              type="submit"
              name="held"
              value="no"
              className="button button--quiet"
              disabled={submitting}
            >
              {t('closingMeeting.record.notHeld')}
            </button>
          </div>
        </Form>
      ) : null}
      {planned ? (
        <Form method="post">
          <input type="hidden" name="intent" value="cancelClosing" />
          <input type="hidden" name="closingMeetingId" value={planned.id} />
          <button type="submit" className="button button--danger" disabled={submitting}>
            {t('closingMeeting.cancel.submit')}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
