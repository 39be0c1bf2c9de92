import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { ErrorSummary, type FormErrors, TextField, useTranslator } from '@tandem/web-kit';
import { createApi, text, toFormErrors, translatorFor } from '@tandem/web-kit/server';
import { auth } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';

export const meta: MetaFunction = (args) => title(args, 'setPassword.title');

export function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get('token') ?? '' };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const t = translatorFor(request);
  const password = String(form.get('password') ?? '');
  if (password !== String(form.get('confirmPassword') ?? '')) {
    return data<FormErrors>(
      { formError: null, fieldErrors: { confirmPassword: t.t('password.mismatch') } },
      { status: 400 },
    );
  }
  try {
    const session = await createApi(context, null).auth.setPassword.mutate({
      token: text(form, 'token'),
      password,
    });
    return redirect('/', {
      headers: { 'set-cookie': auth.sessionCookie.commit(request, session) },
    });
  } catch (error) {
    const errors = toFormErrors(error, t, { token: 'auth.password_token_invalid' });
    // A bad link is not something to fix in a field: say it once, above the form.
    const { token: tokenError, ...fieldErrors } = errors.fieldErrors;
    return data<FormErrors>(
      { formError: tokenError ?? errors.formError, fieldErrors },
      { status: 400 },
    );
  }
}

export default function SetPassword() {
  const { token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  const { t } = useTranslator();
  const labels = { password: t('setPassword.password'), confirmPassword: t('password.confirm') };

  if (!token) {
    return (
      <div className="narrow">
        <h1>{t('setPassword.title')}</h1>
        <p className="notice">{t('setPassword.missingToken')}</p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t('setPassword.title')}</h1>
      <p>{t('setPassword.intro')}</p>
      <ErrorSummary
        formError={result?.formError}
        fieldErrors={result?.fieldErrors}
        labels={labels}
      />
      <Form method="post" noValidate className="panel">
        <input type="hidden" name="token" value={token} />
        <TextField
          name="password"
          type="password"
          label={labels.password}
          hint={t('password.hint')}
          autoComplete="new-password"
          required
          error={result?.fieldErrors.password}
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
            {t('setPassword.submit')}
          </button>
        </div>
      </Form>
    </div>
  );
}
