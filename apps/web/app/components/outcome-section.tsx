import type { FormErrors } from '@tandem/web-kit';
import { useTranslator } from '@tandem/web-kit';
import type { ComponentProps } from 'react';
import { OutcomeForm } from './outcome-form.tsx';
import { OutcomeHistory } from './outcome-history.tsx';

interface OutcomeSectionProps {
  /** Intake on the application page; the end and six months on an ended duo's page. */
  moments: readonly ('intake' | 'end' | 'follow_up_6m')[];
  history: ComponentProps<typeof OutcomeHistory>['outcomes'];
  intro: string;
  /** Null when the person may only read, or when nothing can be recorded yet. */
  today: string | null;
  /** Shows that the last submission was saved (pages that say so themselves pass false). */
  saved: boolean;
  failed?: { errors: FormErrors; values: Record<string, string> } | undefined;
}

/** The mentee's situation on a staff page: what was recorded, and the form for one more. */
export function OutcomeSection({
  moments,
  history,
  intro,
  today,
  saved,
  failed,
}: OutcomeSectionProps) {
  const { t } = useTranslator();
  return (
    <section aria-labelledby="outcome-title" id="outcome">
      <h2 id="outcome-title">{t('outcome.section.title')}</h2>
      <p>{intro}</p>
      {saved ? (
        <p className="success" role="status">
          {t('outcome.record.saved')}
        </p>
      ) : null}
      <OutcomeHistory outcomes={history} />
      {today ? (
        <>
          {history.length > 0 ? <p className="muted">{t('outcome.section.correctHint')}</p> : null}
          <OutcomeForm
            // A new row is the newest: the form starts afresh after a save, not after a refusal.
            key={history[0]?.id ?? 'form'}
            moments={moments}
            recordedOn={today}
            submitLabel={t('outcome.record.submit')}
            failed={failed}
          />
        </>
      ) : null}
    </section>
  );
}
