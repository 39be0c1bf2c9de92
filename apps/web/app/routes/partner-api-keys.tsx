import {
  type ActionFunctionArgs,
  type AppLoadContext,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import {
  CopyButton,
  ErrorSummary,
  type FormErrors,
  TableScroll,
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

export default function ApiKeys() {
  const { keys } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const submitting = useNavigation().formData?.get('intent');
  const createErrors = result && result.intent === 'create' ? result : null;
  const revokeErrors = result && result.intent === 'revoke' && result.formError ? result : null;
  const labels = { name: t('apiKeys.name'), expiresInDays: t('apiKeys.expiresInDays') };
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
        {keys.length === 0 ? (
          <p className="muted">{t('apiKeys.none')}</p>
        ) : (
          <TableScroll labelledBy="keys-caption">
            <table>
              <caption id="keys-caption" className="visually-hidden">
                {t('apiKeys.listTitle')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('apiKeys.name')}</th>
                  <th scope="col">{t('apiKeys.prefix')}</th>
                  <th scope="col">{t('apiKeys.createdAt')}</th>
                  <th scope="col">{t('apiKeys.lastUsedAt')}</th>
                  <th scope="col">{t('apiKeys.status')}</th>
                  <th scope="col">{t('apiKeys.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id}>
                    <th scope="row">{k.name}</th>
                    <td>
                      <code>{k.prefix}…</code>
                    </td>
                    <td>{translator.formatDate(k.createdAt, 'dateTime')}</td>
                    <td>{k.lastUsedAt ? translator.formatDate(k.lastUsedAt, 'dateTime') : '—'}</td>
                    <td>
                      {k.revokedAt
                        ? t('apiKeys.revoked', {
                            date: translator.formatDate(k.revokedAt, 'dateTime'),
                          })
                        : k.active
                          ? k.expiresAt
                            ? t('apiKeys.activeUntil', {
                                date: translator.formatDate(k.expiresAt, 'dateTime'),
                              })
                            : t('apiKeys.active')
                          : t('apiKeys.expired')}
                    </td>
                    <td>
                      {k.revokedAt ? null : (
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
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
