import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useNavigation } from '@remix-run/react';
import { ErrorSummary, type FormErrors, TextField, useTranslator } from '@tandem/web-kit';
import { toFormErrors, translatorFor } from '@tandem/web-kit/server';
import { auth } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';

export const meta: MetaFunction = (args) => title(args, 'changePassword.title');

interface ChangePasswordResult extends FormErrors {
  changed: boolean;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  await auth.requireViewer(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await auth.requireViewer(request, context);
  const t = translatorFor(request, viewer.me.user.locale);
  const form = await request.formData();
  const newPassword = String(form.get('newPassword') ?? '');
  if (newPassword !== String(form.get('confirmPassword') ?? '')) {
    return data<ChangePasswordResult>(
      {
        changed: false,
        formError: null,
        fieldErrors: { confirmPassword: t.t('password.mismatch') },
      },
      { status: 400 },
    );
  }
  try {
    // The API signs out every other session and hands this device a fresh one.
    const session = await viewer.api.auth.changePassword.mutate({
      currentPassword: String(form.get('currentPassword') ?? ''),
      newPassword,
    });
    return data<ChangePasswordResult>(
      { changed: true, formError: null, fieldErrors: {} },
      { headers: { 'set-cookie': auth.sessionCookie.commit(request, session) } },
    );
  } catch (error) {
    return data<ChangePasswordResult>(
      { changed: false, ...toFormErrors(error, t) },
      { status: 400 },
    );
  }
}

export default function ChangePassword() {
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  const { t } = useTranslator();
  const labels = {
    currentPassword: t('changePassword.currentPassword'),
    newPassword: t('changePassword.newPassword'),
    confirmPassword: t('password.confirm'),
  };
  return (
    <div className="narrow">
      <h1>{t('changePassword.title')}</h1>
      <p>{t('changePassword.intro')}</p>
      <div role="status">
        {result?.changed ? <p className="notice">{t('changePassword.done')}</p> : null}
      </div>
      <ErrorSummary
        formError={result?.formError}
        fieldErrors={result?.fieldErrors}
        labels={labels}
      />
      {/* A new key after success empties the fields. */}
      <Form method="post" noValidate className="panel" key={result?.changed ? 'changed' : 'form'}>
        <TextField
          name="currentPassword"
          type="password"
          label={labels.currentPassword}
          autoComplete="current-password"
          required
          error={result?.fieldErrors.currentPassword}
        />
        <TextField
          name="newPassword"
          type="password"
          label={labels.newPassword}
          hint={t('password.hint')}
          autoComplete="new-password"
          required
          error={result?.fieldErrors.newPassword}
        />
        <TextField
          name="confirmPassword"
          type="password"
          label={labels.confirmPassword}
          autoComplete="new-password"
          required
          error={result?.fieldErrors.confirmPassword}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={submitting}>
            {t('changePassword.submit')}
          </button>
        </div>
      </Form>
    </div>
  );
}
