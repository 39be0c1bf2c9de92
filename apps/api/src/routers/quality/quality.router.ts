import {
  brusselsDate,
  CRITERIA_WITH_WORKFLOW,
  type IndicatorValue,
  lastQuarters,
  type MeasureKey,
  type OrganisationIndicatorValue,
  type WorkflowCriterionId,
} from '@tandem/domain';
import { createTranslator } from '@tandem/i18n';
import { AppError } from '../../errors.ts';
import {
  computeOrganisationIndicators,
  computeOrganisationOutcomes,
  organisationProgrammes,
} from '../../indicators/organisation-indicators.ts';
import { computeOutcomeFigures } from '../../indicators/outcomes.sql.ts';
import {
  CRITERION_INDICATORS,
  computeIndicators,
  computeIndicatorsByPeriod,
} from '../../indicators/registry.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import {
  DrillDownInput,
  IndicatorsInput,
  OutcomesInput,
  ReportInput,
  SHOWN_STATUSES,
  TrendsInput,
} from './quality.schema.ts';
import { criteriaOf } from './quality-criteria.ts';
import { programmeReport, reportFileName } from './quality-report.ts';
import { qualityReportCsv } from './report-csv.ts';
import { qualityReportPdf } from './report-pdf.ts';

type Computed = { readonly [K in WorkflowCriterionId]: IndicatorValue };

/** A programme's headline per criterion, without record IDs: what shows who holds a criterion back. */
function headlines(values: Computed) {
  return Object.fromEntries(
    CRITERIA_WITH_WORKFLOW.map((id) => {
      const { status, value, numerator, denominator, measures } = values[id];
      return [id, { status, value, numerator, denominator, unit: measures[0]?.unit ?? 'share' }];
    }),
  );
}

/**
 * A programme's or, without one, the organisation's quality criteria over a period, computed
 * in the database through the criterion registry (the others listed as not computed yet);
 * and, for staff of the organisation, the records behind any number shown.
 */
export const qualityRouter = router({
  indicators: organisationProcedure('quality.read')
    .input(IndicatorsInput)
    .query(async ({ ctx, input }) => {
      const { programmeId, period } = input;
      let criteria: ReturnType<typeof criteriaOf<OrganisationIndicatorValue>>;
      let programmes: { id: string; name: string; criteria: ReturnType<typeof headlines> }[] = [];
      if (programmeId !== undefined) {
        await requireProgramme(ctx.tx, ctx.organisationId, programmeId);
        const computed = await computeIndicators(
          ctx.tx,
          { tenantId: ctx.organisationId, programmeId, period },
          CRITERIA_WITH_WORKFLOW,
        );
        criteria = criteriaOf(computed);
      } else {
        // Staff hold their role for the whole organisation: every programme is theirs to read.
        const listed = await organisationProgrammes(ctx.tx, ctx.organisationId);
        const merged = await computeOrganisationIndicators(
          ctx.tx,
          { tenantId: ctx.organisationId, programmeIds: listed.map((p) => p.id), period },
          CRITERIA_WITH_WORKFLOW,
        );
        criteria = merged.organisation ? criteriaOf(merged.organisation) : [];
        programmes = listed.map((programme, index) => ({
          ...programme,
          criteria: headlines(merged.programmes[index]?.values as Computed),
        }));
      }
      const counts = Object.fromEntries(
        SHOWN_STATUSES.map((status) => [
          status,
          criteria.filter((c) => c.status === status).length,
        ]),
      ) as Record<(typeof SHOWN_STATUSES)[number], number>;
      return {
        programmeId: programmeId ?? null,
        period,
        counts,
        criteria: input.status ? criteria.filter((c) => c.status === input.status) : criteria,
        /** Per computed criterion, the measures whose records a drill-down can list. */
        drillable: Object.fromEntries(
          CRITERIA_WITH_WORKFLOW.map((id) => [id, Object.keys(CRITERION_INDICATORS[id].records)]),
        ) as Record<string, MeasureKey[]>,
        /** For the organisation: its programmes, each criterion's headline there. */
        programmes,
      };
    }),

  /** The goal the criteria serve, beside them: no target and no status, only counts. */
  outcomes: organisationProcedure('quality.read')
    .input(OutcomesInput)
    .query(async ({ ctx, input }) => {
      const { programmeId, period } = input;
      if (programmeId === undefined) {
        const listed = await organisationProgrammes(ctx.tx, ctx.organisationId);
        return computeOrganisationOutcomes(ctx.tx, {
          tenantId: ctx.organisationId,
          programmeIds: listed.map((p) => p.id),
          period,
        });
      }
      await requireProgramme(ctx.tx, ctx.organisationId, programmeId);
      return computeOutcomeFigures(ctx.tx, { tenantId: ctx.organisationId, programmeId, period });
    }),

  /** The criteria and outcome figures as a PDF report, made on the server. */
  reportPdf: organisationProcedure('quality.read')
    .input(ReportInput)
    .query(async ({ ctx, input }) => {
      const report = await programmeReport(ctx.tx, {
        tenantId: ctx.organisationId,
        programmeId: input.programmeId,
        period: input.period,
        generatedAt: new Date(),
      });
      const pdf = await qualityReportPdf(report, input.locale);
      return {
        filename: reportFileName(createTranslator(input.locale), report, 'pdf'),
        base64: pdf.toString('base64'),
      };
    }),

  /** The same as a CSV file for Excel. */
  reportCsv: organisationProcedure('quality.read')
    .input(ReportInput)
    .query(async ({ ctx, input }) => {
      const report = await programmeReport(ctx.tx, {
        tenantId: ctx.organisationId,
        programmeId: input.programmeId,
        period: input.period,
        generatedAt: new Date(),
      });
      return {
        filename: reportFileName(createTranslator(input.locale), report, 'csv'),
        csv: qualityReportCsv(report, input.locale),
      };
    }),

  /**
   * Each criterion's headline measure by quarter over the last two years, the current quarter
   * so far: every family answers the eight quarters in one query.
   */
  trends: organisationProcedure('quality.read')
    .input(TrendsInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const quarters = lastQuarters(brusselsDate(new Date().toISOString()));
      const criterionIds = input.criterionIds ?? CRITERIA_WITH_WORKFLOW;
      const byQuarter = await computeIndicatorsByPeriod(
        ctx.tx,
        { tenantId: ctx.organisationId, programmeId: input.programmeId, periods: quarters },
        criterionIds,
      );
      return {
        programmeId: input.programmeId,
        quarters,
        criteria: criterionIds.map((criterionId) => {
          // The headline is the same measure in every quarter: a criterion's first.
          const headline = byQuarter[0]?.[criterionId].measures[0];
          return {
            criterionId,
            measure: headline?.key ?? null,
            unit: headline?.unit ?? null,
            points: byQuarter.map((values) => {
              const { status, measures } = values[criterionId];
              const measure = measures[0];
              return {
                status,
                value: measure?.value ?? null,
                numerator: measure?.numerator ?? 0,
                denominator: measure?.denominator ?? 0,
                target: measure?.target ?? null,
              };
            }),
          };
        }),
      };
    }),

  drillDown: organisationProcedure('quality.read')
    .input(DrillDownInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const scope = {
        tenantId: ctx.organisationId,
        programmeId: input.programmeId,
        period: input.period,
      };
      const { [input.criterionId]: value } = await computeIndicators(ctx.tx, scope, [
        input.criterionId,
      ]);
      const measure = input.measure
        ? value.measures.find((m) => m.key === input.measure)
        : value.measures[0];
      const lister = measure && CRITERION_INDICATORS[input.criterionId].records[measure.key];
      if (!measure || !lister) throw new AppError('not_found');
      if (input.side === 'missing' && measure.unit !== 'share') throw new AppError('not_found');
      let ids: readonly string[];
      if (input.side === 'missing') {
        const counted = new Set(measure.numeratorIds);
        ids = measure.denominatorIds.filter((id) => !counted.has(id));
      } else {
        ids = input.side === 'numerator' ? measure.numeratorIds : measure.denominatorIds;
      }
      // The missing records are denominator records: its lister shows them.
      const side = lister[input.side === 'missing' ? 'denominator' : input.side];
      const listed = await side.list(ctx.tx, { scope, measure, ids });
      return {
        criterionId: input.criterionId,
        status: value.status,
        measure: measure.key,
        measureUnit: measure.unit,
        side: input.side,
        unit: side.unit,
        count: ids.length,
        ...listed,
      };
    }),
});
