import { describe, expect, it } from 'vitest';
import {
  canDecide,
  channelServesRole,
  coversAllInfoSessionTopics,
  deriveApplicationStage,
  INTAKE_INFO_SESSION_TOPIC_IDS,
  isInterviewComplete,
  normaliseAvailability,
  requiresOnwardReferral,
  roleCan,
} from '../src/index.ts';

const complete = {
  completedAt: '2026-03-02T10:00:00Z',
  committedPeriodMonths: 6,
  committedContactIntervalDays: 14,
  expectationsRealistic: false,
};

describe('isInterviewComplete (A3, B3)', () => {
  it('needs the interview held and all required fields filled', () => {
    expect(isInterviewComplete(complete)).toBe(true);
    expect(isInterviewComplete({ ...complete, completedAt: new Date() })).toBe(true);
  });

  it('is incomplete without any one of them', () => {
    expect(isInterviewComplete({ ...complete, completedAt: null })).toBe(false);
    expect(isInterviewComplete({ ...complete, committedPeriodMonths: null })).toBe(false);
    expect(isInterviewComplete({ ...complete, committedPeriodMonths: 0 })).toBe(false);
    expect(isInterviewComplete({ ...complete, committedPeriodMonths: 1.5 })).toBe(false);
    expect(isInterviewComplete({ ...complete, committedContactIntervalDays: null })).toBe(false);
    expect(isInterviewComplete({ ...complete, committedContactIntervalDays: 0 })).toBe(false);
    expect(isInterviewComplete({ ...complete, expectationsRealistic: null })).toBe(false);
  });
});

describe('deriveApplicationStage', () => {
  const none = { attendedInfoSession: false, hasCompleteInterview: false, decision: null };

  it('walks applied → info session → interview → decision', () => {
    expect(deriveApplicationStage(none)).toBe('applied');
    expect(deriveApplicationStage({ ...none, attendedInfoSession: true })).toBe('info_session');
    expect(
      deriveApplicationStage({ ...none, attendedInfoSession: true, hasCompleteInterview: true }),
    ).toBe('interview');
    expect(
      deriveApplicationStage({
        attendedInfoSession: true,
        hasCompleteInterview: true,
        decision: 'accepted',
      }),
    ).toBe('decision');
  });

  it('takes the furthest evidence even when earlier steps are missing', () => {
    expect(deriveApplicationStage({ ...none, hasCompleteInterview: true })).toBe('interview');
    expect(deriveApplicationStage({ ...none, decision: 'refused' })).toBe('decision');
  });
});

describe('decisions', () => {
  it('accepts only after a complete interview, refuses at any time', () => {
    expect(canDecide('accepted', { hasCompleteInterview: false })).toBe(false);
    expect(canDecide('accepted', { hasCompleteInterview: true })).toBe(true);
    expect(canDecide('refused', { hasCompleteInterview: false })).toBe(true);
  });

  it('flags the refusals that will owe an onward referral (B5)', () => {
    expect(requiresOnwardReferral('mentee', 'needs_other_support')).toBe(true);
    expect(requiresOnwardReferral('mentor', 'needs_other_support')).toBe(false);
    expect(requiresOnwardReferral('mentee', 'withdrew')).toBe(false);
  });
});

describe('channels, topics, availability', () => {
  it('matches a channel audience to an application role', () => {
    expect(channelServesRole('both', 'mentor')).toBe(true);
    expect(channelServesRole('mentee', 'mentee')).toBe(true);
    expect(channelServesRole('mentee', 'mentor')).toBe(false);
  });

  it('uses the catalogue topic IDs and needs all three', () => {
    expect(INTAKE_INFO_SESSION_TOPIC_IDS).toHaveLength(3);
    expect(coversAllInfoSessionTopics([...INTAKE_INFO_SESSION_TOPIC_IDS])).toBe(true);
    expect(coversAllInfoSessionTopics(INTAKE_INFO_SESSION_TOPIC_IDS.slice(0, 2))).toBe(false);
  });

  it('sorts availability slots and drops repeats', () => {
    expect(
      normaliseAvailability([
        { day: 'wed', part: 'evening' },
        { day: 'mon', part: 'afternoon' },
        { day: 'wed', part: 'evening' },
        { day: 'mon', part: 'morning' },
      ]),
    ).toEqual([
      { day: 'mon', part: 'morning' },
      { day: 'mon', part: 'afternoon' },
      { day: 'wed', part: 'evening' },
    ]);
  });
});

describe('intake permissions', () => {
  it('lets coaches read and interview, not manage or decide', () => {
    expect(roleCan('coach', 'intake.read')).toBe(true);
    expect(roleCan('coach', 'intake.interview')).toBe(true);
    expect(roleCan('coach', 'intake.manage')).toBe(false);
    expect(roleCan('coach', 'intake.decide')).toBe(false);
    expect(roleCan('coordinator', 'intake.decide')).toBe(true);
    expect(roleCan('admin', 'intake.manage')).toBe(true);
  });
});
