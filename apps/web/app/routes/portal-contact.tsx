import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { brusselsDate, CONTACT_MODES, type ContactMode } from '@tandem/domain';
import {
  CheckboxField,
  ErrorSummary,
  type FormErrors,
  RouteErrorMessage,
  TextAreaField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { text, toFormErrors } from '@tandem/web-kit/server';
import { wholeNumber } from '../lib/intake.ts';
import { title } from '../lib/meta.ts';
import { portalPath } from '../lib/paths.ts';
import { portalReadError, requireParticipant } from '../lib/portal.server.ts';

export const meta: MetaFunction = (args) => title(args, 'portal.contact.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, organisationSlug } = await requireParticipant(request, context, params);
  const duo = await api.portalContact.duo
    .query({ organisationSlug, duoId: params.duoId ?? '' })
    .catch(portalReadError(organisationSlug));
  return { organisationSlug, duo, today: brusselsDate(new Date().toISOString()) };
}

type Values = Record<string, string>;
type ActionResult = { done: true } | { done: false; errors: FormErrors; values: Values };
const FIELDS = ['contactOn', 'mode', 'durationMinutes', 'note', 'share'] as const;

/** One tap on a way of contact saves it for today; the details are there when wanted. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { api, organisationSlug, t } = await requireParticipant(request, context, params);
  const form = await request.formData();
  const values: Values = Object.fromEntries(FIELDS.map((f) => [f, text(form, f)]));
  try {
    await api.portalContact.log.mutate({
      organisationSlug,
      duoId: params.duoId ?? '',
      contactOn: values.contactOn || brusselsDate(new Date().toISOString()),
      mode: values.mode as ContactMode,
      durationMinutes: values.durationMinutes ? wholeNumber(values.durationMinutes) : null,
      note: values.note || null,
      noteSharedWithStaff: values.share === 'yes',
    });
    return data<ActionResult>({ done: true });
  } catch (error) {
    return data<ActionResult>(
      { done: false, errors: toFormErrors(error, t), values },
      { status: 400 },
    );
  }
}

export default function PortalContact() {
  const { organisationSlug, duo, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, formatDate } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const failed = result?.done === false ? result : undefined;
  const fieldErrors = failed?.errors.fieldErrors ?? {};
  const labels = {
    contactOn: t('portal.contact.when'),
    mode: t('duo.page.mode'),
    durationMinutes: t('portal.contact.duration'),
    note: t('portal.contact.note'),
    noteSharedWithStaff: t('portal.contact.share'),
  };
  const detailsOpen = Boolean(
    failed &&
      (failed.values.contactOn !== today ||
        failed.values.durationMinutes ||
        failed.values.note ||
        Object.keys(fieldErrors).length > 0),
  );
  const { followUp } = duo;
  return (
    <div className="narrow portal">
      <h1>{t('portal.contact.title')}</h1>
      {result?.done ? (
        <p className="success" role="status">
          {t('portal.contact.saved')}
        </p>
      ) : null}
      <Form method="post" noValidate>
        <ErrorSummary
          formError={failed?.errors.formError}
          fieldErrors={fieldErrors}
          labels={labels}
        />
        <p>{t('portal.contact.intro')}</p>
        <fieldset className="choice-buttons">
          <legend>{labels.mode}</legend>
          {CONTACT_MODES.map((mode) => (
            <button
              key={mode}
              type="submit"
              name="mode"
              value={mode}
              className="button button--large"
              disabled={submitting}
            >
              {t(`contact.mode.${mode}`)}
            </button>
          ))}
        </fieldset>
        <details open={detailsOpen}>
          <summary>{t('portal.contact.more')}</summary>
          <TextField
            name="contactOn"
            type="date"
            label={labels.contactOn}
            defaultValue={failed?.values.contactOn || today}
            error={fieldErrors.contactOn}
          />
          <TextField
            name="durationMinutes"
            inputMode="numeric"
            label={labels.durationMinutes}
            defaultValue={failed?.values.durationMinutes ?? ''}
            error={fieldErrors.durationMinutes}
          />
          <TextAreaField
            name="note"
            label={labels.note}
            defaultValue={failed?.values.note ?? ''}
            error={fieldErrors.note}
            rows={3}
          />
          <CheckboxField
            name="share"
            value="yes"
            label={labels.noteSharedWithStaff}
            hint={t('portal.contact.shareHint')}
            defaultChecked={failed?.values.share === 'yes'}
          />
        </details>
      </Form>
      <section aria-labelledby="last-contacts">
        <h2 id="last-contacts">{t('portal.contact.last')}</h2>
        {followUp.pausedToday ? (
          <p>{t('contact.paused')}</p>
        ) : followUp.overdueSince ? (
          <p className="error">
            {t('contact.overdueSince', { date: formatDate(followUp.overdueSince) })}
          </p>
        ) : followUp.dueBy ? (
          <p>{t('contact.dueBy', { date: formatDate(followUp.dueBy) })}</p>
        ) : null}
        {duo.contacts.length === 0 ? (
          <p>{t('contact.none')}</p>
        ) : (
          <ul>
            {duo.contacts.slice(0, 5).map((c) => (
              <li key={c.id}>
                {formatDate(c.contactOn)}: {t(`contact.mode.${c.mode}`)}
                {c.note ? (
                  <>
                    <br />
                    {t('portal.contact.mineNote', { note: c.note })}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link to={portalPath(organisationSlug)}>{t('portal.contact.back')}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
