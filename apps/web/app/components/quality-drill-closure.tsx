import { type DrillRecord, useDrillCells } from './quality-drill-cells.tsx';

type EvaluationStep = Extract<DrillRecord, { kind: 'duo_evaluation' }>['evaluations']['mentor'];

/** The units of the end of a duo (E1–E3), each with the columns that explain its count. */
export const CLOSURE_DRILL_UNITS = [
  'duo_end',
  'duo_closing',
  'duo_evaluation',
  'evaluation',
] as const;
export type ClosureDrillUnit = (typeof CLOSURE_DRILL_UNITS)[number];

export const isClosureDrillUnit = (unit: string): unit is ClosureDrillUnit =>
  (CLOSURE_DRILL_UNITS as readonly string[]).includes(unit);

interface Props {
  unit: ClosureDrillUnit;
  records: readonly DrillRecord[];
  organisationId: string;
  programmeId: string;
}

/** The head and body of the drill-down table for one unit of the end of a duo. */
export function ClosureDrillRows({ unit, ...shown }: Props) {
  const { translator, t, date, of, pair, head } = useDrillCells(shown);
  const step = (evaluation: EvaluationStep | null) =>
    evaluation === null ? (
      <span className="muted">{t('evaluationDrill.notSent')}</span>
    ) : evaluation.completedAt === null ? (
      t('evaluationDrill.open', { date: translator.formatDate(evaluation.sentAt) })
    ) : (
      t('evaluationDrill.answeredOn', { date: translator.formatDate(evaluation.completedAt) })
    );

  if (unit === 'duo_evaluation')
    return (
      <>
        {head(
          'guidanceDrill.duo',
          'guidanceDrill.endedOn',
          'evaluationDrill.mentor',
          'evaluationDrill.mentee',
        )}
        <tbody>
          {of('duo_evaluation').map((r) => (
            <tr key={r.id}>
              <th scope="row">{pair(r.id, r.mentor, r.mentee)}</th>
              <td>{date(r.endedOn)}</td>
              <td>{step(r.evaluations.mentor)}</td>
              <td>{step(r.evaluations.mentee)}</td>
            </tr>
          ))}
        </tbody>
      </>
    );
  if (unit === 'evaluation')
    return (
      <>
        {head(
          'evaluationDrill.person',
          'guidanceDrill.duo',
          'evaluationDrill.sent',
          'evaluationDrill.reminders',
          'evaluationDrill.answered',
        )}
        <tbody>
          {of('evaluation').map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.person}</th>
              <td>{pair(r.duoId, r.mentor, r.mentee)}</td>
              <td>{date(r.sentAt)}</td>
              <td>{r.reminders}</td>
              <td>{date(r.completedAt)}</td>
            </tr>
          ))}
        </tbody>
      </>
    );

  if (unit === 'duo_end')
    return (
      <>
        {head(
          'guidanceDrill.duo',
          'guidanceDrill.endedOn',
          'closureDrill.endedBy',
          'closureDrill.reason',
          'closureDrill.closure',
        )}
        <tbody>
          {of('duo_end').map((r) => (
            <tr key={r.id}>
              <th scope="row">{pair(r.id, r.mentor, r.mentee)}</th>
              <td>{date(r.endedOn)}</td>
              <td>{r.endedBy ? t(`duoEnd.endedBy.${r.endedBy}`) : date(null)}</td>
              <td>
                {r.endReasonCode ? t(`guidanceDrill.endReason.${r.endReasonCode}`) : date(null)}
              </td>
              <td>{date(r.closureStartedAt)}</td>
            </tr>
          ))}
        </tbody>
      </>
    );
  return (
    <>
      {head('guidanceDrill.duo', 'guidanceDrill.endedOn', 'closureDrill.closingMeeting')}
      <tbody>
        {of('duo_closing').map((r) => (
          <tr key={r.id}>
            <th scope="row">{pair(r.id, r.mentor, r.mentee)}</th>
            <td>{date(r.endedOn)}</td>
            <td>
              {r.closingMeeting ? (
                `${t('closureDrill.heldOn', { date: translator.formatDate(r.closingMeeting.heldOn) })} · ${t(`closingMeeting.mode.${r.closingMeeting.mode}`)}`
              ) : (
                <span className="muted">{t('closureDrill.noMeeting')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </>
  );
}
