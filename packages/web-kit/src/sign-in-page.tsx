import { useActionData, useSearchParams } from '@remix-run/react';
import { CredentialsPage } from './credentials-page.tsx';
import type { SignInActionData } from './form-result.ts';
import { useTranslator } from './i18n.tsx';

export function SignInPage({ intro }: { intro: string }) {
  const { t } = useTranslator();
  const result = useActionData<SignInActionData>();
  const [searchParams] = useSearchParams();
  return (
    <CredentialsPage
      title={t('signIn.title')}
      intro={intro}
      fields={[
        {
          name: 'email',
          label: t('signIn.email'),
          type: 'email',
          autoComplete: 'username',
          defaultValue: result?.values.email,
        },
        {
          name: 'password',
          label: t('signIn.password'),
          type: 'password',
          autoComplete: 'current-password',
        },
      ]}
      submitLabel={t('signIn.submit')}
      result={result}
      hidden={{ returnTo: searchParams.get('returnTo') ?? '/' }}
    />
  );
}
