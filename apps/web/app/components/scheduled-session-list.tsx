import { Link } from '@remix-run/react';
import { TableScroll, useTranslator } from '@tandem/web-kit';
import type { ReactNode } from 'react';

interface Column<S> {
  header: string;
  cell: (session: S) => ReactNode;
}

interface ScheduledSessionListProps<S> {
  sessions: readonly S[];
  /** The visually hidden caption: the page's title. */
  caption: string;
  captionId: string;
  empty: string;
  startsAtLabel: string;
  href: (session: S) => string;
  /** The kind's columns after the start, which links to the session. */
  columns: Column<S>[];
}

/** A programme's sessions, earliest first, each start linking to the session's page. */
export function ScheduledSessionList<S extends { id: string; startsAt: string }>({
  sessions,
  caption,
  captionId,
  empty,
  startsAtLabel,
  href,
  columns,
}: ScheduledSessionListProps<S>) {
  const translator = useTranslator();
  if (sessions.length === 0) return <p className="notice">{empty}</p>;
  return (
    <TableScroll labelledBy={captionId}>
      <table>
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{startsAtLabel}</th>
            {columns.map((column) => (
              <th scope="col" key={column.header}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td>
                <Link to={href(s)}>{translator.formatDate(s.startsAt, 'dateTime')}</Link>
              </td>
              {columns.map((column) => (
                <td key={column.header}>{column.cell(s)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
