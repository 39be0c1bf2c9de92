import { describe, expect, it } from 'vitest';
import type { TrainingTopicId } from '../src/criteria/training-topics.ts';
import { TRAINING_TOPIC_IDS } from '../src/criteria/training-topics.ts';
import { computeIndicator } from '../src/indicators/registry.ts';
import {
  accepted,
  application,
  completeInterview,
  duo,
  evidenceWith,
  infoSession,
  Q1_2025,
  refused,
  sentMessage,
} from './fixtures/evidence.ts';

describe('A1/B2 info session before acceptance', () => {
  const attendance = (personId: string, infoSessionId: string, attended = true) => ({
    id: `attendance-${personId}-${infoSessionId}`,
    infoSessionId,
    personId,
    attended,
  });

  it('counts a mentor accepted after attending a session that covered all three topics', () => {
    const e = evidenceWith({
      infoSessions: [infoSession('s1')],
      infoSessionAttendances: [attendance('ann', 's1')],
      applications: [application('app-ann', 'mentor', { personId: 'ann' })],
      decisions: [accepted('d1', 'app-ann')],
    });
    const a1 = computeIndicator('A1', e, Q1_2025);
    expect(a1).toMatchObject({
      numerator: 1,
      denominator: 1,
      value: 1,
      status: 'met',
      numeratorIds: ['app-ann'],
    });
  });

  it('keeps a mentor accepted without an info session in the denominator only', () => {
    const e = evidenceWith({
      applications: [application('app-bob', 'mentor', { personId: 'bob' })],
      decisions: [accepted('d1', 'app-bob')],
    });
    const a1 = computeIndicator('A1', e, Q1_2025);
    expect(a1).toMatchObject({
      numerator: 0,
      denominator: 1,
      denominatorIds: ['app-bob'],
      status: 'not_met',
    });
  });

  it('does not count a session after acceptance, a session missing a topic, a no-show or the other audience', () => {
    const e = evidenceWith({
      infoSessions: [
        infoSession('after', { startsAt: '2025-02-10T18:00:00Z' }),
        infoSession('partial', { topicsCovered: ['eligibility_and_role', 'voluntary_nature'] }),
        infoSession('noshow'),
        infoSession('mentees', { audience: 'mentee' }),
      ],
      infoSessionAttendances: [
        attendance('cas', 'after'),
        attendance('cas', 'partial'),
        attendance('cas', 'noshow', false),
        attendance('cas', 'mentees'),
      ],
      applications: [application('app-cas', 'mentor', { personId: 'cas' })],
      decisions: [accepted('d1', 'app-cas', '2025-02-01T10:00:00Z')],
    });
    expect(computeIndicator('A1', e, Q1_2025)).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('reads B2 for mentees with the mentee audience', () => {
    const e = evidenceWith({
      infoSessions: [infoSession('s1', { audience: 'mentee' })],
      infoSessionAttendances: [attendance('dia', 's1')],
      applications: [application('app-dia', 'mentee', { personId: 'dia' })],
      decisions: [accepted('d1', 'app-dia')],
    });
    expect(computeIndicator('B2', e, Q1_2025)).toMatchObject({ numerator: 1, denominator: 1 });
    expect(computeIndicator('A1', e, Q1_2025)).toMatchObject({
      status: 'no_data',
      denominator: 0,
      value: null,
    });
  });

  it('places the acceptance by its Brussels day: New Year’s Eve 23:30 UTC is Q1', () => {
    const e = evidenceWith({
      applications: [application('a1', 'mentor'), application('a2', 'mentor')],
      decisions: [
        accepted('in', 'a1', '2024-12-31T23:30:00Z'),
        accepted('out', 'a2', '2025-03-31T22:30:00Z'),
      ],
    });
    expect(computeIndicator('A1', e, Q1_2025).denominatorIds).toEqual(['a1']);
  });

  it('reaches "partly" at the lower bound and "met" at the target', () => {
    const apps = Array.from({ length: 10 }, (_, i) =>
      application(`app-${i}`, 'mentor', { personId: `p${i}` }),
    );
    const build = (informed: number) =>
      evidenceWith({
        infoSessions: [infoSession('s1')],
        infoSessionAttendances: apps.slice(0, informed).map((a) => attendance(a.personId, 's1')),
        applications: apps,
        decisions: apps.map((a, i) => accepted(`d${i}`, a.id)),
      });
    expect(computeIndicator('A1', build(9), Q1_2025).status).toBe('met');
    expect(computeIndicator('A1', build(6), Q1_2025).status).toBe('partly');
    expect(computeIndicator('A1', build(5), Q1_2025).status).toBe('not_met');
  });
});

describe('A2/B1 diversified recruitment', () => {
  const apps = (role: 'mentor' | 'mentee', channels: string[]) =>
    channels.map((channelId, i) => application(`${role}-${i}`, role, { channelId }));

  it('is met with three channels and the largest at most 70%', () => {
    const a2 = computeIndicator(
      'A2',
      evidenceWith({ applications: apps('mentor', ['web', 'web', 'alumni', 'event']) }),
      Q1_2025,
    );
    expect(a2.status).toBe('met');
    expect(a2.measures.map((m) => [m.key, m.value])).toEqual([
      ['channel_count', 3],
      ['largest_channel_share', 0.5],
    ]);
    expect(a2.numeratorIds).toEqual(['alumni', 'event', 'web']);
  });

  it('is only partly met when one channel dominates, even with three channels', () => {
    const channels = [...Array(8).fill('web'), 'alumni', 'event'];
    const a2 = computeIndicator(
      'A2',
      evidenceWith({ applications: apps('mentor', channels) }),
      Q1_2025,
    );
    expect(a2.measures[1]).toMatchObject({ value: 0.8, status: 'partly' });
    expect(a2.status).toBe('partly');
  });

  it('is not met with one channel and has no data without applications', () => {
    expect(
      computeIndicator('A2', evidenceWith({ applications: apps('mentor', ['web']) }), Q1_2025)
        .status,
    ).toBe('not_met');
    expect(computeIndicator('A2', evidenceWith({}), Q1_2025).status).toBe('no_data');
  });

  it('B1 also needs referring partner organisations; zero partners is not met', () => {
    const applications = apps('mentee', ['web', 'alumni', 'event']);
    const referral = (id: string, partnerOrganisationId: string) => ({
      id,
      partnerOrganisationId,
      submittedAt: '2025-02-01T10:00:00Z',
      via: 'api' as const,
    });
    expect(computeIndicator('B1', evidenceWith({ applications }), Q1_2025).status).toBe('not_met');
    const b1 = computeIndicator(
      'B1',
      evidenceWith({
        applications,
        partnerReferrals: [referral('r1', 'vdab'), referral('r2', 'vdab'), referral('r3', 'ocmw')],
      }),
      Q1_2025,
    );
    expect(b1.measures[2]).toMatchObject({
      key: 'partner_count',
      value: 2,
      numeratorIds: ['ocmw', 'vdab'],
      denominator: 3,
    });
    expect(b1.status).toBe('partly');
  });
});

describe('A3/B3 interview before acceptance', () => {
  it('needs a completed interview with commitment and expectations filled in, held before acceptance', () => {
    const e = evidenceWith({
      applications: ['ok', 'late', 'empty', 'none'].map((id) => application(id, 'mentor')),
      decisions: [
        accepted('d-ok', 'ok'),
        accepted('d-late', 'late'),
        accepted('d-empty', 'empty'),
        accepted('d-none', 'none'),
      ],
      interviews: [
        completeInterview('i-ok', 'ok', { expectationsRealistic: false }),
        completeInterview('i-late', 'late', { at: '2025-02-05T10:00:00Z' }),
        completeInterview('i-empty', 'empty', { committedContactIntervalDays: null }),
      ],
    });
    expect(computeIndicator('A3', e, Q1_2025)).toMatchObject({
      numeratorIds: ['ok'],
      denominator: 4,
      status: 'not_met',
    });
  });
});

describe('A4/B4 confirmation or reason for refusal', () => {
  it('judges each decision: sent confirmation, or sent refusal with a reason', () => {
    const e = evidenceWith({
      applications: ['a', 'b', 'c', 'd', 'e'].map((id) => application(id, 'mentor')),
      decisions: [
        accepted('confirmed', 'a'),
        accepted('queued', 'b'),
        refused('refused-ok', 'c'),
        refused('other-without-text', 'd', { reasonCode: 'other', reasonText: ' ' }),
        refused('no-reason', 'e', { reasonCode: null }),
      ],
      decisionMessages: [
        sentMessage('confirmed', 'confirmation'),
        sentMessage('queued', 'confirmation', null),
        sentMessage('refused-ok', 'refusal'),
        sentMessage('other-without-text', 'refusal'),
        sentMessage('no-reason', 'refusal'),
      ],
    });
    expect(computeIndicator('A4', e, Q1_2025)).toMatchObject({
      numeratorIds: ['confirmed', 'refused-ok'],
      denominator: 5,
    });
  });

  it('counts a mentee refused twice as two decisions, each owing a message', () => {
    const e = evidenceWith({
      applications: [
        application('first', 'mentee', { personId: 'eva' }),
        application('second', 'mentee', { personId: 'eva' }),
      ],
      decisions: [
        refused('r1', 'first'),
        refused('r2', 'second', { decidedAt: '2025-03-01T10:00:00Z' }),
      ],
      decisionMessages: [sentMessage('r1', 'refusal')],
    });
    expect(computeIndicator('B4', e, Q1_2025)).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 0.5,
    });
  });
});

describe('A5 training by the duo start + 14 days', () => {
  const session = (id: string, at: string, topicsCovered: readonly TrainingTopicId[]) => ({
    id,
    at,
    topicsCovered,
  });
  const attended = (personId: string, trainingSessionId: string) => ({
    id: `${personId}-${trainingSessionId}`,
    trainingSessionId,
    personId,
    attended: true,
  });
  const allTopics = TRAINING_TOPIC_IDS;

  it('adds up topics over sessions, up to the grace day inclusive', () => {
    const e = evidenceWith({
      trainingSessions: [
        session('t1', '2025-01-10T09:00:00Z', allTopics.slice(0, 5)),
        session('t2', '2025-02-15T09:00:00Z', allTopics.slice(5)),
        session('t3', '2025-02-16T09:00:00Z', allTopics.slice(5)),
      ],
      trainingAttendances: [
        attended('m1', 't1'),
        attended('m1', 't2'),
        attended('m2', 't1'),
        attended('m2', 't3'),
      ],
      duos: [
        duo('d1', '2025-02-01', null, { mentorId: 'm1' }),
        duo('d2', '2025-02-01', null, { mentorId: 'm2' }),
      ],
    });
    const a5 = computeIndicator('A5', e, Q1_2025);
    expect(a5).toMatchObject({ numeratorIds: ['d1'], denominatorIds: ['d1', 'd2'] });
    expect(a5.measures[1]).toMatchObject({ key: 'curriculum_coverage', value: 10, status: 'met' });
  });

  it('counts a mentor once, at the first duo start in the period', () => {
    const e = evidenceWith({
      duos: [
        duo('later', '2025-03-01', null, { mentorId: 'm1' }),
        duo('first', '2025-01-15', null, { mentorId: 'm1' }),
      ],
    });
    expect(computeIndicator('A5', e, Q1_2025).denominatorIds).toEqual(['first']);
  });

  it('is not met when the curriculum misses a topic, whatever the attendance', () => {
    const e = evidenceWith(
      {
        trainingSessions: [session('t1', '2025-01-10T09:00:00Z', allTopics)],
        trainingAttendances: [attended('m1', 't1')],
        duos: [duo('d1', '2025-02-01', null, { mentorId: 'm1' })],
      },
      { curriculumTopics: ['definition', 'limits'] },
    );
    const a5 = computeIndicator('A5', e, Q1_2025);
    expect(a5.value).toBe(1);
    expect(a5.measures[1]).toMatchObject({
      value: 2,
      numeratorIds: ['definition', 'limits'],
      status: 'not_met',
    });
    expect(a5.status).toBe('not_met');
  });
});

describe('B5 onward referral of unsuitable mentees', () => {
  const onward = (decisionId: string, sentAt: string | null = '2025-02-02T10:00:00Z') => ({
    id: `onward-${decisionId}`,
    decisionId,
    socialMapServiceId: 'service-1',
    sentAt,
    receivedAt: null,
  });

  it('counts a mentee refused twice once, referred only if each refusal got its referral', () => {
    const e = evidenceWith({
      applications: [
        application('fay-1', 'mentee', { personId: 'fay' }),
        application('fay-2', 'mentee', { personId: 'fay' }),
        application('gus-1', 'mentee', { personId: 'gus' }),
        application('hal-1', 'mentee', { personId: 'hal' }),
      ],
      decisions: [
        refused('fay-r1', 'fay-1', { reasonCode: 'needs_other_support' }),
        refused('fay-r2', 'fay-2', {
          reasonCode: 'needs_other_support',
          decidedAt: '2025-03-01T10:00:00Z',
        }),
        refused('gus-r1', 'gus-1', { reasonCode: 'needs_other_support' }),
        refused('hal-r1', 'hal-1', { reasonCode: 'not_available_enough' }),
      ],
      onwardReferrals: [onward('fay-r1'), onward('gus-r1'), onward('fay-r2', null)],
    });
    expect(computeIndicator('B5', e, Q1_2025)).toMatchObject({
      numeratorIds: ['gus'],
      denominatorIds: ['fay', 'gus'],
      value: 0.5,
      status: 'not_met',
    });
  });
});
