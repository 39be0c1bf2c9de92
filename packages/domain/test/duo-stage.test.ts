import { describe, expect, it } from 'vitest';
import { type DuoStageEvidence, duoStage } from '../src/duo/stage.ts';

const proposed: DuoStageEvidence = {
  match: { status: 'proposed', closedAt: null, closeReason: null },
  firstMeetings: [],
  validations: [],
  agreement: null,
  duo: null,
};
const held = { status: 'held' as const, startsAt: '2026-03-10T17:00:00Z' };
const confirmed = (role: 'mentor' | 'mentee', answeredAt = '2026-03-11T10:00:00Z') => ({
  role,
  answer: 'confirmed' as const,
  answeredAt,
});

describe('duo stage', () => {
  it('starts with a first meeting to plan, also after a cancelled or missed one', () => {
    expect(duoStage(proposed)).toEqual({ stage: 'to_plan' });
    expect(
      duoStage({
        ...proposed,
        firstMeetings: [
          { status: 'cancelled', startsAt: '2026-03-01T10:00:00Z' },
          { status: 'not_held', startsAt: '2026-03-05T10:00:00Z' },
        ],
      }),
    ).toEqual({ stage: 'to_plan' });
  });

  it('shows the planned meeting’s date', () => {
    expect(
      duoStage({
        ...proposed,
        firstMeetings: [
          { status: 'cancelled', startsAt: '2026-03-01T10:00:00Z' },
          { status: 'planned', startsAt: '2026-03-20T10:00:00Z' },
        ],
      }),
    ).toEqual({ stage: 'meeting_planned', startsAt: '2026-03-20T10:00:00Z' });
  });

  it('after the meeting waits for the sides that have not confirmed, a later answer holding', () => {
    expect(duoStage({ ...proposed, firstMeetings: [held] })).toMatchObject({
      stage: 'awaiting_validation',
      waitingOn: ['mentor', 'mentee'],
    });
    expect(
      duoStage({
        ...proposed,
        firstMeetings: [held],
        validations: [
          confirmed('mentor'),
          confirmed('mentee', '2026-03-11T09:00:00Z'),
          { role: 'mentee', answer: 'declined', answeredAt: '2026-03-11T08:00:00Z' },
        ],
      }),
    ).toEqual({ stage: 'awaiting_agreement', waitingOn: ['staff'] });
  });

  it('waits on staff to issue the agreement, then on whoever has not accepted it', () => {
    const validated = {
      ...proposed,
      firstMeetings: [held],
      validations: [confirmed('mentor'), confirmed('mentee')],
    };
    expect(duoStage({ ...validated, agreement: { acceptedBy: ['mentee'] } })).toEqual({
      stage: 'awaiting_agreement',
      waitingOn: ['mentor'],
    });
  });

  it('is active from the duo’s start date', () => {
    expect(
      duoStage({
        ...proposed,
        match: { status: 'started', closedAt: null, closeReason: null },
        duo: { startDate: '2026-04-01' },
      }),
    ).toEqual({ stage: 'active', since: '2026-04-01' });
  });

  it('keeps the reason of a decline or a cancellation', () => {
    expect(
      duoStage({
        ...proposed,
        firstMeetings: [held],
        match: { status: 'declined', closedAt: '2026-03-12T10:00:00Z', closeReason: 'Geen klik' },
      }),
    ).toEqual({ stage: 'declined', closedAt: '2026-03-12T10:00:00Z', reason: 'Geen klik' });
  });
});
