import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { ReferralStatus } from '@tandem/domain';
import { roleCan } from '@tandem/domain';
import {
  ErrorSummary,
  type FormResult,
  RadioGroup,
  TextAreaField,
  useTranslator,
} from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { languageName } from '../lib/languages.ts';
import { requireMembership } from '../lib/membership.server.ts';
import { title, titleText } from '../lib/meta.ts';
import { referralsPath } from '../lib/paths.ts';

export const meta: MetaFunction<typeof loader> = (args) =>
  args.data ? titleText(args, args.data.referral.person.name) : title(args, 'notFound.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, membership } = await requireMembership(request, context, params.organisationId);
  const organisationId = membership.organisationId;
  const [referral, programmes] = await Promise.all([
    viewer.api.referral.get
      .query({ organisationId, referralId: params.referralId ?? '' })
      .catch(rethrowAsRouteError),
    viewer.api.programme.list.query({ organisationId }).catch(rethrowAsRouteError),
  ]);
  return {
    organisationId,
    referral,
    programmeName: programmes.find((p) => p.id === referral.programmeId)?.name ?? '—',
    canScreen: roleCan(membership.role, 'intake.decide'),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { viewer, membership, t } = await requireMembership(
    request,
    context,
    params.organisationId,
  );
  const form = await request.formData();
  const values = { status: text(form, 'status'), note: text(form, 'note') };
  const referralId = params.referralId ?? '';
  try {
    await viewer.api.referral.setStatus.mutate({
      organisationId: membership.organisationId,
      referralId,
      status: values.status as ReferralStatus,
      note: values.note || null,
    });
    return redirect(`${referralsPath(membership.organisationId, referralId)}?changed=1`);
  } catch (error) {
    return data<FormResult<typeof values>>(
      { values, ...toFormErrors(error, t, { status: 'referral.statusError' }) },
      { status: 400 },
    );
  }
}

export default function ReferralDetail() {
  const { organisationId, referral: r, programmeName, canScreen } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const submitting = useNavigation().state === 'submitting';
  const labels = { status: t('referral.newStatus'), note: t('referral.note') };
  return (
    <>
      <p className="breadcrumb">
        <Link to={referralsPath(organisationId)}>{t('referrals.backToList')}</Link>
      </p>
      <div className="page-heading">
        <h1>{r.person.name}</h1>
        <span className="status">{t(`value.referralStatus.${r.status}`)}</span>
      </div>
      <section className="panel" aria-labelledby="referral-person-title">
        <h2 id="referral-person-title">{t('referral.personTitle')}</h2>
        <dl className="details">
          <dt>{t('referral.personEmail')}</dt>
          <dd>{r.person.email}</dd>
          <dt>{t('referral.personPhone')}</dt>
          <dd>{r.person.phone ?? '—'}</dd>
          <dt>{t('referral.preferredLanguage')}</dt>
          <dd>{languageName(translator, r.person.preferredLanguage)}</dd>
          <dt>{t('referral.programme')}</dt>
          <dd>{programmeName}</dd>
          <dt>{t('referral.partner')}</dt>
          <dd>
            {r.partner.name} · {t(`value.referralVia.${r.via}`)}
          </dd>
          <dt>{t('referral.submittedAt')}</dt>
          <dd>{translator.formatDate(r.submittedAt, 'dateTime')}</dd>
          <dt>{t('referral.needs')}</dt>
          <dd className="message-body">{r.needs}</dd>
          <dt>{t('referral.consent')}</dt>
          <dd>
            {t('referral.consentGiven', {
              date: translator.formatDate(r.consentAt, 'dateTime'),
              version: r.consentTextVersion,
            })}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('referral.history')}</h2>
        <ol className="card-list">
          {r.history.map((h) => (
            <li key={`${h.status}-${h.changedAt}`} className="card">
              <p>
                <strong>{t(`value.referralStatus.${h.status}`)}</strong> ·{' '}
                {translator.formatDate(h.changedAt, 'dateTime')}
              </p>
              {h.note ? <p>{h.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      {canScreen && r.nextStatuses.length > 0 ? (
        <section className="panel" aria-labelledby="change-status-title">
          <h2 id="change-status-title">{t('referral.changeStatus')}</h2>
          {result ? (
            <ErrorSummary
              formError={result.formError}
              fieldErrors={result.fieldErrors}
              labels={labels}
            />
          ) : null}
          <Form method="post" noValidate>
            <RadioGroup
              name="status"
              legend={labels.status}
              required
              options={r.nextStatuses.map((s) => ({
                value: s,
                label: t(`value.referralStatus.${s}`),
              }))}
              defaultValue={
                result?.values.status ??
                (r.nextStatuses.length === 1 ? r.nextStatuses[0] : undefined)
              }
              error={result?.fieldErrors.status}
            />
            <TextAreaField
              name="note"
              label={labels.note}
              hint={t('referral.noteHint')}
              rows={3}
              defaultValue={result?.values.note}
              error={result?.fieldErrors.note}
            />
            <button type="submit" className="button" disabled={submitting}>
              {submitting ? t('form.saving') : t('referral.saveStatus')}
            </button>
          </Form>
        </section>
      ) : r.nextStatuses.length === 0 ? (
        <p className="muted">{t('referral.final')}</p>
      ) : null}
    </>
  );
}
