import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import {
  CredentialsPage,
  type FormErrors,
  useNewPasswordFields,
  useTranslator,
} from '@tandem/web-kit';
import {
  confirmedPassword,
  createApi,
  text,
  toFormErrors,
  translatorFor,
} from '@tandem/web-kit/server';
import { auth } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';

export const meta: MetaFunction = (args) => title(args, 'setPassword.title');

export function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get('token') ?? '' };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const t = translatorFor(request);
  const { password, errors } = confirmedPassword(form, 'password', t);
  if (errors) return data<FormErrors>(errors, { status: 400 });
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
  const { t } = useTranslator();
  const fields = useNewPasswordFields('password', t('setPassword.password'));

  if (!token) {
    return (
      <div className="narrow">
        <h1>{t('setPassword.title')}</h1>
        <p className="notice">{t('setPassword.missingToken')}</p>
      </div>
    );
  }
  return (
    <CredentialsPage
      title={t('setPassword.title')}
      intro={t('setPassword.intro')}
      fields={fields}
      submitLabel={t('setPassword.submit')}
      result={result}
      hidden={{ token }}
    />
  );
}
