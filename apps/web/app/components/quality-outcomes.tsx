import type { OutcomeIndicators, OutcomeMeasure } from '@tandem/domain';
import { useTranslator } from '@tandem/web-kit';

const LABELS = {
  work_or_training_at_end: 'outcome.quality.workAtEnd',
  work_or_training_at_follow_up: 'outcome.quality.workAtFollowUp',
  confidence_change: 'outcome.quality.confidenceChange',
} as const;

/**
 * The mentees' outcomes beside the criteria: shares and a mean with their counts, and never
 * a status — a programme can run every step well for people the labour market turns away.
 */
export function QualityOutcomes({ outcomes }: { outcomes: OutcomeIndicators }) {
  const { t, formatNumber, formatPercent } = useTranslator();
  const measures: OutcomeMeasure[] = [
    outcomes.workOrTrainingAtEnd,
    outcomes.workOrTrainingAtFollowUp,
    outcomes.confidenceChange,
  ];
  return (
    <section className="panel" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">{t('outcome.quality.title')}</h2>
      <p>{t('outcome.quality.intro')}</p>
      <dl className="details">
        {measures.map((m) => (
          <div key={m.key}>
            <dt>{t(LABELS[m.key])}</dt>
            <dd>
              {m.value === null ? (
                t('outcome.quality.noData')
              ) : m.key === 'confidence_change' ? (
                <>
                  <strong>
                    {m.value > 0 ? '+' : ''}
                    {formatNumber(Math.round(m.value * 10) / 10)}
                  </strong>{' '}
                  {t('outcome.quality.change', { denominator: m.denominator })}
                </>
              ) : (
                <>
                  <strong>{formatPercent(m.value)}</strong> —{' '}
                  {t('outcome.quality.share', {
                    numerator: m.numerator,
                    denominator: m.denominator,
                  })}
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
