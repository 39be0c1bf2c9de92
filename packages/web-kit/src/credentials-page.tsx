import { Form, useNavigation } from '@remix-run/react';
import type { ReactNode } from 'react';
import { ErrorSummary } from './error-summary.tsx';
import { TextField } from './fields.tsx';
import type { FormErrors } from './form-result.ts';
import { useTranslator } from './i18n.tsx';

export interface CredentialField {
  name: string;
  label: string;
  type: 'email' | 'password';
  /** Tells password managers which saved value goes where, and when to offer a new one. */
  autoComplete: 'username' | 'current-password' | 'new-password';
  hint?: string;
  defaultValue?: string | undefined;
}

interface CredentialsPageProps {
  title: string;
  intro: string;
  /** In form order; the error summary lists problems in the same order. */
  fields: readonly CredentialField[];
  submitLabel: string;
  result: FormErrors | undefined;
  /** Sent along unseen, such as where to go next or the one-time token. */
  hidden?: Readonly<Record<string, string>>;
  /** A new key empties the fields, such as after a change went through. */
  formKey?: string;
  /** Between the introduction and the form, such as a confirmation. */
  status?: ReactNode;
}

/** Signing in and choosing a password: one narrow form of required text fields. */
export function CredentialsPage({
  title,
  intro,
  fields,
  submitLabel,
  result,
  hidden = {},
  formKey,
  status,
}: CredentialsPageProps) {
  const submitting = useNavigation().state === 'submitting';
  const labels = Object.fromEntries(fields.map((field) => [field.name, field.label]));
  return (
    <div className="narrow">
      <h1>{title}</h1>
      <p>{intro}</p>
      {status}
      <ErrorSummary
        formError={result?.formError}
        fieldErrors={result?.fieldErrors}
        labels={labels}
      />
      <Form method="post" noValidate className="panel" key={formKey}>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {fields.map((field) => (
          <TextField
            key={field.name}
            name={field.name}
            type={field.type}
            label={field.label}
            hint={field.hint}
            autoComplete={field.autoComplete}
            required
            defaultValue={field.defaultValue}
            error={result?.fieldErrors[field.name]}
          />
        ))}
        <div className="actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitLabel}
          </button>
        </div>
      </Form>
    </div>
  );
}

/** A new password and its repetition, the password sent as `name`. */
export function useNewPasswordFields(name: string, label: string): CredentialField[] {
  const { t } = useTranslator();
  return [
    { name, label, type: 'password', hint: t('password.hint'), autoComplete: 'new-password' },
    {
      name: 'confirmPassword',
      label: t('password.confirm'),
      type: 'password',
      autoComplete: 'new-password',
    },
  ];
}
