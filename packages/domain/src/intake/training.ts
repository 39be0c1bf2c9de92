import { TRAINING_TOPIC_IDS, type TrainingTopicId } from '../criteria/training-topics.ts';
import {
  type ApplicationFacts,
  type ApplicationStage,
  deriveApplicationStage,
  type IntakeRole,
} from './rules.ts';

/**
 * Mentor training (A5): a mentor's coverage of the ten topics and the pipeline stage it
 * leads to. Coverage is the union of the topics of the training sessions the mentor attended,
 * as in the A5 reference indicator (indicators/training.ts); the indicator's grace period
 * applies to duo starts, not to the pipeline.
 */

export interface TrainingCoverage {
  /** Covered topics, in the catalogue's order. */
  readonly covered: readonly TrainingTopicId[];
  /** Topics still missing, in the catalogue's order. */
  readonly missing: readonly TrainingTopicId[];
  /** All ten covered: the mentor may be matched. */
  readonly complete: boolean;
}

/** The union of the given topic lists against the ten A5 topics; unknown IDs are ignored. */
export function trainingCoverage(topicLists: Iterable<readonly string[]>): TrainingCoverage {
  const seen = new Set<string>();
  for (const list of topicLists) for (const topic of list) seen.add(topic);
  const covered = TRAINING_TOPIC_IDS.filter((topic) => seen.has(topic));
  const missing = TRAINING_TOPIC_IDS.filter((topic) => !seen.has(topic));
  return { covered, missing, complete: missing.length === 0 };
}

export interface PipelineFacts extends ApplicationFacts {
  readonly role: IntakeRole;
  /** Topics covered by the training sessions the person attended (any order, repeats allowed). */
  readonly trainingTopicsCovered: readonly string[];
}

/**
 * The pipeline stage: `deriveApplicationStage` for everyone, except that an accepted mentor
 * is in `training` until their attended sessions cover all ten A5 topics, then
 * `ready_to_match`. Mentees and refused applications stay at `decision`.
 */
export function derivePipelineStage(facts: PipelineFacts): ApplicationStage {
  const stage = deriveApplicationStage(facts);
  if (facts.role !== 'mentor' || facts.decision !== 'accepted') return stage;
  return trainingCoverage([facts.trainingTopicsCovered]).complete ? 'ready_to_match' : 'training';
}
