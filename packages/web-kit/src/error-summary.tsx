import { useEffect, useRef } from 'react';
import { fieldId } from './fields.tsx';
import { useTranslator } from './i18n.tsx';

interface ErrorSummaryProps {
  formError?: string | null;
  fieldErrors?: Readonly<Record<string, string>>;
  /** Field labels in form order; the summary lists problems in that order. */
  labels: Readonly<Record<string, string>>;
}

/** Receives focus after a failed submission, so keyboard and screen reader users land on it. */
export function ErrorSummary({ formError, fieldErrors = {}, labels }: ErrorSummaryProps) {
  const { t } = useTranslator();
  const ref = useRef<HTMLElement>(null);
  const fields = Object.keys(labels).filter((name) => fieldErrors[name]);
  const unlabelled = Object.keys(fieldErrors).filter((name) => !(name in labels));
  const hasErrors = Boolean(formError) || fields.length > 0 || unlabelled.length > 0;

  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors, formError, fieldErrors]);

  if (!hasErrors) return null;
  return (
    <section
      ref={ref}
      className="error-summary"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{t('form.errorSummaryTitle')}</h2>
      {formError ? <p>{formError}</p> : null}
      {fields.length + unlabelled.length > 0 ? (
        <ul>
          {fields.map((name) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`}>
                {labels[name]} – {fieldErrors[name]}
              </a>
            </li>
          ))}
          {unlabelled.map((name) => (
            <li key={name}>{fieldErrors[name]}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
