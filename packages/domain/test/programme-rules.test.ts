import { describe, expect, it } from 'vitest';
import { checkProgrammeDuration, normaliseShorterDurationReason, roleCan } from '../src/index.ts';

describe('D1 programme duration', () => {
  it('accepts six months without a reason', () => {
    expect(
      checkProgrammeDuration({ plannedDurationMonths: 6, shorterDurationReason: null }),
    ).toEqual([]);
  });

  it('refuses fewer than six months without a reason, also when the reason is blank', () => {
    for (const reason of [null, '', '   ']) {
      expect(
        checkProgrammeDuration({ plannedDurationMonths: 4, shorterDurationReason: reason }),
      ).toEqual([
        { field: 'shorterDurationReason', key: 'programme.reason_required_below_six_months' },
      ]);
    }
  });

  it('accepts fewer than six months with a stated reason', () => {
    expect(
      checkProgrammeDuration({ plannedDurationMonths: 3, shorterDurationReason: 'Zomertraject' }),
    ).toEqual([]);
  });

  it('drops a reason that a six-month programme does not need', () => {
    expect(
      normaliseShorterDurationReason({ plannedDurationMonths: 9, shorterDurationReason: 'x' }),
    ).toBeNull();
    expect(
      normaliseShorterDurationReason({ plannedDurationMonths: 3, shorterDurationReason: ' kort ' }),
    ).toBe('kort');
  });
});

describe('roles', () => {
  it('lets admins and coordinators edit programmes, not coaches', () => {
    expect(roleCan('admin', 'programme.write')).toBe(true);
    expect(roleCan('coordinator', 'programme.write')).toBe(true);
    expect(roleCan('coach', 'programme.write')).toBe(false);
    expect(roleCan('coach', 'programme.read')).toBe(true);
  });
});
