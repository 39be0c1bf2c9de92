import { unitOfWork } from '@tandem/db';
import {
  brusselsDate,
  CRITERIA_WITH_WORKFLOW,
  CRITERION_IDS,
  computeIndicator,
  type IndicatorValue,
  MEASURE_MERGE_RULES,
  organisationIndicator,
  organisationOutcomes,
  type ProgrammeEvidence,
} from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import { CRITERION_INDICATORS } from '../src/indicators/registry.ts';
import { loadIntakeEvidence } from './evidence-from-db.ts';
import { type Client, createHarness, withKey } from './harness.ts';

/**
 * The organisation's quality dashboard over HTTP (ADR 0018): all its programmes merged, the
 * status filter, who may see it, and the drill-down to the records that keep a share down.
 */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const org = h.deBrug;

const day = 86_400_000;
const period = {
  start: brusselsDate(new Date(Date.now() - 400 * day).toISOString()),
  end: brusselsDate(new Date(Date.now() + 2 * day).toISOString()),
};
const programmes = await coordinator.programme.list.query({ organisationId: org });
const [lePontProgramme] = await lePontCoordinator.programme.list.query({
  organisationId: h.lePont,
});
if (programmes.length < 2 || !lePontProgramme) throw new Error('demo programmes missing');

const isUuid = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);

type Computed = Record<string, IndicatorValue>;
function computedOf(result: Awaited<ReturnType<Client['quality']['indicators']['query']>>) {
  const values: Computed = {};
  for (const criterion of result.criteria) {
    if (!criterion.computed) continue;
    const { computed: _, ...value } = criterion;
    values[criterion.criterionId] = value;
  }
  return values;
}

const organisation = await coordinator.quality.indicators.query({ organisationId: org, period });

/** Each programme's records together, as if they were one programme. */
function combined(evidences: ProgrammeEvidence[]): ProgrammeEvidence {
  const [first] = evidences as [ProgrammeEvidence];
  const all: Record<string, unknown[]> = {};
  for (const evidence of evidences)
    for (const [key, list] of Object.entries(evidence))
      if (Array.isArray(list)) all[key] = [...(all[key] ?? []), ...list];
  return { ...first, ...all } as unknown as ProgrammeEvidence;
}

describe('quality.indicators for the organisation', () => {
  it('merges every programme’s indicators, measure by measure', async () => {
    const perProgramme = await Promise.all(
      programmes.map(async (p) =>
        computedOf(
          await coordinator.quality.indicators.query({
            organisationId: org,
            programmeId: p.id,
            period,
          }),
        ),
      ),
    );
    const byId = computedOf(organisation);
    expect(organisation.programmeId).toBeNull();
    expect(organisation.criteria.map((c) => c.criterionId)).toEqual([...CRITERION_IDS]);
    for (const id of CRITERIA_WITH_WORKFLOW) {
      const values = perProgramme.map((p) => p[id]) as [IndicatorValue, ...IndicatorValue[]];
      expect(byId[id], id).toEqual(organisationIndicator(values));
    }
    // The programmes beside it, by name, each with its own headline per criterion.
    expect(organisation.programmes.map((p) => p.id)).toEqual(programmes.map((p) => p.id));
    for (const [index, programme] of organisation.programmes.entries()) {
      for (const id of CRITERIA_WITH_WORKFLOW)
        expect(programme.criteria[id], `${programme.name} ${id}`).toMatchObject({
          status: perProgramme[index]?.[id]?.status,
          numerator: perProgramme[index]?.[id]?.numerator,
          denominator: perProgramme[index]?.[id]?.denominator,
        });
    }
  });

  it('equals the reference function over all programmes’ evidence for the records it unites', async () => {
    const evidences = await unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
      Promise.all(programmes.map((p) => loadIntakeEvidence(tx, org, p.id))),
    );
    const all = combined(evidences);
    const byId = computedOf(organisation);
    let compared = 0;
    for (const id of CRITERIA_WITH_WORKFLOW) {
      const reference = computeIndicator(id, all, organisation.period);
      for (const measure of reference.measures) {
        if (MEASURE_MERGE_RULES[measure.key] !== 'union') continue;
        expect(
          byId[id]?.measures.find((m) => m.key === measure.key),
          `${id} ${measure.key}`,
        ).toEqual(measure);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(CRITERIA_WITH_WORKFLOW.length - 2);
  });

  it('holds D1 to the weakest programme’s planned duration (the summer track plans four months)', () => {
    const d1 = computedOf(organisation).D1;
    expect(d1?.status).toBe('not_met');
    expect(d1?.measures[1]).toMatchObject({
      key: 'planned_duration',
      value: 4,
      status: 'not_met',
      range: { low: 4, high: 6 },
    });
  });

  it('counts another organisation’s records never, and shows its programmes to no one else', async () => {
    const lePont = await lePontCoordinator.quality.indicators.query({
      organisationId: h.lePont,
      period,
    });
    expect(lePont.programmes.map((p) => p.id)).toEqual([lePontProgramme.id]);
    // Records only: topic, kind and window IDs are the same words in every organisation.
    const records = (result: typeof organisation) =>
      result.criteria.flatMap((c) => (c.computed ? c.denominatorIds : [])).filter(isUuid);
    const ours = new Set(records(organisation));
    expect(ours.size).toBeGreaterThan(0);
    const theirs = records(lePont);
    expect(theirs.length).toBeGreaterThan(0);
    for (const recordId of theirs) expect(ours.has(recordId), recordId).toBe(false);
  });

  it('is for staff of the organisation: a coach sees it, another organisation gets not found', async () => {
    await expect(
      coach.quality.indicators.query({ organisationId: org, period }),
    ).resolves.toMatchObject({ programmeId: null });
    await expect(
      lePontCoordinator.quality.indicators.query({ organisationId: org, period }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      h.as(null).quality.indicators.query({ organisationId: org, period }),
    ).rejects.toEqual(withKey('auth.unauthenticated'));
  });
});

describe('the status filter', () => {
  it('returns only the criteria with the status asked, and the counts of them all', async () => {
    const counted = Object.values(organisation.counts).reduce((sum, n) => sum + n, 0);
    expect(counted).toBe(CRITERION_IDS.length);
    for (const [status, count] of Object.entries(organisation.counts)) {
      const filtered = await coordinator.quality.indicators.query({
        organisationId: org,
        period,
        status: status as keyof typeof organisation.counts,
      });
      expect(filtered.counts).toEqual(organisation.counts);
      expect(filtered.criteria, status).toHaveLength(count);
      for (const criterion of filtered.criteria) expect(criterion.status).toBe(status);
    }
    expect(organisation.counts.not_met).toBeGreaterThan(0);
  });
});

describe('quality.outcomes for the organisation', () => {
  it('pools the programmes’ duos', async () => {
    const perProgramme = await Promise.all(
      programmes.map((p) =>
        coordinator.quality.outcomes.query({ organisationId: org, programmeId: p.id, period }),
      ),
    );
    const merged = await coordinator.quality.outcomes.query({ organisationId: org, period });
    expect(merged).toEqual(organisationOutcomes(perProgramme));
  });

  it('gives Le Pont, with one programme, that programme’s figures (its duo ended 200 days ago)', async () => {
    const merged = await lePontCoordinator.quality.outcomes.query({
      organisationId: h.lePont,
      period,
    });
    expect(merged).toEqual(
      await lePontCoordinator.quality.outcomes.query({
        organisationId: h.lePont,
        programmeId: lePontProgramme.id,
        period,
      }),
    );
    expect(merged.workOrTrainingAtEnd.denominator).toBeGreaterThan(0);
  });
});

describe('quality.drillDown of the missing records', () => {
  const [antwerpen] = programmes;
  const scope = { organisationId: org, programmeId: antwerpen?.id ?? '', period };

  it('lists, for every share, the denominator’s records outside the numerator', async () => {
    const values = computedOf(await coordinator.quality.indicators.query(scope));
    let someMissing = 0;
    for (const id of CRITERIA_WITH_WORKFLOW) {
      for (const measure of values[id]?.measures ?? []) {
        const lister = CRITERION_INDICATORS[id].records[measure.key];
        if (!lister) continue;
        const query = { ...scope, criterionId: id, side: 'missing' as const, measure: measure.key };
        if (measure.unit !== 'share') {
          await expect(coordinator.quality.drillDown.query(query)).rejects.toEqual(
            withKey('not_found'),
          );
          continue;
        }
        const listed = await coordinator.quality.drillDown.query(query);
        const context = `${id} ${measure.key}`;
        expect(listed.count, context).toBe(measure.denominator - measure.numerator);
        expect(listed.unit, context).toBe(lister.denominator.unit);
        const counted = new Set(measure.numeratorIds);
        for (const record of listed.records as { id?: string }[])
          if (record.id !== undefined) expect(counted.has(record.id), context).toBe(false);
        if (listed.count > 0) someMissing++;
      }
    }
    expect(someMissing).toBeGreaterThan(0);
  });
});
