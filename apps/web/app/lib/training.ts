import { TRAINING_TOPIC_IDS, type TrainingTopicId } from '@tandem/domain';
import type { Translator } from '@tandem/i18n';

/** The attendance choices of one mentor at a training session, as the API takes them. */
export const TRAINING_ATTENDANCE_STATUSES = ['none', 'registered', 'attended', 'absent'] as const;
export type TrainingAttendanceStatus = (typeof TRAINING_ATTENDANCE_STATUSES)[number];

export function isTrainingAttendanceStatus(value: string): value is TrainingAttendanceStatus {
  return (TRAINING_ATTENDANCE_STATUSES as readonly string[]).includes(value);
}

/** An A5 topic in the page's language; an unknown id is shown as it is. */
export function trainingTopicLabel(t: Translator, topic: string): string {
  return (TRAINING_TOPIC_IDS as readonly string[]).includes(topic)
    ? t.t(`trainingTopic.${topic as TrainingTopicId}`)
    : topic;
}

/** The ten topics as checkbox options, in the paper's order. */
export const trainingTopicOptions = (t: Translator) =>
  TRAINING_TOPIC_IDS.map((topic) => ({ value: topic, label: trainingTopicLabel(t, topic) }));

/** Topics as a sentence-style list in the page's language. */
export const trainingTopicList = (t: Translator, topics: readonly string[]) =>
  t.formatList(topics.map((topic) => trainingTopicLabel(t, topic)));

export const TRAINING_TOPIC_TOTAL = TRAINING_TOPIC_IDS.length;
