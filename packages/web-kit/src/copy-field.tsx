import { useState } from 'react';
import { fieldId } from './fields.tsx';
import { useTranslator } from './i18n.tsx';
import { useHydrated } from './use-hydrated.ts';

/** A read-only value to pass on; the copy button appears only where scripts run. */
export function CopyField({ name, label, value }: { name: string; label: string; value: string }) {
  const { t } = useTranslator();
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  const id = fieldId(name);

  async function copy() {
    const input = document.getElementById(id);
    if (input instanceof HTMLInputElement) input.select();
    await navigator.clipboard.writeText(value);
    setCopied(true);
  }

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        <input id={id} type="text" readOnly value={value} onFocus={(e) => e.target.select()} />
        {hydrated ? (
          <button type="button" className="button" onClick={copy}>
            {t('copy.button')}
          </button>
        ) : null}
      </div>
      <p className="copy-field__status" role="status">
        {copied ? t('copy.done') : ''}
      </p>
    </div>
  );
}
