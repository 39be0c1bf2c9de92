import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { brusselsDate, EARLY_END_REASON_CODES, type EarlyEndReasonCode } from '@tandem/domain';
import {
  ErrorSummary,
  type FormErrors,
  RadioGroup,
  RouteErrorMessage,
  TextAreaField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { text, toFormErrors } from '@tandem/web-kit/server';
import { title } from '../lib/meta.ts';
import { portalPath } from '../lib/paths.ts';
import { portalReadError, requireParticipant } from '../lib/portal.server.ts';

export const meta: MetaFunction = (args) => title(args, 'portal.end.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, organisationSlug } = await requireParticipant(request, context, params);
  const duo = await api.portalEnd.duo
    .query({ organisationSlug, duoId: params.duoId ?? '' })
    .catch(portalReadError(organisationSlug));
  return { organisationSlug, duo, today: brusselsDate(new Date().toISOString()) };
}

type Values = Record<string, string>;
type ActionResult =
  | { step: 'confirm' | 'edit'; values: Values }
  | { step: 'done' }
  | { step: 'form'; errors: FormErrors; values: Values };
const FIELDS = ['lastDay', 'reasonCode', 'reasonText'] as const;

/**
 * Two steps on a phone: the last day and the reason, then a confirmation that says what
 * happens next; only the confirmed second post ends the duo.
 */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { api, organisationSlug, t } = await requireParticipant(request, context, params);
  const form = await request.formData();
  const values: Values = Object.fromEntries(FIELDS.map((f) => [f, text(form, f)]));
  const intent = text(form, 'intent');
  if (intent !== 'confirm')
    return data<ActionResult>({ step: intent === 'edit' ? 'edit' : 'confirm', values });
  try {
    await api.portalEnd.end.mutate({
      organisationSlug,
      duoId: params.duoId ?? '',
      lastDay: values.lastDay ?? '',
      reasonCode: (values.reasonCode || null) as EarlyEndReasonCode | null,
      reasonText: values.reasonText || null,
    });
    return data<ActionResult>({ step: 'done' });
  } catch (error) {
    return data<ActionResult>(
      { step: 'form', errors: toFormErrors(error, t), values },
      { status: 400 },
    );
  }
}

export default function PortalEnd() {
  const { organisationSlug, duo, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, formatDate } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const back = (
    <p>
      <Link to={portalPath(organisationSlug)}>{t('portal.end.back')}</Link>
    </p>
  );
  const meeting = duo.closingMeeting;
  const meetingLine = meeting ? (
    <p>
      {meeting.status === 'held' && meeting.heldOn
        ? t('portal.end.closingMeetingHeld', { date: formatDate(meeting.heldOn) })
        : t('portal.end.closingMeeting', {
            when: formatDate(meeting.startsAt, 'dateTime'),
            where: (meeting.mode === 'online' ? meeting.onlineUrl : meeting.place) ?? '',
          })}
    </p>
  ) : null;

  if (result?.step === 'done' || duo.endedOn)
    return (
      <div className="narrow portal">
        <h1>{t('portal.end.title')}</h1>
        {result?.step === 'done' ? (
          <p className="success" role="status">
            {t('portal.end.done')}
          </p>
        ) : null}
        {duo.endedOn ? <p>{t('portal.end.ended', { date: formatDate(duo.endedOn) })}</p> : null}
        {meetingLine}
        {back}
      </div>
    );

  if (result?.step === 'confirm') {
    const { values } = result;
    return (
      <div className="narrow portal">
        <h1>{t('portal.end.confirmTitle')}</h1>
        <p>
          {t('portal.end.confirmText', {
            date: values.lastDay ? formatDate(values.lastDay) : '',
          })}
        </p>
        <Form method="post">
          {FIELDS.map((f) => (
            <input key={f} type="hidden" name={f} value={values[f] ?? ''} />
          ))}
          <button
            type="submit"
            name="intent"
            value="confirm"
            className="button button--large button--danger"
            disabled={submitting}
          >
            {t('portal.end.confirm')}
          </button>
          <button
            type="submit"
            name="intent"
            value="edit"
            className="button button--quiet"
            formNoValidate
            disabled={submitting}
          >
            {t('portal.end.edit')}
          </button>
        </Form>
        {back}
      </div>
    );
  }

  const failed = result?.step === 'form' ? result : undefined;
  const errors = failed?.errors.fieldErrors ?? {};
  const labels = {
    lastDay: t('portal.end.lastDay'),
    reasonCode: t('portal.end.reason'),
    reasonText: t('portal.end.reasonText'),
  };
  const values = failed?.values ?? (result?.step === 'edit' ? result.values : undefined);
  return (
    <div className="narrow portal">
      <h1>{t('portal.end.title')}</h1>
      <p>{t('portal.end.intro')}</p>
      <p>{t('portal.end.plannedEnd', { date: formatDate(duo.plannedEndDate) })}</p>
      {meetingLine}
      <Form method="post" noValidate>
        <ErrorSummary formError={failed?.errors.formError} fieldErrors={errors} labels={labels} />
        <TextField
          name="lastDay"
          type="date"
          label={labels.lastDay}
          defaultValue={values?.lastDay || today}
          error={errors.lastDay}
          required
        />
        <RadioGroup
          name="reasonCode"
          legend={labels.reasonCode}
          hint={t('portal.end.reasonHint')}
          options={EARLY_END_REASON_CODES.map((code) => ({
            value: code,
            label: t(`portal.end.reason.${code}`),
          }))}
          defaultValue={values?.reasonCode}
          error={errors.reasonCode}
        />
        <TextAreaField
          name="reasonText"
          label={labels.reasonText}
          defaultValue={values?.reasonText ?? ''}
          error={errors.reasonText}
          rows={3}
        />
        <p className="notice">{t('portal.end.private')}</p>
        <button type="submit" className="button button--large" disabled={submitting}>
          {t('portal.end.continue')}
        </button>
      </Form>
      {back}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
