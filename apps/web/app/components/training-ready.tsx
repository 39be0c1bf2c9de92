import { useTranslator } from '@tandem/web-kit';

/**
 * Whether a mentor has covered all ten A5 topics: a shape and words, never colour alone.
 * A mentor who is not ready is flagged before matching.
 */
export function TrainingReady({ ready }: { ready: boolean }) {
  const { t } = useTranslator();
  return (
    <span className={`criterion-status criterion-status--${ready ? 'met' : 'not_met'}`}>
      {ready ? (
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path d="M5.5 10.5l3 3 6-7" fill="none" stroke="#fff" strokeWidth="2.2" />
        </svg>
      ) : (
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M10 1.5l9 16.5H1z" fill="currentColor" />
          <path d="M10 7v5.5" stroke="#fff" strokeWidth="2" />
          <circle cx="10" cy="15.2" r="1.2" fill="#fff" />
        </svg>
      )}
      {ready ? t('trainingCoverage.ready') : t('trainingCoverage.flagged')}
    </span>
  );
}
