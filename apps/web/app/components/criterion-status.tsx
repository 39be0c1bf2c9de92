import type { CriterionStatus } from '@tandem/domain';
import { useTranslator } from '@tandem/web-kit';

export type ShownStatus = CriterionStatus | 'not_computed';

/** A shape per status, so the status never rests on colour alone. */
function Mark({ status }: { status: ShownStatus }) {
  switch (status) {
    case 'met':
      return (
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path d="M5.5 10.5l3 3 6-7" fill="none" stroke="#fff" strokeWidth="2.2" />
        </svg>
      );
    case 'partly':
      return (
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M10 2a8 8 0 0 1 0 16z" fill="currentColor" />
        </svg>
      );
    case 'not_met':
      return (
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path d="M6.5 6.5l7 7M13.5 6.5l-7 7" stroke="#fff" strokeWidth="2.2" />
        </svg>
      );
    case 'no_data':
      return (
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M6 10h8" stroke="currentColor" strokeWidth="2" />
        </svg>
      );
    case 'not_computed':
      return (
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle
            cx="10"
            cy="10"
            r="8"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeDasharray="3 2.3"
          />
        </svg>
      );
  }
}

export function statusLabel(t: ReturnType<typeof useTranslator>, status: ShownStatus): string {
  return status === 'not_computed'
    ? t.t('quality.status.not_computed')
    : t.t(`indicator.status.${status}`);
}

/** A criterion's or a measure's status: its word, with a shape beside it. */
export function CriterionStatusBadge({ status, suffix }: { status: ShownStatus; suffix?: string }) {
  const translator = useTranslator();
  return (
    <span className={`criterion-status criterion-status--${status}`}>
      <Mark status={status} />
      {statusLabel(translator, status)}
      {suffix}
    </span>
  );
}
