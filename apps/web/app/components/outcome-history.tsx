import { type CONTRACT_KINDS, OUTCOME_MOMENTS, type OUTCOME_SITUATIONS } from '@tandem/domain';
import { TableScroll, useTranslator } from '@tandem/web-kit';

interface RecordedOutcome {
  id: string;
  moment: (typeof OUTCOME_MOMENTS)[number];
  recordedOn: string;
  situation: (typeof OUTCOME_SITUATIONS)[number];
  contractKind: (typeof CONTRACT_KINDS)[number] | null;
  hoursPerWeek: number | null;
  confidence: number | null;
  autonomy: number | null;
  source: 'participant' | 'staff';
}

/**
 * What has been recorded, the one that counts for each moment first (the API lists the
 * latest first), and the corrections it replaced under it.
 */
export function OutcomeHistory({ outcomes }: { outcomes: readonly RecordedOutcome[] }) {
  const { t, formatDate } = useTranslator();
  if (outcomes.length === 0) return <p className="muted">{t('outcome.history.none')}</p>;
  const holding = new Set(
    OUTCOME_MOMENTS.flatMap((m) => outcomes.find((o) => o.moment === m)?.id ?? []),
  );
  return (
    <>
      <h3 id="outcome-history-title">{t('outcome.history.title')}</h3>
      <TableScroll labelledBy="outcome-history-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('outcome.field.moment')}</th>
              <th scope="col">{t('outcome.field.recordedOn')}</th>
              <th scope="col">{t('outcome.field.situation')}</th>
              <th scope="col">{t('outcome.history.ratings')}</th>
              <th scope="col">{t('outcome.history.by')}</th>
              <th scope="col">{t('outcome.history.status')}</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((o) => (
              <tr key={o.id}>
                <td>{t(`outcome.moment.${o.moment}`)}</td>
                <td>{formatDate(o.recordedOn)}</td>
                <td>
                  {t(`outcome.situation.${o.situation}`)}
                  {o.contractKind ? ` · ${t(`outcome.contract.${o.contractKind}`)}` : ''}
                  {o.hoursPerWeek ? ` · ${t('outcome.hours', { hours: o.hoursPerWeek })}` : ''}
                </td>
                <td>
                  {o.confidence ?? '—'} / {o.autonomy ?? '—'}
                </td>
                <td>{t(`outcome.source.${o.source}`)}</td>
                <td>
                  {t(holding.has(o.id) ? 'outcome.history.holds' : 'outcome.history.replaced')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
