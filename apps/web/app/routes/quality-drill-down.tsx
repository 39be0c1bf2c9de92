import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import {
  brusselsDate,
  type CriterionId,
  hasWorkflow,
  isCriterionId,
  isMeasureKey,
} from '@tandem/domain';
import { TableScroll, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { CriterionStatusBadge } from '../components/criterion-status.tsx';
import { ClosureDrillRows, isClosureDrillUnit } from '../components/quality-drill-closure.tsx';
import {
  GuidanceDrillRows,
  isGuidanceDrillUnit,
  ResourceKindDrill,
} from '../components/quality-drill-guidance.tsx';
import { requireMembership } from '../lib/membership.server.ts';
import { title } from '../lib/meta.ts';
import { intakePath, qualityDrillDownPath, qualityPath } from '../lib/paths.ts';
import { apiPeriod, criterionTitle, periodQuery, readPeriod } from '../lib/quality.ts';
import { trainingTopicLabel } from '../lib/training.ts';

export const meta: MetaFunction<typeof loader> = (args) =>
  args.data
    ? title(args, `quality.drill.title.${args.data.drill.side}`)
    : title(args, 'notFound.title');

const SIDES = ['numerator', 'denominator', 'missing'] as const;

const SHOW_SIDE = {
  numerator: 'quality.drill.showNumerator',
  denominator: 'quality.drill.showDenominator',
  missing: 'quality.drill.showMissing',
} as const;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, membership } = await requireMembership(request, context, params.organisationId);
  const organisationId = membership.organisationId;
  const programmeId = params.programmeId ?? '';
  const criterionId = params.criterionId ?? '';
  const side = SIDES.find((s) => s === params.side);
  const url = new URL(request.url);
  const measureParam = url.searchParams.get('measure');
  const measure = measureParam !== null && isMeasureKey(measureParam) ? measureParam : undefined;
  // Only the criteria Tandem computes have records behind them, and only some measures (the
  // API answers "not found" for a measure the criterion has no records for).
  if (
    !isCriterionId(criterionId) ||
    !hasWorkflow(criterionId) ||
    !side ||
    (measureParam !== null && !measure)
  ) {
    throw data(null, { status: 404 });
  }
  const { period } = readPeriod(url, brusselsDate(new Date().toISOString()));
  const scope = { organisationId, programmeId, period: apiPeriod(period) };
  const [programme, drill] = await Promise.all([
    viewer.api.programme.get.query({ organisationId, programmeId }).catch(rethrowAsRouteError),
    viewer.api.quality.drillDown
      .query({ ...scope, criterionId, side, measure })
      .catch(rethrowAsRouteError),
  ]);
  return {
    organisationId,
    programme: { id: programme.id, name: programme.name },
    period,
    status: drill.status,
    drill,
  };
}

export default function QualityDrillDown() {
  const { organisationId, programme, period, status, drill } = useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  const criterionId = drill.criterionId as CriterionId;
  // The missing records exist only for shares; a count's numerator is no part of its denominator.
  const otherSides = SIDES.filter(
    (side) => side !== drill.side && (side !== 'missing' || drill.measureUnit === 'share'),
  );
  const focus = 'focus' in drill ? drill.focus : null;
  const date = (value: string | null) =>
    value === null ? (
      <span className="muted">{t('quality.drill.none')}</span>
    ) : (
      translator.formatDate(value)
    );
  const channelKindLabel = (kind: string) => {
    const key = `value.channelKind.${kind}`;
    return translator.isMessageKey(key) ? t(key) : kind;
  };
  const applicationLink = (applicationId: string, name: string) => (
    <Link to={`${intakePath(organisationId, programme.id, 'applications')}/${applicationId}`}>
      {name}
    </Link>
  );
  return (
    <>
      <p className="breadcrumb">
        <Link to={qualityPath(organisationId, programme.id, periodQuery(period))}>
          {t('quality.drill.back')}
        </Link>
      </p>
      <h1>
        <span className="criterion__id">{criterionId}</span>{' '}
        {criterionTitle(translator, criterionId)}
      </h1>
      <p>
        {programme.name} ·{' '}
        {t('quality.period.showing', {
          start: translator.formatDate(period.start),
          end: translator.formatDate(period.end),
        })}
      </p>
      <p>
        <CriterionStatusBadge status={status} />
      </p>
      <h2 id="drill-title">{t(`quality.drill.title.${drill.side}`)}</h2>
      <p className="muted">
        {t('quality.drill.measure', { measure: t(`indicator.measure.${drill.measure}`) })}
      </p>
      <p role="status">{t('quality.drill.count', { count: drill.count })}</p>
      <ul className="period-links">
        {otherSides.map((side) => (
          <li key={side}>
            <Link
              to={qualityDrillDownPath(
                organisationId,
                programme.id,
                criterionId,
                side,
                periodQuery(period, { measure: drill.measure }),
              )}
            >
              {t(SHOW_SIDE[side])}
            </Link>
          </li>
        ))}
      </ul>
      {drill.unit === 'partner' ? <p>{t('quality.drill.noPartners')}</p> : null}
      {'topics' in drill ? (
        <ul>
          {drill.topics.map((topic) => (
            <li key={topic}>{trainingTopicLabel(translator, topic)}</li>
          ))}
        </ul>
      ) : null}
      {'resourceKinds' in drill && drill.resourceKinds ? (
        <ResourceKindDrill kinds={drill.resourceKinds} />
      ) : null}
      {drill.records.length === 0 ? null : (
        <TableScroll labelledBy="drill-caption">
          <table>
            <caption id="drill-caption" className="visually-hidden">
              {criterionId} · {t(`quality.drill.title.${drill.side}`)}
            </caption>
            {isClosureDrillUnit(drill.unit) ? (
              <ClosureDrillRows
                unit={drill.unit}
                records={drill.records}
                organisationId={organisationId}
                programmeId={programme.id}
              />
            ) : isGuidanceDrillUnit(drill.unit) ? (
              <GuidanceDrillRows
                unit={drill.unit}
                records={drill.records}
                organisationId={organisationId}
                programmeId={programme.id}
              />
            ) : drill.unit === 'match' ? (
              <>
                <thead>
                  <tr>
                    <th scope="col">{t('duoQuality.mentor')}</th>
                    <th scope="col">{t('duoQuality.mentee')}</th>
                    <th scope="col">{t('duoQuality.score')}</th>
                    <th scope="col">{t('duoQuality.scoreParts')}</th>
                    <th scope="col">{t('duoQuality.decidedBy')}</th>
                    <th scope="col">{t('quality.drill.decidedAt')}</th>
                    <th scope="col">{t('duoQuality.startDate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {drill.records.map((r) =>
                    r.kind === 'match' ? (
                      <tr key={r.id}>
                        <th scope="row">
                          {applicationLink(r.mentor.applicationId, r.mentor.name)}
                        </th>
                        <td>{applicationLink(r.mentee.applicationId, r.mentee.name)}</td>
                        <td>
                          {r.score === null ? (
                            <span className="muted">{t('quality.drill.none')}</span>
                          ) : (
                            translator.formatPercent(r.score)
                          )}
                        </td>
                        <td>{translator.formatNumber(r.scoreParts)}</td>
                        <td>
                          {r.decidedBy}
                          {r.selfDecided ? ` (${t('duoQuality.selfDecided')})` : null}
                        </td>
                        <td>{date(r.decidedAt)}</td>
                        <td>{date(r.startDate)}</td>
                      </tr>
                    ) : null,
                  )}
                </tbody>
              </>
            ) : drill.unit === 'duo' ? (
              <>
                <thead>
                  <tr>
                    <th scope="col">{t('duoQuality.mentor')}</th>
                    <th scope="col">{t('duoQuality.mentee')}</th>
                    <th scope="col">{t('duoQuality.startDate')}</th>
                    {focus === 'first_meeting' ? (
                      <>
                        <th scope="col">{t('duoQuality.firstMeetingOn')}</th>
                        <th scope="col">{t('duoQuality.locationKind')}</th>
                        <th scope="col">{t('duoQuality.staffPresent')}</th>
                      </>
                    ) : null}
                    {focus === 'validation' ? (
                      <>
                        <th scope="col">{t('duoQuality.mentorValidation')}</th>
                        <th scope="col">{t('duoQuality.menteeValidation')}</th>
                      </>
                    ) : null}
                    {focus === 'agreement' ? (
                      <>
                        <th scope="col">{t('duoQuality.agreementVersion')}</th>
                        <th scope="col">{t('duoQuality.mentorAcceptedAt')}</th>
                        <th scope="col">{t('duoQuality.menteeAcceptedAt')}</th>
                      </>
                    ) : null}
                    {focus === 'coach_follow_up' ? (
                      <>
                        <th scope="col">{t('coach.drill.referenceDay')}</th>
                        <th scope="col">{t('coach.drill.coach')}</th>
                        <th scope="col">{t('coach.drill.lastCheckIn')}</th>
                      </>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {drill.records.map((r) =>
                    r.kind === 'duo' ? (
                      <tr key={r.id}>
                        <th scope="row">
                          {applicationLink(r.mentor.applicationId, r.mentor.name)}
                        </th>
                        <td>{applicationLink(r.mentee.applicationId, r.mentee.name)}</td>
                        <td>{date(r.startDate)}</td>
                        {focus === 'first_meeting' ? (
                          <>
                            <td>{date(r.firstMeeting?.on ?? null)}</td>
                            <td>
                              {r.firstMeeting
                                ? t(`duoQuality.locationKind.${r.firstMeeting.locationKind}`)
                                : null}
                            </td>
                            <td>{r.firstMeeting?.staffPresent ?? t('quality.drill.none')}</td>
                          </>
                        ) : null}
                        {focus === 'validation'
                          ? [r.validation.mentor, r.validation.mentee].map((v, i) => (
                              <td key={i === 0 ? 'mentor' : 'mentee'}>
                                {v === null ? (
                                  <span className="muted">{t('quality.drill.none')}</span>
                                ) : (
                                  <>
                                    {t(`duoQuality.answer.${v.answer}`)} · {date(v.at)}
                                  </>
                                )}
                              </td>
                            ))
                          : null}
                        {focus === 'agreement' ? (
                          <>
                            <td>
                              {r.agreement === null
                                ? t('quality.drill.none')
                                : translator.formatNumber(r.agreement.version)}
                            </td>
                            <td>{date(r.agreement?.mentorAcceptedAt ?? null)}</td>
                            <td>{date(r.agreement?.menteeAcceptedAt ?? null)}</td>
                          </>
                        ) : null}
                        {focus === 'coach_follow_up' ? (
                          <>
                            <td>{date(r.coachFollowUp.referenceDay)}</td>
                            <td>{r.coachFollowUp.coach ?? t('quality.drill.none')}</td>
                            <td>{date(r.coachFollowUp.lastCheckInOn)}</td>
                          </>
                        ) : null}
                      </tr>
                    ) : null,
                  )}
                </tbody>
              </>
            ) : drill.unit === 'channel' ? (
              <>
                <thead>
                  <tr>
                    <th scope="col">{t('quality.drill.channel')}</th>
                    <th scope="col">{t('quality.drill.channelKind')}</th>
                    <th scope="col">{t('quality.drill.applications')}</th>
                  </tr>
                </thead>
                <tbody>
                  {drill.records.map((r) =>
                    r.kind === 'channel' ? (
                      <tr key={r.id}>
                        <th scope="row">{r.name}</th>
                        <td>{channelKindLabel(r.channelKind)}</td>
                        <td>{translator.formatNumber(r.applications)}</td>
                      </tr>
                    ) : null,
                  )}
                </tbody>
              </>
            ) : (
              <>
                <thead>
                  <tr>
                    <th scope="col">{t('quality.drill.name')}</th>
                    <th scope="col">{t('quality.drill.role')}</th>
                    <th scope="col">{t('quality.drill.submittedAt')}</th>
                    {drill.unit === 'application' ? (
                      <>
                        <th scope="col">{t('quality.drill.infoSessionAt')}</th>
                        <th scope="col">{t('quality.drill.interviewAt')}</th>
                      </>
                    ) : null}
                    <th scope="col">{t('quality.drill.outcome')}</th>
                    <th scope="col">{t('quality.drill.decidedAt')}</th>
                    {drill.unit === 'decision' ? (
                      <th scope="col">{t('quality.drill.messageSentAt')}</th>
                    ) : null}
                    <th scope="col">{t('quality.drill.channel')}</th>
                  </tr>
                </thead>
                <tbody>
                  {drill.records.map((r) =>
                    r.kind !== 'application' && r.kind !== 'decision' ? null : (
                      <tr key={r.id}>
                        <th scope="row">{applicationLink(r.applicationId, r.name)}</th>
                        <td>{t(`value.role.${r.role}`)}</td>
                        <td>{date(r.dates.submittedAt)}</td>
                        {drill.unit === 'application' ? (
                          <>
                            <td>{date(r.dates.infoSessionAt)}</td>
                            <td>{date(r.dates.interviewAt)}</td>
                          </>
                        ) : null}
                        <td>
                          {r.outcome
                            ? t(`value.outcome.${r.outcome}`)
                            : t('quality.drill.undecided')}
                        </td>
                        <td>{date(r.dates.decidedAt)}</td>
                        {drill.unit === 'decision' ? <td>{date(r.dates.messageSentAt)}</td> : null}
                        <td>{r.channel}</td>
                      </tr>
                    ),
                  )}
                </tbody>
              </>
            )}
          </table>
        </TableScroll>
      )}
    </>
  );
}
