import { useSearchParams } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import type { ReactNode } from 'react';

interface ScheduledSessionDetailsProps {
  session: { place: string | null; onlineUrl: string | null };
  countsLabel: string;
  counts: string;
  /** The kind's own details, between where and the counts. */
  children?: ReactNode;
}

/** Where the session takes place (the link to join online in full), then who came. */
export function ScheduledSessionDetails({
  session,
  countsLabel,
  counts,
  children,
}: ScheduledSessionDetailsProps) {
  const { t } = useTranslator();
  return (
    <dl className="details panel">
      <dt>{t('infoSessions.where')}</dt>
      <dd>
        {session.place ?? ''}
        {session.place && session.onlineUrl ? ' · ' : ''}
        {session.onlineUrl ? <a href={session.onlineUrl}>{session.onlineUrl}</a> : null}
      </dd>
      {children}
      <dt>{countsLabel}</dt>
      <dd>{counts}</dd>
    </dl>
  );
}

/**
 * The confirmation after a save: the page's address says `saved` after the redirect, until a
 * form on the page is refused.
 */
export function SavedStatus({ message, refused }: { message: string; refused: boolean }) {
  const [searchParams] = useSearchParams();
  return searchParams.get('saved') && !refused ? (
    <p className="success" role="status">
      {message}
    </p>
  ) : null;
}

/** A refused save of one form on the page, in words. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="error-summary" role="alert" tabIndex={-1}>
      {message}
    </p>
  ) : null;
}

/** The attendance section: its heading, a refused save, and the kind's way of taking it. */
export function AttendanceSection({
  title,
  error,
  children,
}: {
  title: string;
  error: string | null | undefined;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title">{title}</h2>
      <FormAlert message={error} />
      {children}
    </section>
  );
}
