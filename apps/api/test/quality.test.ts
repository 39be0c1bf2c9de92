import { unitOfWork } from '@tandem/db';
import {
  brusselsDate,
  CRITERIA_WITH_WORKFLOW,
  CRITERION_IDS,
  computeIndicator,
  hasWorkflow,
  type IndicatorValue,
} from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import { CRITERION_INDICATORS } from '../src/indicators/registry.ts';
import { loadIntakeEvidence } from './evidence-from-db.ts';
import { type Client, createHarness, withKey } from './harness.ts';

/** The quality router over HTTP: the intake indicators, their drill-down, and who may see them. */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const org = h.deBrug;

async function userId(client: Client) {
  const me = await client.auth.me.query();
  if (!me) throw new Error('not signed in');
  return me.user.id;
}
const coordinatorId = await userId(coordinator);

const programmes = await coordinator.programme.list.query({ organisationId: org });
const programme = programmes.find((p) => p.name.startsWith('Mentoring naar werk'));
const [lePontProgramme] = await lePontCoordinator.programme.list.query({
  organisationId: h.lePont,
});
if (!programme || !lePontProgramme) throw new Error('demo programmes missing');

// The demo intake happened in the last five weeks (see the seed).
const day = 86_400_000;
const period = {
  start: brusselsDate(new Date(Date.now() - 90 * day).toISOString()),
  end: brusselsDate(new Date(Date.now() + 2 * day).toISOString()),
};
const scope = { organisationId: org, programmeId: programme.id, period };

async function reference() {
  const evidence = await unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
    loadIntakeEvidence(tx, org, programme?.id ?? ''),
  );
  return Object.fromEntries(
    CRITERIA_WITH_WORKFLOW.map((id) => [id, computeIndicator(id, evidence, period)]),
  );
}

/** The computed criteria by ID, without the `computed` flag: the domain's IndicatorValue. */
async function indicators(client: Client = coordinator) {
  const result = await client.quality.indicators.query(scope);
  const values: Record<string, IndicatorValue> = {};
  for (const criterion of result.criteria) {
    if (!criterion.computed) continue;
    const { computed: _, ...value } = criterion;
    values[criterion.criterionId] = value;
  }
  return values;
}

describe('quality.indicators', () => {
  it('lists every criterion, all 23 computed: none is left not computed', async () => {
    const result = await coordinator.quality.indicators.query(scope);
    expect(result.criteria.map((c) => c.criterionId)).toEqual([...CRITERION_IDS]);
    const computed = result.criteria.filter((c) => c.computed).map((c) => c.criterionId);
    expect(computed).toEqual([...CRITERIA_WITH_WORKFLOW]);
    expect(computed).toEqual([...CRITERION_IDS]);
    expect(result.criteria.map((c) => c.status)).not.toContain('not_computed');
  });

  it('gives the demo programme the values of the reference functions', async () => {
    const byId = await indicators();
    const expected = await reference();
    for (const id of CRITERIA_WITH_WORKFLOW) expect(byId[id], id).toEqual(expected[id]);
    // The demo mentor: informed, interviewed and confirmed before the acceptance.
    expect(byId.A1).toMatchObject({ status: 'met', numerator: 1, denominator: 1 });
    expect(byId.A3).toMatchObject({ status: 'met', numerator: 1, denominator: 1 });
    expect(byId.A4).toMatchObject({ status: 'met', numerator: 1, denominator: 1 });
    // One mentor channel is no diversified strategy; no mentee accepted yet.
    expect(byId.A2).toMatchObject({ status: 'not_met', numerator: 1, denominator: 1 });
    expect(byId.B2).toMatchObject({ status: 'no_data', denominator: 0 });
  });

  it('follows intake run through the API: the mentee interviewed, accepted, confirmed', async () => {
    const [mentee] = await coordinator.application.list.query({
      organisationId: org,
      programmeId: programme.id,
      role: 'mentee',
    });
    if (!mentee) throw new Error('demo mentee missing');
    const interview = await coordinator.interview.schedule.mutate({
      organisationId: org,
      applicationId: mentee.id,
      interviewerUserId: coordinatorId,
      scheduledAt: new Date(Date.now() - 60_000).toISOString(),
      mode: 'online',
    });
    await coordinator.interview.recordOutcome.mutate({
      organisationId: org,
      interviewId: interview.id,
      committedPeriodMonths: 6,
      committedContactIntervalDays: 14,
      expectationsRealistic: true,
    });
    const { decision, message } = await coordinator.decision.decide.mutate({
      organisationId: org,
      applicationId: mentee.id,
      outcome: 'accepted',
    });

    let byId = await indicators();
    expect(byId.B3).toMatchObject({ status: 'met', numerator: 1, denominator: 1 });
    // The demo mentee session covered two of the three topics.
    expect(byId.B2).toMatchObject({ status: 'not_met', numerator: 0, denominator: 1 });
    // The confirmation is still in the outbox.
    expect(byId.B4).toMatchObject({ status: 'not_met', numerator: 0, denominator: 1 });
    expect(byId.B4?.denominatorIds).toEqual([decision.id]);

    await coordinator.outbox.markSent.mutate({ organisationId: org, messageId: message.id });
    byId = await indicators();
    expect(byId.B4).toMatchObject({ status: 'met', numerator: 1, denominator: 1 });
    const expected = await reference();
    for (const id of CRITERIA_WITH_WORKFLOW) expect(byId[id], id).toEqual(expected[id]);
  });

  it('is for staff of the organisation: a coach sees it, another organisation gets not found', async () => {
    await expect(coach.quality.indicators.query(scope)).resolves.toBeDefined();
    await expect(lePontCoordinator.quality.indicators.query(scope)).rejects.toEqual(
      withKey('not_found'),
    );
    await expect(h.as(null).quality.indicators.query(scope)).rejects.toEqual(
      withKey('auth.unauthenticated'),
    );
    // Another organisation's programme under one's own organisation is not found either.
    await expect(
      coordinator.quality.indicators.query({ ...scope, programmeId: lePontProgramme.id }),
    ).rejects.toEqual(withKey('not_found'));
  });
});

describe('quality.drillDown', () => {
  const drill = (
    criterionId: (typeof CRITERIA_WITH_WORKFLOW)[number],
    side: 'numerator' | 'denominator',
    extra: { measure?: 'largest_channel_share' | 'partner_count' } = {},
    client: Client = coordinator,
  ) => client.quality.drillDown.query({ ...scope, criterionId, side, ...extra });

  it('shows the applications behind A1 and A3, with the dates that matter', async () => {
    const byId = await indicators();
    const a1 = await drill('A1', 'denominator');
    expect(a1.unit).toBe('application');
    expect(a1.records.map((r) => r.id).sort()).toEqual(byId.A1?.denominatorIds);
    const [mentor] = a1.records;
    expect(mentor).toMatchObject({ kind: 'application', name: 'Jan De Smet', role: 'mentor' });
    if (mentor?.kind !== 'application') throw new Error('expected an application');
    expect(mentor.dates.decidedAt).not.toBeNull();
    expect(mentor.dates.infoSessionAt).not.toBeNull();
    const a3 = await drill('A3', 'numerator');
    expect(a3.records.map((r) => r.id)).toEqual(byId.A3?.numeratorIds);
    const [interviewed] = a3.records;
    if (interviewed?.kind !== 'application') throw new Error('expected an application');
    expect(interviewed.dates.interviewAt).not.toBeNull();
  });

  it('shows decisions for A4/B4 with the sending of their message', async () => {
    const b4 = await drill('B4', 'numerator');
    expect(b4.unit).toBe('decision');
    const [decision] = b4.records;
    expect(decision).toMatchObject({ kind: 'decision', name: 'Yasmina Benali', role: 'mentee' });
    if (decision?.kind !== 'decision') throw new Error('expected a decision');
    expect(decision.dates.messageSentAt).not.toBeNull();
  });

  it('shows channels for the channel count and applications for the largest share', async () => {
    const channels = await drill('A2', 'numerator');
    expect(channels.unit).toBe('channel');
    expect(channels.records).toEqual([
      expect.objectContaining({ kind: 'channel', applications: 1 }),
    ]);
    const largest = await drill('A2', 'numerator', { measure: 'largest_channel_share' });
    expect(largest.unit).toBe('application');
    expect(largest.records).toHaveLength(1);
    // The demo partner (VDAB Antwerpen) referred two people in the period.
    const partners = await drill('B1', 'numerator', { measure: 'partner_count' });
    expect(partners).toMatchObject({ unit: 'partner', count: 1, records: [] });
  });

  it('lists, for every measure the registry drills into, the records behind both sides', async () => {
    const result = await coordinator.quality.indicators.query(scope);
    for (const id of CRITERIA_WITH_WORKFLOW) {
      const criterion = result.criteria.find((c) => c.criterionId === id);
      if (!criterion?.computed) throw new Error(`${id} not computed`);
      const drillable = result.drillable[id] ?? [];
      expect(drillable, id).toEqual(Object.keys(CRITERION_INDICATORS[id].records));
      for (const measure of drillable) {
        const shown = criterion.measures.find((m) => m.key === measure);
        for (const side of ['numerator', 'denominator'] as const) {
          const listed = await coordinator.quality.drillDown.query({
            ...scope,
            criterionId: id,
            side,
            measure,
          });
          const context = `${id} ${measure} ${side}`;
          expect(listed.unit, context).toBe(CRITERION_INDICATORS[id].records[measure]?.[side].unit);
          expect(listed.status, context).toBe(criterion.status);
          expect(listed.count, context).toBe(shown?.[side]);
        }
      }
    }
  });

  it('shows the matches and duos behind C1–C5 and A5 for the duo that started two years ago', async () => {
    // Up to a year ago: the demo's active duos started within the last year.
    const threeYears = {
      ...scope,
      period: {
        start: brusselsDate(new Date(Date.now() - 3 * 365 * day).toISOString()),
        end: brusselsDate(new Date(Date.now() - 365 * day).toISOString()),
      },
    };
    const result = await coordinator.quality.indicators.query(threeYears);
    const byId = Object.fromEntries(result.criteria.map((c) => [c.criterionId, c]));
    for (const id of ['C1', 'C2', 'C3', 'C4', 'C5'] as const)
      expect(byId[id], id).toMatchObject({ computed: true, status: 'met', numerator: 1 });
    expect(byId.A5).toMatchObject({ computed: true, denominator: 1 });
    const list = (criterionId: 'A5' | 'C1' | 'C3' | 'C4' | 'C5') =>
      coordinator.quality.drillDown.query({ ...threeYears, criterionId, side: 'numerator' });
    const c1 = await list('C1');
    expect(c1).toMatchObject({ unit: 'match', count: 1 });
    expect(c1.records[0]).toMatchObject({
      kind: 'match',
      mentor: { name: 'Luc Verhoeven' },
      mentee: { name: 'Ahmed Karimi' },
      scoreParts: 3,
      selfDecided: false,
    });
    const c3 = await list('C3');
    expect(c3).toMatchObject({ unit: 'duo', focus: 'first_meeting' });
    expect(c3.records[0]).toMatchObject({
      kind: 'duo',
      firstMeeting: { locationKind: 'organisation_office' },
    });
    const c4 = await list('C4');
    expect(c4.records[0]).toMatchObject({
      validation: { mentor: { answer: 'confirmed' }, mentee: { answer: 'confirmed' } },
    });
    const c5 = await list('C5');
    expect(c5.records[0]).toMatchObject({ agreement: { version: 1 } });
    const a5 = await coordinator.quality.drillDown.query({
      ...threeYears,
      criterionId: 'A5',
      side: 'denominator',
    });
    expect(a5).toMatchObject({ unit: 'duo', focus: 'training', count: 1 });
  });

  it('refuses the criteria without a workflow and measures a criterion does not have', async () => {
    for (const id of CRITERION_IDS.filter((c) => !hasWorkflow(c))) {
      await expect(
        coordinator.quality.drillDown.query({
          ...scope,
          criterionId: id as 'A1',
          side: 'numerator',
        }),
      ).rejects.toEqual(withKey('validation.invalid_input'));
    }
    await expect(drill('A1', 'numerator', { measure: 'partner_count' })).rejects.toEqual(
      withKey('not_found'),
    );
  });

  it('is not found for a member of another organisation', async () => {
    await expect(drill('A1', 'denominator', {}, lePontCoordinator)).rejects.toEqual(
      withKey('not_found'),
    );
    await expect(drill('A1', 'denominator', {}, coach)).resolves.toBeDefined();
  });
});
