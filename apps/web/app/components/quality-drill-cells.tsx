import { Link } from '@remix-run/react';
import type { MessageKey } from '@tandem/i18n';
import { useTranslator } from '@tandem/web-kit';
import type { ApiOutputs } from '@tandem/web-kit/server';
import { duoPath } from '../lib/paths.ts';

export type Drill = ApiOutputs['quality']['drillDown'];
export type DrillRecord = Drill['records'][number];
type Of<K extends DrillRecord['kind']> = Extract<DrillRecord, { kind: K }>;

/**
 * What every drill-down table of the duo's life draws with: a date or "none", the records of
 * one kind, a duo named by its pair and linked to its page, and a row of column headers.
 */
export function useDrillCells({
  records,
  organisationId,
  programmeId,
}: {
  records: readonly DrillRecord[];
  organisationId: string;
  programmeId: string;
}) {
  const translator = useTranslator();
  const { t } = translator;
  const date = (value: string | null) =>
    value === null ? (
      <span className="muted">{t('quality.drill.none')}</span>
    ) : (
      translator.formatDate(value)
    );
  const of = <K extends DrillRecord['kind']>(kind: K) =>
    records.filter((r): r is Of<K> => r.kind === kind);
  const pair = (duoId: string, mentor: string, mentee: string) => (
    <Link to={duoPath(organisationId, programmeId, duoId)}>
      {t('guidanceDrill.pair', { mentor, mentee })}
    </Link>
  );
  const head = (...keys: MessageKey[]) => (
    <thead>
      <tr>
        {keys.map((key) => (
          <th key={key} scope="col">
            {t(key)}
          </th>
        ))}
      </tr>
    </thead>
  );
  return { translator, t, date, of, pair, head };
}
