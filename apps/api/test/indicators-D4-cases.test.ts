import { randomUUID } from 'node:crypto';
import { programmes, resources, unitOfWork } from '@tandem/db';
import { createTestDatabase } from '@tandem/db/testing';
import { computeIndicator, type ResourceKind } from '@tandem/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { resourceKindLister } from '../src/indicators/records/resource-records.ts';
import { computeIndicators } from '../src/indicators/registry.ts';
import { loadIntakeEvidence } from './evidence-from-db.ts';
import { casesOrganisation } from './indicator-cases.ts';

/**
 * D4's boundary cases in Q1 2026 (end 2026-04-01, exclusive): the review window opens on
 * 2025-04-01, twelve months before the end, and that day counts; a resource withdrawn on the
 * period's last day is gone by its end; one never reviewed does not count; an empty library
 * is 0 of 4, not "no data".
 */
const Q1 = { start: '2026-01-01', end: '2026-04-01' };
const database = await createTestDatabase();
afterAll(() => database.close());

const { tenantId, userId } = await casesOrganisation(database.db, 'D4 cases');
const library = randomUUID();
const empty = randomUUID();
const ids: Record<string, string> = {};

await unitOfWork(database.db, { tenantId, userId }, async (tx) => {
  await tx.insert(programmes).values([
    { tenantId, id: library, name: 'With a library' },
    { tenantId, id: empty, name: 'Without a library' },
  ]);
  const resource = (
    name: string,
    kind: ResourceKind,
    reviewedOn: string | null,
    withdrawnOn: string | null = null,
  ) => {
    ids[name] = randomUUID();
    return {
      tenantId,
      id: ids[name],
      programmeId: library,
      kind,
      title: name,
      url: 'https://example.org/resource',
      audience: 'both' as const,
      reviewedOn,
      withdrawnOn,
      createdBy: userId,
    };
  };
  await tx
    .insert(resources)
    .values([
      resource('reviewed exactly 12 months before the end', 'guidelines', '2025-04-01'),
      resource('withdrawn on the last day', 'coaching_tools', '2026-03-01', '2026-03-31'),
      resource('withdrawn the day after the end', 'coaching_tools', '2026-01-15', '2026-04-01'),
      resource('never reviewed', 'processes', null),
      resource('reviewed a day too early', 'social_map', '2025-03-31'),
      resource('reviewed after the end', 'social_map', '2026-04-01'),
    ]);
});

async function judge(programmeId: string) {
  return unitOfWork(database.db, { tenantId, userId }, async (tx) => {
    const scope = { tenantId, programmeId, period: Q1 };
    const { D4: fromSql } = await computeIndicators(tx, scope, ['D4']);
    const reference = computeIndicator(
      'D4',
      await loadIntakeEvidence(tx, tenantId, programmeId),
      Q1,
    );
    const [measure] = fromSql.measures;
    if (!measure) throw new Error('no measure');
    const drill = await resourceKindLister.list(tx, { scope, measure, ids: measure.numeratorIds });
    return { fromSql, reference, measure, drill };
  });
}

describe('D4 boundary cases', () => {
  it('counts the window’s first day and a resource withdrawn after the end, not one withdrawn on the last day or never reviewed', async () => {
    const { fromSql, reference, measure, drill } = await judge(library);
    expect(fromSql).toEqual(reference);
    expect(measure).toMatchObject({
      key: 'kinds_reviewed',
      numerator: 2,
      denominator: 4,
      numeratorIds: ['coaching_tools', 'guidelines'],
      status: 'partly',
    });
    expect(
      drill.resourceKinds.map((k) => [k.kind, k.resources.map((r) => [r.title, r.reviewedOn])]),
    ).toEqual([
      ['coaching_tools', [['withdrawn the day after the end', '2026-01-15']]],
      ['guidelines', [['reviewed exactly 12 months before the end', '2025-04-01']]],
    ]);
  });

  it('gives an empty library 0 of 4, not met', async () => {
    const { fromSql, reference, measure } = await judge(empty);
    expect(fromSql).toEqual(reference);
    expect(fromSql.status).toBe('not_met');
    expect(measure).toMatchObject({ numerator: 0, denominator: 4, numeratorIds: [] });
  });
});
