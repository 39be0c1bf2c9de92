import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import {
  areaOf,
  brusselsDate,
  CRITERION_AREAS,
  type CriterionId,
  type MeasureTarget,
  type MeasureUnit,
} from '@tandem/domain';
import type { Translator } from '@tandem/i18n';
import { TextField, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import type { ReactNode } from 'react';
import { CriterionStatusBadge, type ShownStatus } from '../components/criterion-status.tsx';
import { QualityExport } from '../components/quality-export.tsx';
import { QualityOutcomes } from '../components/quality-outcomes.tsx';
import { requireMembership } from '../lib/membership.server.ts';
import { title } from '../lib/meta.ts';
import {
  programmePath,
  qualityDrillDownPath,
  qualityPath,
  qualityTrendPath,
} from '../lib/paths.ts';
import {
  apiPeriod,
  areaTitle,
  criterionText,
  criterionTitle,
  formatMeasureValue,
  lastTwelveMonths,
  lastYear,
  periodQuery,
  readPeriod,
  type ShownPeriod,
  targetText,
  thisYearSoFar,
} from '../lib/quality.ts';

export const meta: MetaFunction = (args) => title(args, 'quality.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, membership } = await requireMembership(request, context, params.organisationId);
  const organisationId = membership.organisationId;
  const programmeId = params.programmeId ?? '';
  const today = brusselsDate(new Date().toISOString());
  const { period, invalid } = readPeriod(new URL(request.url), today);
  const [programme, indicators, outcomes] = await Promise.all([
    viewer.api.programme.get.query({ organisationId, programmeId }).catch(rethrowAsRouteError),
    viewer.api.quality.indicators
      .query({ organisationId, programmeId, period: apiPeriod(period) })
      .catch(rethrowAsRouteError),
    viewer.api.quality.outcomes
      .query({ organisationId, programmeId, period: apiPeriod(period) })
      .catch(rethrowAsRouteError),
  ]);
  return {
    organisationId,
    programme: { id: programme.id, name: programme.name },
    period,
    invalid,
    quick: {
      thisYear: thisYearSoFar(today),
      lastYear: lastYear(today),
      last12Months: lastTwelveMonths(today),
    },
    criteria: indicators.criteria,
    drillable: indicators.drillable,
    outcomes,
  };
}

type Criteria = ReturnType<typeof useLoaderData<typeof loader>>['criteria'];
type Criterion = Criteria[number];
type ComputedCriterion = Extract<Criterion, { computed: true }>;
type ShownMeasure = ComputedCriterion['measures'][number];
type DrillHref = (side: 'numerator' | 'denominator', measure: string) => string;

/** Puts React nodes where a message has `{name}` placeholders. */
function withNodes(template: string, nodes: Record<string, ReactNode>): ReactNode[] {
  return template.split(/\{(\w+)\}/).map((part, index) =>
    // Odd parts are the placeholders' names.
    index % 2 === 1 ? <span key={part}>{nodes[part] ?? `{${part}}`}</span> : part,
  );
}

function Fraction({
  measure,
  criterionId,
  href,
}: {
  measure: ShownMeasure;
  criterionId: CriterionId;
  href: DrillHref | null;
}) {
  const translator = useTranslator();
  const { t } = translator;
  const measureName = t(`indicator.measure.${measure.key}`);
  const link = (side: 'numerator' | 'denominator', count: number) => {
    const hint = t(side === 'numerator' ? 'quality.numeratorHint' : 'quality.denominatorHint', {
      criterion: criterionId,
      measure: measureName,
    });
    if (!href) return translator.formatNumber(count);
    return (
      <Link to={href(side, measure.key)}>
        {translator.formatNumber(count)}
        <span className="visually-hidden"> ({hint})</span>
      </Link>
    );
  };
  return (
    <>
      {withNodes(
        // `count` only chooses the plural form; the two numbers go in as links.
        measure.unit === 'share'
          ? t('quality.fraction')
          : t('quality.countFraction', { count: measure.denominator }),
        {
          numerator: link('numerator', measure.numerator),
          denominator: link('denominator', measure.denominator),
        },
      )}
    </>
  );
}

function ComputedFigures({
  criterion,
  href,
  drillable,
}: {
  criterion: ComputedCriterion;
  href: DrillHref;
  /** The measures whose records the API lists. */
  drillable: readonly string[];
}) {
  const translator = useTranslator();
  const { t } = translator;
  const hrefFor = (measure: ShownMeasure) => (drillable.includes(measure.key) ? href : null);
  const [headline, ...others] = criterion.measures;
  if (!headline) return null;
  return (
    <>
      <dl className="criterion__figures">
        <div>
          <dt>{t('quality.statusLabel')}</dt>
          <dd>
            <CriterionStatusBadge status={criterion.status} />
          </dd>
        </div>
        <div>
          <dt>{t('quality.resultLabel')}</dt>
          <dd>
            {formatMeasureValue(translator, headline.unit as MeasureUnit, headline.value)}
            {criterion.measures.length > 1 ? (
              <span className="muted"> · {t(`indicator.measure.${headline.key}`)}</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('quality.basisLabel')}</dt>
          <dd>
            <Fraction
              measure={headline}
              criterionId={criterion.criterionId}
              href={hrefFor(headline)}
            />
          </dd>
        </div>
      </dl>
      <p className="muted">{targetText(translator, headline.target as MeasureTarget | null)}</p>
      {others.length > 0 ? (
        <>
          <h4>{t('quality.otherMeasures')}</h4>
          <ul className="measure-list">
            {others.map((measure) => (
              <li key={measure.key}>
                <strong>{t(`indicator.measure.${measure.key}`)}</strong>:{' '}
                {formatMeasureValue(translator, measure.unit as MeasureUnit, measure.value)} (
                <Fraction
                  measure={measure}
                  criterionId={criterion.criterionId}
                  href={hrefFor(measure)}
                />
                )
                {measure.status ? (
                  <>
                    {' '}
                    <CriterionStatusBadge status={measure.status} />
                  </>
                ) : null}
                <br />
                <span className="muted">
                  {targetText(translator, measure.target as MeasureTarget | null)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function CriterionCard({
  criterion,
  href,
  drillable,
}: {
  criterion: Criterion;
  href: (criterionId: CriterionId) => DrillHref;
  drillable: Readonly<Record<string, readonly string[]>>;
}) {
  const translator = useTranslator();
  const { t } = translator;
  const id = criterion.criterionId as CriterionId;
  const headingId = `criterion-${id}`;
  return (
    <li className={`criterion criterion--${criterion.status}`}>
      <h3 id={headingId}>
        <span className="criterion__id">{id}</span> {criterionTitle(translator, id)}
      </h3>
      {criterion.computed ? (
        <ComputedFigures criterion={criterion} href={href(id)} drillable={drillable[id] ?? []} />
      ) : (
        <>
          <dl className="criterion__figures">
            <div>
              <dt>{t('quality.statusLabel')}</dt>
              <dd>
                <CriterionStatusBadge status="not_computed" />
              </dd>
            </div>
          </dl>
          <p className="muted">{t('quality.notComputed')}</p>
        </>
      )}
      <details>
        <summary>{t('quality.about')}</summary>
        <p>{criterionText(translator, id)}</p>
      </details>
    </li>
  );
}

const SUMMARY_ORDER: readonly ShownStatus[] = [
  'met',
  'partly',
  'not_met',
  'no_data',
  'not_computed',
];

function Summary({ criteria }: { criteria: Criteria }) {
  const { t } = useTranslator();
  const counts = new Map<ShownStatus, number>();
  for (const c of criteria) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  return (
    <section className="panel" aria-labelledby="quality-summary-title">
      <h2 id="quality-summary-title">{t('quality.summary.title')}</h2>
      <ul className="quality-summary">
        {SUMMARY_ORDER.filter((status) => counts.has(status)).map((status) => (
          <li key={status}>
            <CriterionStatusBadge status={status} suffix={`: ${counts.get(status)}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function periodText(translator: Translator, period: ShownPeriod): string {
  return translator.t('quality.period.showing', {
    start: translator.formatDate(period.start),
    end: translator.formatDate(period.end),
  });
}

export default function Quality() {
  const { organisationId, programme, period, invalid, quick, criteria, drillable, outcomes } =
    useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  const base = qualityPath(organisationId, programme.id);
  const href = (criterionId: CriterionId) => (side: 'numerator' | 'denominator', measure: string) =>
    qualityDrillDownPath(
      organisationId,
      programme.id,
      criterionId,
      side,
      periodQuery(period, { measure }),
    );
  const quickLinks: { key: string; label: string; period: ShownPeriod }[] = [
    { key: 'thisYear', label: t('quality.period.thisYear'), period: quick.thisYear },
    { key: 'last12Months', label: t('quality.period.last12Months'), period: quick.last12Months },
    {
      key: 'lastYear',
      label: t('quality.period.lastYear', { year: quick.lastYear.start.slice(0, 4) }),
      period: quick.lastYear,
    },
  ];
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmePath(organisationId, programme.id)}>{programme.name}</Link>
      </p>
      <h1>{t('quality.title')}</h1>
      <p>{t('quality.intro')}</p>
      <p>
        <Link to={qualityTrendPath(organisationId, programme.id)}>{t('trends.title')}</Link>
      </p>
      {invalid ? (
        <p className="notice" role="alert">
          {t('quality.period.invalid')}
        </p>
      ) : null}
      <section className="panel" aria-labelledby="period-title">
        <h2 id="period-title">{t('quality.period.legend')}</h2>
        <p>
          <strong>{periodText(translator, period)}</strong>
        </p>
        <Form method="get" action={base} className="filter-form">
          <TextField
            name="start"
            type="date"
            label={t('quality.period.start')}
            defaultValue={period.start}
            required
          />
          <TextField
            name="end"
            type="date"
            label={t('quality.period.end')}
            defaultValue={period.end}
            required
          />
          <div className="actions">
            <button type="submit" className="button">
              {t('quality.period.submit')}
            </button>
          </div>
        </Form>
        <nav aria-label={t('quality.period.quick')}>
          <ul className="period-links">
            {quickLinks.map((link) => {
              const current = link.period.start === period.start && link.period.end === period.end;
              return (
                <li key={link.key}>
                  <Link
                    to={`${base}${periodQuery(link.period)}`}
                    aria-current={current ? 'page' : undefined}
                  >
                    {link.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </section>
      <Summary criteria={criteria} />
      <QualityExport organisationId={organisationId} programmeId={programme.id} period={period} />
      <QualityOutcomes outcomes={outcomes} />
      {CRITERION_AREAS.map((area) => (
        <section key={area} className="area" aria-labelledby={`area-${area}`}>
          <h2 id={`area-${area}`}>
            {area}. {areaTitle(translator, area)}
          </h2>
          <ul className="criterion-list">
            {criteria
              .filter((c) => areaOf(c.criterionId as CriterionId) === area)
              .map((criterion) => (
                <CriterionCard
                  key={criterion.criterionId}
                  criterion={criterion}
                  href={href}
                  drillable={drillable}
                />
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
