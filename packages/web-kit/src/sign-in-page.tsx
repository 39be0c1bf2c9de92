import { Form, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { ErrorSummary } from './error-summary.tsx';
import { TextField } from './fields.tsx';
import type { SignInActionData } from './form-result.ts';
import { useTranslator } from './i18n.tsx';

export function SignInPage({ intro }: { intro: string }) {
  const { t } = useTranslator();
  const result = useActionData<SignInActionData>();
  const [searchParams] = useSearchParams();
  const submitting = useNavigation().state === 'submitting';
  const labels = { email: t('signIn.email'), password: t('signIn.password') };
  return (
    <div className="narrow">
      <h1>{t('signIn.title')}</h1>
      <p>{intro}</p>
      <ErrorSummary
        formError={result?.formError}
        fieldErrors={result?.fieldErrors}
        labels={labels}
      />
      <Form method="post" noValidate className="panel">
        <input type="hidden" name="returnTo" value={searchParams.get('returnTo') ?? '/'} />
        <TextField
          name="email"
          type="email"
          label={labels.email}
          autoComplete="username"
          required
          defaultValue={result?.values.email}
          error={result?.fieldErrors.email}
        />
        <TextField
          name="password"
          type="password"
          label={labels.password}
          autoComplete="current-password"
          required
          error={result?.fieldErrors.password}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={submitting}>
            {t('signIn.submit')}
          </button>
        </div>
      </Form>
    </div>
  );
}
