import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { roleCan } from '@tandem/domain';
import { CopyButton, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { languageName } from '../lib/languages.ts';
import { requireMembership } from '../lib/membership.server.ts';
import { title } from '../lib/meta.ts';
import { outboxPath, programmesPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'outbox.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, membership } = await requireMembership(request, context, params.organisationId);
  const url = new URL(request.url);
  const status = url.searchParams.get('status');
  const filter = status === 'queued' || status === 'sent' ? status : undefined;
  const messages = await viewer.api.outbox.list
    .query({ organisationId: membership.organisationId, status: filter })
    .catch(rethrowAsRouteError);
  return {
    organisationId: membership.organisationId,
    status: filter ?? null,
    canMarkSent: roleCan(membership.role, 'intake.decide'),
    messages,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { viewer, membership, t } = await requireMembership(
    request,
    context,
    params.organisationId,
  );
  const form = await request.formData();
  const messageId = text(form, 'messageId');
  try {
    await viewer.api.outbox.markSent.mutate({
      organisationId: membership.organisationId,
      messageId,
    });
    return redirect(outboxPath(membership.organisationId));
  } catch (error) {
    return data({ messageId, ...toFormErrors(error, t) }, { status: 400 });
  }
}

export default function Outbox() {
  const { organisationId, status, canMarkSent, messages } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const base = outboxPath(organisationId);
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmesPath(organisationId)}>{t('programme.detail.backToList')}</Link>
      </p>
      <h1>{t('outbox.title')}</h1>
      <p>{t('outbox.intro')}</p>
      <nav aria-label={t('outbox.filter')} className="site-nav">
        <ul>
          <li>
            <Link to={base} aria-current={status === null ? 'page' : undefined}>
              {t('outbox.all')}
            </Link>
          </li>
          <li>
            <Link
              to={`${base}?status=queued`}
              aria-current={status === 'queued' ? 'page' : undefined}
            >
              {t('value.outboxStatus.queued')}
            </Link>
          </li>
          <li>
            <Link to={`${base}?status=sent`} aria-current={status === 'sent' ? 'page' : undefined}>
              {t('value.outboxStatus.sent')}
            </Link>
          </li>
        </ul>
      </nav>
      {messages.length === 0 ? <p className="notice">{t('outbox.empty')}</p> : null}
      <ul className="card-list">
        {messages.map((m) => {
          const headingId = `message-${m.id}`;
          const full = `${m.subject}\n\n${m.body}`;
          return (
            <li key={m.id} className="card">
              <article aria-labelledby={headingId}>
                <h2 id={headingId}>{m.subject}</h2>
                <p>
                  <span className="status">{t(`value.outboxStatus.${m.status}`)}</span>{' '}
                  {t(`value.messageKind.${m.kind}`)} · {languageName(translator, m.locale)}
                </p>
                <dl className="details">
                  <dt>{t('outbox.to')}</dt>
                  <dd>{m.to}</dd>
                  <dt>{t('outbox.created')}</dt>
                  <dd>{translator.formatDate(m.createdAt, 'dateTime')}</dd>
                  {m.sentAt ? (
                    <>
                      <dt>{t('outbox.sentAt')}</dt>
                      <dd>{translator.formatDate(m.sentAt, 'dateTime')}</dd>
                    </>
                  ) : null}
                </dl>
                <pre className="message-body" lang={m.locale}>
                  {m.body}
                </pre>
                {result?.messageId === m.id && result.formError ? (
                  <p className="field__error" role="alert">
                    {result.formError}
                  </p>
                ) : null}
                <div className="actions">
                  <CopyButton text={full} label={t('outbox.copy')} />
                  {canMarkSent && m.status === 'queued' ? (
                    <Form method="post">
                      <input type="hidden" name="messageId" value={m.id} />
                      <button type="submit" className="button">
                        {t('outbox.markSent')}
                      </button>
                    </Form>
                  ) : null}
                </div>
              </article>
            </li>
          );
        })}
      </ul>
    </>
  );
}
