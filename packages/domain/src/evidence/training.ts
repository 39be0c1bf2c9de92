import type { TrainingTopicId } from '../criteria/training-topics.ts';
import type { Instant } from '../time/calendar-date.ts';
import type { RecordId } from './record.ts';

/** Evidence of mentor training (A5). */

export interface TrainingSession {
  readonly id: RecordId;
  readonly at: Instant;
  readonly topicsCovered: readonly TrainingTopicId[];
}

export interface TrainingAttendance {
  readonly id: RecordId;
  readonly trainingSessionId: RecordId;
  readonly personId: RecordId;
  readonly attended: boolean;
}
