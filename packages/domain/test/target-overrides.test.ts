import { describe, expect, it } from 'vitest';
import { mergeTargetOverrides } from '../src/criteria/target-overrides.ts';
import { DEFAULT_TARGETS } from '../src/criteria/targets.ts';

describe('network target overrides', () => {
  it('merges valid overrides onto the defaults and leaves the rest alone', () => {
    const result = mergeTargetOverrides(DEFAULT_TARGETS, {
      A1: { share: { target: 0.95, lowerBound: 0.7 } },
      A2: { channel_count: { target: 4 } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.targets.A1.share).toEqual({
      direction: 'at_least',
      unit: 'share',
      target: 0.95,
      lowerBound: 0.7,
    });
    expect(result.targets.A2.channel_count.target).toBe(4);
    expect(result.targets.A2.channel_count.lowerBound).toBe(2);
    expect(result.targets.B1).toEqual(DEFAULT_TARGETS.B1);
  });

  it('accepts an empty override', () => {
    const result = mergeTargetOverrides(DEFAULT_TARGETS, {});
    expect(result).toEqual({ ok: true, targets: DEFAULT_TARGETS });
  });

  it('rejects a lower bound above the target, also when only one side is overridden', () => {
    expect(
      mergeTargetOverrides(DEFAULT_TARGETS, { A1: { share: { target: 0.5, lowerBound: 0.8 } } }),
    ).toEqual({
      ok: false,
      errors: [
        {
          code: 'targets.lower_above_target',
          params: { criterionId: 'A1', measure: 'share', target: 0.5, lowerBound: 0.8 },
        },
      ],
    });
    // Default lower bound 0.6 is above a new target of 0.5.
    const result = mergeTargetOverrides(DEFAULT_TARGETS, { A1: { share: { target: 0.5 } } });
    expect(result.ok === false && result.errors[0]?.code).toBe('targets.lower_above_target');
  });

  it('rejects a "partly" bound below the target of an at-most measure', () => {
    const result = mergeTargetOverrides(DEFAULT_TARGETS, {
      A2: { largest_channel_share: { lowerBound: 0.5 } },
    });
    expect(result.ok === false && result.errors.map((e) => e.code)).toEqual([
      'targets.lower_below_target',
    ]);
  });

  it('rejects shares outside 0–100%, counts that are not whole or too large, and wrong kinds', () => {
    const result = mergeTargetOverrides(DEFAULT_TARGETS, {
      A3: { share: { target: 1.2 } },
      A4: { share: { lowerBound: -0.1 } },
      D4: { kinds_reviewed: { target: 5 } },
      A2: { channel_count: { target: 2.5 } },
      C1: { share: { target: '90%' } },
      D1: { planned_duration: { target: 0 } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        code: 'targets.share_out_of_range',
        params: {
          criterionId: 'A3',
          measure: 'share',
          field: 'target',
          value: 1.2,
          min: 0,
          max: 1,
        },
      },
      {
        code: 'targets.share_out_of_range',
        params: {
          criterionId: 'A4',
          measure: 'share',
          field: 'lowerBound',
          value: -0.1,
          min: 0,
          max: 1,
        },
      },
      {
        code: 'targets.count_out_of_range',
        params: {
          criterionId: 'D4',
          measure: 'kinds_reviewed',
          field: 'target',
          value: 5,
          min: 0,
          max: 4,
        },
      },
      {
        code: 'targets.count_out_of_range',
        params: expect.objectContaining({ criterionId: 'A2', value: 2.5 }),
      },
      {
        code: 'targets.wrong_kind',
        params: { criterionId: 'C1', measure: 'share', field: 'target', expected: 'number' },
      },
      {
        code: 'targets.months_out_of_range',
        params: expect.objectContaining({ criterionId: 'D1', value: 0 }),
      },
    ]);
  });

  it('rejects unknown criteria, measures and fields, and values that are not objects', () => {
    const result = mergeTargetOverrides(DEFAULT_TARGETS, {
      F1: { share: { target: 1 } },
      A1: { channel_count: { target: 3 }, share: { direction: 'at_most' } },
      B1: 'high',
    });
    expect(result.ok === false && result.errors).toEqual([
      { code: 'targets.unknown_criterion', params: { criterionId: 'F1' } },
      { code: 'targets.unknown_measure', params: { criterionId: 'A1', measure: 'channel_count' } },
      {
        code: 'targets.unknown_field',
        params: { criterionId: 'A1', measure: 'share', field: 'direction' },
      },
      { code: 'targets.not_an_object', params: { path: 'B1' } },
    ]);
    expect(mergeTargetOverrides(DEFAULT_TARGETS, null)).toEqual({
      ok: false,
      errors: [{ code: 'targets.not_an_object', params: { path: '' } }],
    });
  });

  it('does not treat inherited object keys as measures', () => {
    const result = mergeTargetOverrides(DEFAULT_TARGETS, { A1: { toString: { target: 1 } } });
    expect(result.ok === false && result.errors[0]?.code).toBe('targets.unknown_measure');
  });
});
