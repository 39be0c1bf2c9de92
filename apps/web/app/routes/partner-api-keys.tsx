import {
  type ActionFunctionArgs,
  type AppLoadContext,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import {
  type Column,
  CopyButton,
  ErrorSummary,
  type FormErrors,
  ListTable,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { intentOf } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { requirePartner } from '../lib/partner.server.ts';

export const meta: MetaFunction = (args) => title(args, 'apiKeys.title');

async function requirePartnerAdmin(
  request: Request,
  context: AppLoadContext,
  partnerId: string | undefined,
) {
  const access = await requirePartner(request, context, partnerId);
  if (!access.isAdmin) throw data(null, { status: 403 });
  return access;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, partnerId } = await requirePartnerAdmin(request, context, params.partnerId);
  const keys = await api.partner.apiKeys.list.query({ partnerId }).catch(rethrowAsRouteError);
  return { keys };
}

type ActionResult =
  | { intent: 'created'; key: string; name: string; prefix: string }
  | (FormErrors & { intent: 'create' | 'revoke'; values: Record<string, string> });

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { api, partnerId, t } = await requirePartnerAdmin(request, context, params.partnerId);
  const form = await request.formData();
  const intent = intentOf(form);
  if (intent === 'create') {
    const values = { name: text(form, 'name'), expiresInDays: text(form, 'expiresInDays') };
    try {
      const days = values.expiresInDays.trim();
      const created = await api.partner.apiKeys.create.mutate({
        partnerId,
        name: values.name,
        expiresInDays: days === '' ? null : Number(days),
      });
      return data<ActionResult>({
        intent: 'created',
        key: created.key,
        name: created.name,
        prefix: created.prefix,
      });
    } catch (error) {
      return data<ActionResult>(
        { intent: 'create', values, ...toFormErrors(error, t) },
        { status: 400 },
      );
    }
  }
  if (intent === 'revoke') {
    const values = { apiKeyId: text(form, 'apiKeyId') };
    try {
      await api.partner.apiKeys.revoke.mutate({ partnerId, apiKeyId: values.apiKeyId });
      return data<ActionResult>({ intent: 'revoke', values, formError: null, fieldErrors: {} });
    } catch (error) {
      return data<ActionResult>(
        { intent: 'revoke', values, ...toFormErrors(error, t) },
        { status: 400 },
      );
    }
  }
  throw data(null, { status: 400 });
}

type ApiKey = ReturnType<typeof useLoaderData<typeof loader>>['keys'][number];

export default function ApiKeys() {
  const { keys } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const submitting = useNavigation().formData?.get('intent');
  const createErrors = result && result.intent === 'create' ? result : null;
  const revokeErrors = result && result.intent === 'revoke' && result.formError ? result : null;
  const labels = { name: t('apiKeys.name'), expiresInDays: t('apiKeys.expiresInDays') };
  const dateTime = (date: string) => translator.formatDate(date, 'dateTime');
  const columns: Column<ApiKey>[] = [
    { header: t('apiKeys.name'), cell: (k) => k.name },
    { header: t('apiKeys.prefix'), cell: (k) => <code>{k.prefix}…</code> },
    { header: t('apiKeys.createdAt'), cell: (k) => dateTime(k.createdAt) },
    { header: t('apiKeys.lastUsedAt'), cell: (k) => (k.lastUsedAt ? dateTime(k.lastUsedAt) : '—') },
    {
      header: t('apiKeys.status'),
      cell: (k) =>
        k.revokedAt
          ? t('apiKeys.revoked', { date: dateTime(k.revokedAt) })
          : k.active
            ? k.expiresAt
              ? t('apiKeys.activeUntil', { date: dateTime(k.expiresAt) })
              : t('apiKeys.active')
            : t('apiKeys.expired'),
    },
    {
      header: t('apiKeys.actions'),
      cell: (k) =>
        k.revokedAt ? null : (
          <Form method="post">
            <input type="hidden" name="intent" value="revoke" />
            <input type="hidden" name="apiKeyId" value={k.id} />
            <button
              type="submit"
              className="button button--danger"
              aria-label={t('apiKeys.revokeNamed', { name: k.name })}
            >
              {t('apiKeys.revoke')}
            </button>
          </Form>
        ),
    },
  ];
  return (
    <>
      <h1>{t('apiKeys.title')}</h1>
      <p>{t('apiKeys.intro')}</p>

      {result?.intent === 'created' ? (
        <section className="panel success" aria-labelledby="new-key-title" id="new-key">
          <h2 id="new-key-title">{t('apiKeys.createdTitle', { name: result.name })}</h2>
          <p>
            <strong>{t('apiKeys.showOnceWarning')}</strong>
          </p>
          <label htmlFor="new-api-key">{t('apiKeys.key')}</label>
          <input
            id="new-api-key"
            className="api-key"
            type="text"
            readOnly
            value={result.key}
            spellCheck={false}
            autoComplete="off"
          />
          <p>
            <CopyButton text={result.key} label={t('apiKeys.copy')} />
          </p>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="create-key-title">
        <h2 id="create-key-title">{t('apiKeys.createTitle')}</h2>
        {createErrors ? (
          <ErrorSummary
            formError={createErrors.formError}
            fieldErrors={createErrors.fieldErrors}
            labels={labels}
          />
        ) : null}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="create" />
          <TextField
            name="name"
            label={labels.name}
            hint={t('apiKeys.nameHint')}
            required
            defaultValue={createErrors?.values.name}
            error={createErrors?.fieldErrors.name}
          />
          <TextField
            name="expiresInDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
            label={labels.expiresInDays}
            hint={t('apiKeys.expiresInDaysHint')}
            defaultValue={createErrors?.values.expiresInDays}
            error={createErrors?.fieldErrors.expiresInDays}
          />
          <button type="submit" className="button" disabled={submitting === 'create'}>
            {submitting === 'create' ? t('form.saving') : t('apiKeys.create')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="keys-title">
        <h2 id="keys-title">{t('apiKeys.listTitle')}</h2>
        {revokeErrors ? (
          <ErrorSummary formError={revokeErrors.formError} fieldErrors={{}} labels={{}} />
        ) : null}
        <ListTable
          id="keys"
          caption={t('apiKeys.listTitle')}
          columns={columns}
          rows={keys}
          rowKey={(k) => k.id}
          empty={{ text: t('apiKeys.none'), tone: 'muted' }}
        />
      </section>
    </>
  );
}
