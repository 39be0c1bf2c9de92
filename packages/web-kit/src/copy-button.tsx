import { useState } from 'react';
import { useTranslator } from './i18n.tsx';
import { useHydrated } from './use-hydrated.ts';

/**
 * Copies a text (such as a whole message) to the clipboard. It appears only where scripts
 * run; without them the text stays on the page to select by hand.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslator();
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  if (!hydrated) return null;
  return (
    <span className="copy-button">
      <button
        type="button"
        className="button button--quiet"
        onClick={async () => {
          await navigator.clipboard.writeText(text);
          setCopied(true);
        }}
      >
        {label}
      </button>{' '}
      <span role="status">{copied ? t('copy.textDone') : ''}</span>
    </span>
  );
}
