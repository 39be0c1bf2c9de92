import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import {
  areaOf,
  CRITERIA_WITH_WORKFLOW,
  CRITERION_AREAS,
  type CriterionId,
  type MeasureTarget,
  type MeasureUnit,
  type WorkflowCriterionId,
} from '@tandem/domain';
import { TableScroll, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { CriterionStatusBadge } from '../components/criterion-status.tsx';
import { LazyTrendChart } from '../components/trend-chart-lazy.tsx';
import { requireMembership } from '../lib/membership.server.ts';
import { title } from '../lib/meta.ts';
import { programmePath, qualityPath, qualityTrendPath } from '../lib/paths.ts';
import { areaTitle, criterionTitle, formatMeasureValue, targetText } from '../lib/quality.ts';
import { quarterLabel, quarterRowLabel, trendSummary } from '../lib/quality-trends.ts';

export const meta: MetaFunction = (args) => title(args, 'trends.title');

const isWorkflowCriterion = (value: string | null): value is WorkflowCriterionId =>
  (CRITERIA_WITH_WORKFLOW as readonly (string | null)[]).includes(value);

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, membership } = await requireMembership(request, context, params.organisationId);
  const organisationId = membership.organisationId;
  const programmeId = params.programmeId ?? '';
  // An unknown criterion in the address shows them all rather than an error page.
  const asked = new URL(request.url).searchParams.get('criterion');
  const focus = isWorkflowCriterion(asked) ? asked : null;
  const [programme, trends] = await Promise.all([
    viewer.api.programme.get.query({ organisationId, programmeId }).catch(rethrowAsRouteError),
    viewer.api.quality.trends
      .query({ organisationId, programmeId, criterionIds: focus ? [focus] : undefined })
      .catch(rethrowAsRouteError),
  ]);
  return {
    organisationId,
    programme: { id: programme.id, name: programme.name },
    focus,
    quarters: trends.quarters,
    criteria: trends.criteria,
  };
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;
type Trend = Data['criteria'][number];

function CriterionTrend({
  trend,
  quarters,
  large,
  trendHref,
}: {
  trend: Trend;
  quarters: Data['quarters'];
  large: boolean;
  trendHref: string | null;
}) {
  const translator = useTranslator();
  const { t } = translator;
  const id = trend.criterionId as CriterionId;
  const name = `${id} ${criterionTitle(translator, id)}`;
  const unit = (trend.unit ?? 'count') as MeasureUnit;
  const target = (trend.points[trend.points.length - 1]?.target ?? null) as MeasureTarget | null;
  const percent = unit === 'share';
  const scale = (value: number | null) =>
    value === null ? null : percent ? Math.round(value * 1000) / 10 : value;
  const headingId = `trend-${id}`;
  const captionId = `trend-${id}-table`;
  const table = (
    <TableScroll labelledBy={captionId}>
      <table>
        <caption id={captionId}>{t('trends.table.caption', { criterion: name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trends.table.quarter')}</th>
            <th scope="col">{t('trends.table.value')}</th>
            <th scope="col">{t('trends.table.basis')}</th>
            <th scope="col">{t('trends.table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {trend.points.map((point, index) => {
            const quarter = quarters[index];
            if (!quarter) return null;
            return (
              <tr key={quarter.start}>
                <th scope="row">{quarterRowLabel(translator, quarter)}</th>
                <td>{formatMeasureValue(translator, unit, point.value)}</td>
                <td>
                  {translator.formatNumber(point.numerator)} /{' '}
                  {translator.formatNumber(point.denominator)}
                </td>
                <td>
                  <CriterionStatusBadge status={point.status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
  const Heading = large ? 'h2' : 'h3';
  return (
    <li className="trend">
      <Heading id={headingId}>{name}</Heading>
      {trend.measure && trend.measure !== 'share' ? (
        <p className="muted">
          {t('trends.showing', { measure: t(`indicator.measure.${trend.measure}`) })}
        </p>
      ) : null}
      <p className="trend__summary">{trendSummary(translator, quarters, unit, trend.points)}</p>
      <LazyTrendChart
        points={trend.points.map((point, index) => {
          const quarter = quarters[index];
          return {
            label: quarter ? quarterLabel(translator, quarter) : '',
            value: scale(point.value),
          };
        })}
        target={target ? scale(target.target) : null}
        targetLabel={t('trends.target')}
        percent={percent}
        large={large}
      />
      <p className="muted">{targetText(translator, target)}</p>
      {large ? (
        table
      ) : (
        <details>
          <summary>{t('trends.table.show')}</summary>
          {table}
        </details>
      )}
      {trendHref ? (
        <p>
          <Link to={trendHref}>
            {t('trends.link')}
            <span className="visually-hidden"> ({t('trends.linkFor', { criterion: id })})</span>
          </Link>
        </p>
      ) : null}
    </li>
  );
}

export default function QualityTrends() {
  const { organisationId, programme, focus, quarters, criteria } = useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  const allHref = qualityTrendPath(organisationId, programme.id);
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmePath(organisationId, programme.id)}>{programme.name}</Link>
        {' › '}
        <Link to={qualityPath(organisationId, programme.id)}>{t('quality.title')}</Link>
        {focus ? (
          <>
            {' › '}
            <Link to={allHref}>{t('trends.title')}</Link>
          </>
        ) : null}
      </p>
      <h1>{t('trends.title')}</h1>
      <p>{t('trends.intro')}</p>
      {focus ? (
        <>
          <ul className="trend-list trend-list--focus">
            {criteria.map((trend) => (
              <CriterionTrend
                key={trend.criterionId}
                trend={trend}
                quarters={quarters}
                large
                trendHref={null}
              />
            ))}
          </ul>
          <p>
            <Link to={allHref}>{t('trends.all')}</Link>
          </p>
        </>
      ) : (
        CRITERION_AREAS.map((area) => {
          const inArea = criteria.filter((c) => areaOf(c.criterionId as CriterionId) === area);
          if (inArea.length === 0) return null;
          return (
            <section key={area} className="area" aria-labelledby={`area-${area}`}>
              <h2 id={`area-${area}`}>
                {area}. {areaTitle(translator, area)}
              </h2>
              <ul className="trend-list">
                {inArea.map((trend) => (
                  <CriterionTrend
                    key={trend.criterionId}
                    trend={trend}
                    quarters={quarters}
                    large={false}
                    trendHref={qualityTrendPath(organisationId, programme.id, trend.criterionId)}
                  />
                ))}
              </ul>
            </section>
          );
        })
      )}
      <p>
        <Link to={qualityPath(organisationId, programme.id)}>{t('trends.back')}</Link>
      </p>
    </>
  );
}
