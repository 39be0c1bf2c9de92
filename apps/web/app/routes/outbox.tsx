import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { OUTBOX_STATUSES, type OutboxStatus, roleCan } from '@tandem/domain';
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
  const filter = OUTBOX_STATUSES.find((s): s is OutboxStatus => s === status);
  const messages = await viewer.api.outbox.list
    .query({ organisationId: membership.organisationId, status: filter })
    .catch(rethrowAsRouteError);
  return {
    organisationId: membership.organisationId,
    status: filter ?? null,
    canMarkSent: roleCan(membership.role, 'intake.decide'),
    canQueueReminders: roleCan(membership.role, 'duo.coordinate'),
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
  if (text(form, 'intent') === 'queueReminders') {
    try {
      return await viewer.api.reminderRun.queueDue.mutate({
        organisationId: membership.organisationId,
      });
    } catch (error) {
      return data({ messageId: null, ...toFormErrors(error, t) }, { status: 400 });
    }
  }
  const messageId = text(form, 'messageId');
  const input = { organisationId: membership.organisationId, messageId };
  try {
    if (text(form, 'intent') === 'retry') await viewer.api.outbox.retry.mutate(input);
    else await viewer.api.outbox.markSent.mutate(input);
    return redirect(outboxPath(membership.organisationId));
  } catch (error) {
    return data({ messageId, ...toFormErrors(error, t) }, { status: 400 });
  }
}

export default function Outbox() {
  const { organisationId, status, canMarkSent, canQueueReminders, messages } =
    useLoaderData<typeof loader>();
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
      {canQueueReminders ? (
        <section aria-labelledby="reminder-run" className="card">
          <h2 id="reminder-run">{t('reminder.run.title')}</h2>
          <p>{t('reminder.run.intro')}</p>
          {result && 'queued' in result ? (
            <p className="success" role="status">
              {result.queued > 0
                ? t('reminder.run.done', { count: result.queued })
                : t('reminder.run.none')}
            </p>
          ) : null}
          {result && 'formError' in result && result.messageId === null ? (
            <p className="field__error" role="alert">
              {result.formError}
            </p>
          ) : null}
          <Form method="post">
            <button type="submit" name="intent" value="queueReminders" className="button">
              {t('reminder.run.submit')}
            </button>
          </Form>
        </section>
      ) : null}
      <nav aria-label={t('outbox.filter')} className="site-nav">
        <ul>
          <li>
            <Link to={base} aria-current={status === null ? 'page' : undefined}>
              {t('outbox.all')}
            </Link>
          </li>
          {OUTBOX_STATUSES.map((s) => (
            <li key={s}>
              <Link to={`${base}?status=${s}`} aria-current={status === s ? 'page' : undefined}>
                {t(`value.outboxStatus.${s}`)}
              </Link>
            </li>
          ))}
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
                  {m.attempts > 0 && m.status !== 'sent' ? (
                    <>
                      <dt>{t('outbox.lastError')}</dt>
                      <dd>
                        {m.lastError ? <p>{t(`outbox.error.${m.lastError.kind}`)}</p> : null}
                        {m.lastError ? (
                          <p>{t('outbox.serverSaid', { detail: m.lastError.detail })}</p>
                        ) : null}
                        <p>
                          {t('outbox.attempts', { count: m.attempts })}
                          {m.nextAttemptAt
                            ? ` · ${t('outbox.nextAttempt', { when: translator.formatDate(m.nextAttemptAt, 'dateTime') })}`
                            : null}
                        </p>
                      </dd>
                    </>
                  ) : null}
                </dl>
                <pre className="message-body" lang={m.locale}>
                  {m.body}
                </pre>
                {result &&
                'messageId' in result &&
                result.messageId === m.id &&
                result.formError ? (
                  <p className="field__error" role="alert">
                    {result.formError}
                  </p>
                ) : null}
                <div className="actions">
                  <CopyButton text={full} label={t('outbox.copy')} />
                  {canMarkSent && (m.status === 'queued' || m.status === 'failed') ? (
                    <Form method="post">
                      <input type="hidden" name="messageId" value={m.id} />
                      <button type="submit" className="button">
                        {t('outbox.markSent')}
                      </button>
                    </Form>
                  ) : null}
                  {canMarkSent && m.status === 'failed' ? (
                    <Form method="post">
                      <input type="hidden" name="messageId" value={m.id} />
                      <button type="submit" name="intent" value="retry" className="button">
                        {t('outbox.retry')}
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
