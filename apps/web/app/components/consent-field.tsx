import { INTAKE_CONSENT_TEXT_VERSION } from '@tandem/domain';
import { CheckboxField, useTranslator } from '@tandem/web-kit';
import { currentConsentText } from '../lib/intake.ts';

/** The purpose and retention of the processing, and the box that agrees to them. */
export function ConsentField({
  organisation,
  error,
  defaultChecked,
}: {
  organisation: string;
  error?: string;
  defaultChecked?: boolean;
}) {
  const { t } = useTranslator();
  return (
    <section className="panel" aria-labelledby="consent-title">
      <h2 id="consent-title">{t('consent.title')}</h2>
      <p>{t(currentConsentText.purpose, { organisation })}</p>
      <p>{t(currentConsentText.retention)}</p>
      <input type="hidden" name="consentTextVersion" value={INTAKE_CONSENT_TEXT_VERSION} />
      <CheckboxField
        name="consent"
        label={t(currentConsentText.agree)}
        error={error}
        defaultChecked={defaultChecked}
      />
    </section>
  );
}
