import {
  CRITERIA_WITH_WORKFLOW,
  CRITERION_IDS,
  hasWorkflow,
  type MeasureKey,
} from '@tandem/domain';
import { AppError } from '../../errors.ts';
import { CRITERION_INDICATORS, computeIndicators } from '../../indicators/registry.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { DrillDownInput, IndicatorsInput } from './quality.schema.ts';

/**
 * A programme's quality criteria over a period, computed in the database through the
 * criterion registry (the others listed as not computed yet); and, for staff of the
 * organisation, the records behind any number shown.
 */
export const qualityRouter = router({
  indicators: organisationProcedure('quality.read')
    .input(IndicatorsInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const computed = await computeIndicators(
        ctx.tx,
        { tenantId: ctx.organisationId, programmeId: input.programmeId, period: input.period },
        CRITERIA_WITH_WORKFLOW,
      );
      return {
        programmeId: input.programmeId,
        period: input.period,
        criteria: CRITERION_IDS.map((criterionId) =>
          hasWorkflow(criterionId)
            ? { computed: true as const, ...computed[criterionId] }
            : { computed: false as const, criterionId, status: 'not_computed' as const },
        ),
        /** Per computed criterion, the measures whose records a drill-down can list. */
        drillable: Object.fromEntries(
          CRITERIA_WITH_WORKFLOW.map((id) => [id, Object.keys(CRITERION_INDICATORS[id].records)]),
        ) as Record<string, MeasureKey[]>,
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
      const ids = input.side === 'numerator' ? measure.numeratorIds : measure.denominatorIds;
      const { unit } = lister[input.side];
      const listed = await lister[input.side].list(ctx.tx, { scope, measure, ids });
      return {
        criterionId: input.criterionId,
        status: value.status,
        measure: measure.key,
        side: input.side,
        unit,
        count: ids.length,
        ...listed,
      };
    }),
});
