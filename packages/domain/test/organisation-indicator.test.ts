import { describe, expect, it } from 'vitest';
import type { ProgrammeEvidence } from '../src/evidence/programme-evidence.ts';
import type { Resource, ResourceKind } from '../src/evidence/support.ts';
import type { CriterionId } from '../src/index.ts';
import { organisationIndicator } from '../src/indicators/organisation-indicator.ts';
import { computeIndicator } from '../src/indicators/registry.ts';
import { application, contact, duo, evidenceWith, Q1_2025 } from './fixtures/evidence.ts';

/** The reference function over every programme's records at once, as one evidence. */
function combined(...evidences: ProgrammeEvidence[]): ProgrammeEvidence {
  const [first, ...rest] = evidences as [ProgrammeEvidence, ...ProgrammeEvidence[]];
  const all: Record<string, unknown[]> = {};
  for (const evidence of evidences) {
    for (const [key, list] of Object.entries(evidence)) {
      if (Array.isArray(list)) all[key] = [...(all[key] ?? []), ...list];
    }
  }
  return rest.length === 0 ? first : ({ ...first, ...all } as unknown as ProgrammeEvidence);
}

const merged = (id: CriterionId, ...evidences: ProgrammeEvidence[]) =>
  organisationIndicator(
    evidences.map((e) => computeIndicator(id, e, Q1_2025)) as [ReturnType<typeof computeIndicator>],
  );

const ended = (id: string, start: string, on: string) => duo(id, start, { on });

describe('the organisation figure from its programmes', () => {
  it('takes the union of a share’s records and recomputes value and status', () => {
    const p1 = evidenceWith({
      duos: [
        ended('p1-long', '2024-06-01', '2025-01-31'),
        ended('p1-short', '2024-12-01', '2025-02-01'),
      ],
    });
    const p2 = evidenceWith({
      duos: [
        ended('p2-long-a', '2024-06-01', '2025-02-28'),
        ended('p2-long-b', '2024-07-01', '2025-03-01'),
      ],
    });
    const organisation = merged('D1', p1, p2);
    expect(organisation.measures[0]).toEqual(
      computeIndicator('D1', combined(p1, p2), Q1_2025).measures[0],
    );
    expect(organisation).toMatchObject({ numerator: 3, denominator: 4, value: 0.75 });
    // 75% is below D1's 90% target but above its 70% lower bound; each programme alone is not.
    expect(computeIndicator('D1', p1, Q1_2025).status).toBe('not_met');
    expect(computeIndicator('D1', p2, Q1_2025).status).toBe('met');
    expect(organisation.status).toBe('partly');
  });

  it('adds nothing for a programme without data', () => {
    const p1 = evidenceWith({ duos: [ended('only', '2024-06-01', '2025-01-31')] });
    const empty = evidenceWith({});
    const organisation = merged('D1', p1, empty);
    expect(organisation.measures[0]).toEqual(computeIndicator('D1', p1, Q1_2025).measures[0]);
    expect(organisation.status).toBe('met');
  });

  it('has no data when no programme has any', () => {
    const organisation = merged('D1', evidenceWith({}), evidenceWith({}));
    expect(organisation).toMatchObject({
      status: 'no_data',
      value: null,
      numerator: 0,
      denominator: 0,
      numeratorIds: [],
      denominatorIds: [],
    });
  });

  it('counts a record that two programmes both report once', () => {
    const both = evidenceWith({ duos: [ended('same', '2024-06-01', '2025-01-31')] });
    const organisation = merged('D1', both, both);
    expect(organisation).toMatchObject({ numerator: 1, denominator: 1, numeratorIds: ['same'] });
  });

  it('keeps one programme’s figure as it is', () => {
    const p1 = evidenceWith({ duos: [ended('only', '2024-06-01', '2025-01-31')] });
    expect(merged('D1', p1)).toEqual(computeIndicator('D1', p1, Q1_2025));
  });

  it('counts distinct channels and finds the largest channel over all applications', () => {
    const apps = (prefix: string, channels: string[]) =>
      channels.map((channelId, i) => application(`${prefix}-${i}`, 'mentor', { channelId }));
    const p1 = evidenceWith({ applications: apps('p1', ['web', 'web', 'web', 'alumni']) });
    const p2 = evidenceWith({ applications: apps('p2', ['event', 'fair']) });
    const organisation = merged('A2', p1, p2);
    const reference = computeIndicator('A2', combined(p1, p2), Q1_2025);
    expect(organisation).toEqual(reference);
    expect(organisation.measures.map((m) => [m.key, m.value])).toEqual([
      ['channel_count', 4],
      ['largest_channel_share', 0.5],
    ]);
    // Two channels each: partly met in each programme; four channels, the largest at 50%, met.
    expect(organisation.status).toBe('met');
  });

  it('shows the weakest programme’s setting, with the range, instead of adding settings up', () => {
    const p1 = evidenceWith({ duos: [ended('a', '2024-06-01', '2025-01-31')] });
    const p2 = evidenceWith(
      { duos: [ended('b', '2024-06-01', '2025-01-31')] },
      { id: 'programme-2', plannedDurationMonths: 4 },
    );
    const planned = merged('D1', p1, p2).measures[1];
    expect(planned).toMatchObject({
      key: 'planned_duration',
      value: 4,
      status: 'not_met',
      numeratorIds: ['programme-2'],
      range: { low: 4, high: 6 },
    });
    expect(merged('D1', p1, p2).status).toBe('not_met');
  });

  it('does not let one programme’s library cover for another’s (D4)', () => {
    const library = (prefix: string, kinds: ResourceKind[]) =>
      kinds.map(
        (kind): Resource => ({
          id: `${prefix}-${kind}`,
          kind,
          title: kind,
          reviewedOn: '2025-01-15',
          withdrawnOn: null,
        }),
      );
    const p1 = evidenceWith({ resources: library('p1', ['guidelines', 'coaching_tools']) });
    const p2 = evidenceWith({ resources: library('p2', ['processes', 'social_map']) });
    const p3 = evidenceWith({
      resources: library('p3', ['guidelines', 'processes', 'social_map']),
    });
    const organisation = merged('D4', p3, p1, p2);
    // Together the three hold all four kinds; no programme holds more than three.
    expect(organisation).toMatchObject({
      status: 'partly',
      value: 2,
      numeratorIds: ['coaching_tools', 'guidelines'],
    });
    expect(organisation.measures[0]).toMatchObject({ range: { low: 2, high: 3 } });
  });

  it('gives the median contact gap only when one programme has gaps, else the range', () => {
    const withGaps = (id: string, days: string[]) =>
      evidenceWith({
        duos: [duo(id, '2024-12-01')],
        contacts: days.map((on) => contact(id, on)),
      });
    const p1 = withGaps('d1', ['2025-01-01', '2025-01-05', '2025-01-15']);
    const p2 = withGaps('d2', ['2025-01-01', '2025-01-21']);
    const gap = (m: ReturnType<typeof merged>) =>
      m.measures.find((x) => x.key === 'median_contact_gap_days');
    expect(gap(merged('D2', p1, evidenceWith({})))).toEqual(
      gap(computeIndicator('D2', p1, Q1_2025) as ReturnType<typeof merged>),
    );
    expect(gap(merged('D2', p1, p2))).toMatchObject({
      value: null,
      numerator: 3,
      denominator: 3,
      range: { low: 7, high: 20 },
      status: null,
    });
    // The fortnights are the programmes' own: their union is the reference's.
    expect(merged('D2', p1, p2).measures[0]).toEqual(
      computeIndicator('D2', combined(p1, p2), Q1_2025).measures[0],
    );
  });

  it('refuses to merge two different criteria', () => {
    const e = evidenceWith({});
    expect(() =>
      organisationIndicator([
        computeIndicator('D1', e, Q1_2025),
        computeIndicator('D2', e, Q1_2025),
      ]),
    ).toThrow(/cannot merge D2 into D1/);
  });
});
