import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useActionData } from '@remix-run/react';
import {
  CredentialsPage,
  type FormErrors,
  useNewPasswordFields,
  useTranslator,
} from '@tandem/web-kit';
import { confirmedPassword, toFormErrors, translatorFor } from '@tandem/web-kit/server';
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
  const { password: newPassword, errors } = confirmedPassword(form, 'newPassword', t);
  if (errors) return data<ChangePasswordResult>({ changed: false, ...errors }, { status: 400 });
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
  const { t } = useTranslator();
  const newPasswordFields = useNewPasswordFields('newPassword', t('changePassword.newPassword'));
  return (
    <CredentialsPage
      title={t('changePassword.title')}
      intro={t('changePassword.intro')}
      status={
        <div role="status">
          {result?.changed ? <p className="notice">{t('changePassword.done')}</p> : null}
        </div>
      }
      fields={[
        {
          name: 'currentPassword',
          label: t('changePassword.currentPassword'),
          type: 'password',
          autoComplete: 'current-password',
        },
        ...newPasswordFields,
      ]}
      submitLabel={t('changePassword.submit')}
      result={result}
      formKey={result?.changed ? 'changed' : 'form'}
    />
  );
}
