import { Form, Link, useNavigation } from '@remix-run/react';
import { CopyField, ErrorSummary, type FormErrors, useTranslator } from '@tandem/web-kit';
import type { ReactNode } from 'react';

/**
 * What the fields of a refused form show again: the label, what was typed and the problem.
 * `failed` is the refused result, or none before the first try and after a success.
 */
export function fieldProps<Name extends string>(
  labels: Readonly<Record<Name, string>>,
  failed: { values: Record<Name, string>; fieldErrors: Record<string, string> } | null | undefined,
) {
  return (name: Name) => ({
    name,
    label: labels[name],
    defaultValue: failed?.values[name],
    error: failed?.fieldErrors[name],
  });
}

/** The refused result of an operator form, if that is what came back. */
export function failedResult<Result extends { done: unknown }>(
  result: Result | undefined,
): Extract<Result, { done: null }> | null {
  return result?.done === null ? (result as Extract<Result, { done: null }>) : null;
}

interface OperatorFormProps {
  /** In form order; the error summary lists problems in the same order. */
  labels: Readonly<Record<string, string>>;
  failed: FormErrors | null;
  submitLabel: string;
  /** Where "cancel" leads; without it there is no cancel link. */
  cancelTo?: string;
  className?: string;
  /** A new key empties the fields, such as after a person was added. */
  formKey?: string;
  children: ReactNode;
}

/** A console form that posts to its own page and shows the API's problems above it. */
export function OperatorForm({
  labels,
  failed,
  submitLabel,
  cancelTo,
  className = 'panel',
  formKey,
  children,
}: OperatorFormProps) {
  const { t } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  return (
    <>
      <ErrorSummary
        formError={failed?.formError}
        fieldErrors={failed?.fieldErrors ?? {}}
        labels={labels}
      />
      <Form method="post" noValidate className={className} key={formKey}>
        {children}
        <div className="actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitLabel}
          </button>
          {cancelTo ? (
            <Link to={cancelTo} className="button button--quiet">
              {t('form.cancel')}
            </Link>
          ) : null}
        </div>
      </Form>
    </>
  );
}

interface OneTimeLinkProps {
  /** None when the person already had an account with a password. */
  setPasswordUrl: string | null;
  /** Says who the link is for. */
  sent: string;
  /** Says the person signs in with the password they have. */
  existing: string;
  /** In a panel of its own, when the link is not already inside one. */
  framed: boolean;
}

/** The set-password link of a new account, shown once, for the operator to pass on. */
export function OneTimeLink({ setPasswordUrl, sent, existing, framed }: OneTimeLinkProps) {
  const { t } = useTranslator();
  if (!setPasswordUrl) return <p>{existing}</p>;
  const field = (
    <CopyField
      name="setPasswordUrl"
      label={t('admin.newOrganisation.linkLabel')}
      value={setPasswordUrl}
    />
  );
  return (
    <>
      <p>{sent}</p>
      {framed ? <div className="panel">{field}</div> : field}
    </>
  );
}
