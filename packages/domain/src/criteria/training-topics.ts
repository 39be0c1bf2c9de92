/**
 * The ten topics A5 requires every mentor's training to cover, in the paper's order; their
 * wording is `trainingTopic.<id>` in the catalogues.
 */
export const TRAINING_TOPIC_IDS = [
  'definition',
  'programme_goals',
  'audience',
  'framework_methodology',
  'obligations_expectations',
  'limits',
  'mentor_attitude_tasks',
  'ethics_safety',
  'tools',
  'relationship_stages',
] as const;
export type TrainingTopicId = (typeof TRAINING_TOPIC_IDS)[number];
