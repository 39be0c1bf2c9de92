import { organisations, type Transaction } from '@tandem/db';
import {
  addDays,
  type CriterionStatus,
  type OutcomeIndicators,
  type OutcomeMeasure,
  type Period,
} from '@tandem/domain';
import type { Translator } from '@tandem/i18n';
import { eq } from 'drizzle-orm';
import { computeOutcomeFigures } from '../../indicators/outcomes.sql.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { type ShownCriterion, shownCriteria } from './quality-criteria.ts';

/**
 * What the PDF report and the CSV export say: the criteria and the outcome figures over a
 * period, with whose they are. Made from already computed criteria so the same report can
 * cover one programme or, with `programmeName` null, the whole organisation.
 */
export interface QualityReport {
  readonly organisationName: string;
  readonly programmeName: string | null;
  /** Start inclusive, end exclusive, as every period in the domain. */
  readonly period: Period;
  readonly generatedAt: Date;
  readonly criteria: readonly ShownCriterion[];
  readonly outcomes: OutcomeIndicators;
}

export async function programmeReport(
  tx: Transaction,
  input: { tenantId: string; programmeId: string; period: Period; generatedAt: Date },
): Promise<QualityReport> {
  const programme = await requireProgramme(tx, input.tenantId, input.programmeId);
  const scope = { tenantId: input.tenantId, programmeId: programme.id, period: input.period };
  const [[organisation], criteria, outcomes] = await Promise.all([
    tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, input.tenantId)),
    shownCriteria(tx, scope),
    computeOutcomeFigures(tx, scope),
  ]);
  return {
    organisationName: organisation?.name ?? '',
    programmeName: programme.name,
    period: input.period,
    generatedAt: input.generatedAt,
    criteria,
    outcomes,
  };
}

/** The outcome figures in the order the dashboard shows them. */
export const outcomeMeasures = (outcomes: OutcomeIndicators): OutcomeMeasure[] => [
  outcomes.workOrTrainingAtEnd,
  outcomes.workOrTrainingAtFollowUp,
  outcomes.confidenceChange,
];

export const OUTCOME_LABELS = {
  work_or_training_at_end: 'outcome.quality.workAtEnd',
  work_or_training_at_follow_up: 'outcome.quality.workAtFollowUp',
  confidence_change: 'outcome.quality.confidenceChange',
} as const;

export function statusText(tr: Translator, status: CriterionStatus | 'not_computed'): string {
  return status === 'not_computed'
    ? tr.t('quality.status.not_computed')
    : tr.t(`indicator.status.${status}`);
}

/** The period as people read it: up to and including its last day. */
export function periodText(tr: Translator, period: Period): string {
  return tr.t('quality.period.showing', {
    start: tr.formatDate(period.start),
    end: tr.formatDate(addDays(period.end, -1)),
  });
}

/** The heading lines of both files: whose criteria, over which period, made when. */
export function reportHeading(tr: Translator, report: QualityReport): [string, string][] {
  return [
    [tr.t('quality.report.organisation'), report.organisationName],
    ...(report.programmeName === null
      ? []
      : [[tr.t('quality.report.programme'), report.programmeName] as [string, string]]),
    [tr.t('quality.report.period'), periodText(tr, report.period)],
    [tr.t('quality.report.generatedAt'), tr.formatDate(report.generatedAt, 'dateTime')],
  ];
}

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** e.g. `qualite-de-brug-mentoring-naar-werk-2026-01-01-2026-03-31.pdf`: whose, which days. */
export function reportFileName(tr: Translator, report: QualityReport, extension: string): string {
  const names = [report.organisationName, report.programmeName ?? ''].map(slug).filter(Boolean);
  const days = [report.period.start, addDays(report.period.end, -1)];
  return `${[tr.t('quality.report.fileName'), ...names, ...days].join('-')}.${extension}`;
}
