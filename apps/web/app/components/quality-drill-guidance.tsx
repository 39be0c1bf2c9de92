import { useTranslator } from '@tandem/web-kit';
import { type Drill, type DrillRecord, useDrillCells } from './quality-drill-cells.tsx';

/** The units of the guidance criteria (D1–D5), each with the columns that explain its count. */
export const GUIDANCE_DRILL_UNITS = [
  'duo_span',
  'duo_fortnight',
  'contact',
  'mentor',
  'workshop_window',
  'workshop_invitation',
] as const;
export type GuidanceDrillUnit = (typeof GUIDANCE_DRILL_UNITS)[number];

export const isGuidanceDrillUnit = (unit: string): unit is GuidanceDrillUnit =>
  (GUIDANCE_DRILL_UNITS as readonly string[]).includes(unit);

interface Props {
  unit: GuidanceDrillUnit;
  records: readonly DrillRecord[];
  organisationId: string;
  programmeId: string;
}

/** The head and body of the drill-down table for one guidance unit. */
export function GuidanceDrillRows({ unit, ...shown }: Props) {
  const { translator, t, date, of, pair, head } = useDrillCells(shown);

  switch (unit) {
    case 'duo_span':
      return (
        <>
          {head(
            'guidanceDrill.duo',
            'duoQuality.startDate',
            'guidanceDrill.plannedEnd',
            'guidanceDrill.endedOn',
            'guidanceDrill.endKind',
          )}
          <tbody>
            {of('duo_span').map((r) => (
              <tr key={r.id}>
                <th scope="row">{pair(r.id, r.mentor, r.mentee)}</th>
                <td>{date(r.startDate)}</td>
                <td>{date(r.plannedEndDate)}</td>
                <td>{date(r.endedOn)}</td>
                <td>
                  {r.endKind === null ? (
                    <span className="muted">{t('guidanceDrill.running')}</span>
                  ) : (
                    <>
                      {t(`duo.page.endKind.${r.endKind}`)}
                      {r.endReasonCode
                        ? ` · ${t(`guidanceDrill.endReason.${r.endReasonCode}`)}`
                        : null}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </>
      );
    case 'duo_fortnight':
      return (
        <>
          {head('guidanceDrill.duo', 'guidanceDrill.fortnight', 'guidanceDrill.contacts')}
          <tbody>
            {of('fortnight').map((r) => (
              <tr key={r.id}>
                <th scope="row">{pair(r.duoId, r.mentor, r.mentee)}</th>
                <td>
                  {t('guidanceDrill.range', {
                    from: translator.formatDate(r.from),
                    to: translator.formatDate(r.to),
                  })}
                </td>
                <td>{translator.formatNumber(r.contacts)}</td>
              </tr>
            ))}
          </tbody>
        </>
      );
    case 'contact':
      return (
        <>
          {head('guidanceDrill.duo', 'guidanceDrill.contactOn', 'guidanceDrill.mode')}
          <tbody>
            {of('contact').map((r) => (
              <tr key={r.id}>
                <th scope="row">{pair(r.duoId, r.mentor, r.mentee)}</th>
                <td>{date(r.on)}</td>
                <td>{t(`contact.mode.${r.mode}`)}</td>
              </tr>
            ))}
          </tbody>
        </>
      );
    case 'mentor':
      return (
        <>
          {head('duoQuality.mentor', 'guidanceDrill.invitedTo')}
          <tbody>
            {of('mentor').map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td>
                  {r.invitedTo.length === 0 ? (
                    <span className="muted">{t('guidanceDrill.noWorkshop')}</span>
                  ) : (
                    translator.formatList(r.invitedTo)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </>
      );
    case 'workshop_window':
      return (
        <>
          {head('guidanceDrill.window', 'guidanceDrill.workshops')}
          <tbody>
            {of('workshop_window').map((r) => {
              const [from = '', until = ''] = r.id.split('/');
              return (
                <tr key={r.id}>
                  <th scope="row">
                    {t('guidanceDrill.rangeUntil', {
                      from: translator.formatDate(from),
                      until: translator.formatDate(until),
                    })}
                  </th>
                  <td>
                    {r.workshops.length === 0 ? (
                      <span className="muted">{t('guidanceDrill.noWorkshop')}</span>
                    ) : (
                      translator.formatList(r.workshops)
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </>
      );
    case 'workshop_invitation':
      return (
        <>
          {head('duoQuality.mentor', 'guidanceDrill.workshop', 'guidanceDrill.attended')}
          <tbody>
            {of('workshop_invitation').map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.mentorName}</th>
                <td>
                  {r.theme} · {translator.formatDate(r.startsAt, 'dateTime')}
                </td>
                <td>
                  {r.attended === null ? (
                    <span className="muted">{t('guidanceDrill.notRecorded')}</span>
                  ) : (
                    t(r.attended ? 'guidanceDrill.came' : 'guidanceDrill.didNotCome')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </>
      );
  }
}

/** D4 counts kinds of material: behind each kind, the resources that decide it. */
type ResourceKinds = Extract<Drill, { resourceKinds: unknown }>['resourceKinds'];

export function ResourceKindDrill({ kinds }: { kinds: ResourceKinds }) {
  const translator = useTranslator();
  const { t } = translator;
  return (
    <>
      {kinds.map(({ kind, resources }) => (
        <section key={kind} aria-labelledby={`kind-${kind}`}>
          <h3 id={`kind-${kind}`}>{t(`value.resourceKind.${kind}`)}</h3>
          {resources.length === 0 ? (
            <p className="muted">{t('guidanceDrill.noResource')}</p>
          ) : (
            <ul>
              {resources.map((r) => (
                <li key={r.id}>
                  {r.title} ·{' '}
                  {r.reviewedOn === null
                    ? t('guidanceDrill.neverReviewed')
                    : t('guidanceDrill.reviewedOn', { date: translator.formatDate(r.reviewedOn) })}
                  {r.withdrawnOn === null
                    ? null
                    : ` · ${t('guidanceDrill.withdrawnOn', { date: translator.formatDate(r.withdrawnOn) })}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
