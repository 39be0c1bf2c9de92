import type { MeasureTarget } from '../criteria/targets.ts';
import type { FirstMeeting, FirstMeetingLocationKind } from '../evidence/match.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { RecordId } from '../evidence/record.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { indicatorValue, shareMeasure } from './indicator-value.ts';
import { duosStartedIn, groupBy } from './period-units.ts';

/** Places that belong to neither participant; someone's home never is. */
export const NEUTRAL_LOCATION_KINDS: readonly FirstMeetingLocationKind[] = [
  'organisation_office',
  'library',
  'cafe',
  'public_space',
  'online_with_coach',
];

/**
 * C3: share of duos started in the period whose first meeting was at a neutral location
 * with a staff member present (ID = duo ID). If a first meeting was recorded more than once
 * (rescheduled), the earliest is the first meeting.
 */
export function firstMeetingIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const meetings = groupBy(evidence.firstMeetings, (m) => m.matchId);
  const denominator: RecordId[] = [];
  const numerator: RecordId[] = [];
  for (const duo of duosStartedIn(evidence, period)) {
    denominator.push(duo.id);
    const first = earliest(meetings.get(duo.matchId) ?? []);
    if (
      first !== null &&
      NEUTRAL_LOCATION_KINDS.includes(first.locationKind) &&
      first.staffPresentId !== null
    ) {
      numerator.push(duo.id);
    }
  }
  return indicatorValue('C3', [shareMeasure('share', numerator, denominator, target)]);
}

function earliest(meetings: readonly FirstMeeting[]): FirstMeeting | null {
  let first: FirstMeeting | null = null;
  for (const meeting of meetings) {
    if (
      first === null ||
      meeting.on < first.on ||
      (meeting.on === first.on && meeting.id < first.id)
    )
      first = meeting;
  }
  return first;
}
