import { programmes, type Transaction } from '@tandem/db';
import {
  DEFAULT_TARGETS,
  type IndicatorTargets,
  type IndicatorValue,
  type OrganisationIndicatorValue,
  type OutcomeIndicators,
  organisationIndicator,
  organisationOutcomes,
  type Period,
  type WorkflowCriterionId,
} from '@tandem/domain';
import { asc, eq } from 'drizzle-orm';
import { computeOutcomeFigures } from './outcomes.sql.ts';
import { computeIndicators } from './registry.ts';

/** The programmes an organisation's figures are made of, by name. */
export async function organisationProgrammes(tx: Transaction, tenantId: string) {
  return tx
    .select({ id: programmes.id, name: programmes.name })
    .from(programmes)
    .where(eq(programmes.tenantId, tenantId))
    .orderBy(asc(programmes.name), asc(programmes.id));
}

export interface ProgrammeIndicators<C extends WorkflowCriterionId> {
  readonly programmeId: string;
  readonly values: { readonly [K in C]: IndicatorValue };
}

/**
 * The organisation's indicators over the given programmes (ADR 0018): each programme
 * computed through the registry, then merged measure by measure. `programmes` keeps the
 * programmes' own values, so a page can show which one holds a criterion back. No
 * programmes: no organisation values.
 */
export async function computeOrganisationIndicators<C extends WorkflowCriterionId>(
  tx: Transaction,
  scope: {
    readonly tenantId: string;
    readonly programmeIds: readonly string[];
    readonly period: Period;
  },
  criterionIds: readonly C[],
  targets: IndicatorTargets = DEFAULT_TARGETS,
): Promise<{
  readonly organisation: { readonly [K in C]: OrganisationIndicatorValue } | null;
  readonly programmes: readonly ProgrammeIndicators<C>[];
}> {
  const perProgramme: ProgrammeIndicators<C>[] = [];
  for (const programmeId of scope.programmeIds) {
    const values = await computeIndicators(
      tx,
      { tenantId: scope.tenantId, programmeId, period: scope.period },
      criterionIds,
      targets,
    );
    perProgramme.push({ programmeId, values });
  }
  if (perProgramme.length === 0) return { organisation: null, programmes: [] };
  const organisation = Object.fromEntries(
    criterionIds.map((id) => [
      id,
      organisationIndicator(
        perProgramme.map((p) => p.values[id]) as [IndicatorValue, ...IndicatorValue[]],
      ),
    ]),
  ) as { readonly [K in C]: OrganisationIndicatorValue };
  return { organisation, programmes: perProgramme };
}

/** The organisation's outcomes over the given programmes, pooled by duo. */
export async function computeOrganisationOutcomes(
  tx: Transaction,
  scope: {
    readonly tenantId: string;
    readonly programmeIds: readonly string[];
    readonly period: Period;
  },
): Promise<OutcomeIndicators> {
  const figures: OutcomeIndicators[] = [];
  for (const programmeId of scope.programmeIds) {
    figures.push(
      await computeOutcomeFigures(tx, {
        tenantId: scope.tenantId,
        programmeId,
        period: scope.period,
      }),
    );
  }
  return organisationOutcomes(figures);
}
