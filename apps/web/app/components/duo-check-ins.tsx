import type { CHECK_IN_GOING, CHECK_IN_WITH } from '@tandem/domain';
import { type FormErrors, useTranslator } from '@tandem/web-kit';
import { CheckInForm } from './check-in-form.tsx';

interface CheckIn {
  id: string;
  checkInOn: string;
  coachName: string;
  withWhom: (typeof CHECK_IN_WITH)[number];
  going: (typeof CHECK_IN_GOING)[number];
  followUpNeeded: boolean;
  note: string | null;
}

interface DuoCheckInsProps {
  duoId: string;
  /** Newest first. */
  checkIns: readonly CheckIn[];
  /** Whether the person may log one: the duo's coach, or a coordinator. */
  canLog: boolean;
  today: string;
  failed?: { errors: FormErrors; values: Record<string, string> } | undefined;
}

/** The coach's check-ins of a duo (D3), newest first, and the form to log one. */
export function DuoCheckIns({ duoId, checkIns, canLog, today, failed }: DuoCheckInsProps) {
  const { t, formatDate } = useTranslator();
  return (
    <section aria-labelledby="check-ins-title">
      <h2 id="check-ins-title">{t('followUp.checkIns')}</h2>
      {checkIns.length === 0 ? (
        <p>{t('followUp.noCheckIns')}</p>
      ) : (
        <ul>
          {checkIns.map((c) => (
            <li key={c.id}>
              {t('followUp.checkInLine', {
                date: formatDate(c.checkInOn),
                with: t(`checkIn.with.${c.withWhom}`).toLowerCase(),
                going: t(`checkIn.going.${c.going}`),
                coach: c.coachName,
              })}
              {c.followUpNeeded ? <strong> · {t('followUp.followUpFlag')}</strong> : null}
              {c.note ? <p className="muted">{c.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {canLog ? (
        <>
          <h3>{t('caseload.logCheckIn')}</h3>
          <CheckInForm
            duoId={duoId}
            today={today}
            lastGoing={checkIns[0]?.going ?? null}
            idPrefix="checkIn"
            failed={failed}
          />
        </>
      ) : null}
    </section>
  );
}
