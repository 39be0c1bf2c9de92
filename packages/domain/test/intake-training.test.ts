import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STAGES,
  derivePipelineStage,
  TRAINING_TOPIC_IDS,
  trainingCoverage,
} from '../src/index.ts';

const accepted = {
  attendedInfoSession: true,
  hasCompleteInterview: true,
  decision: 'accepted' as const,
};

describe('trainingCoverage (A5)', () => {
  it('is the union of the sessions’ topics, in the catalogue’s order', () => {
    const coverage = trainingCoverage([
      ['limits', 'definition'],
      ['definition', 'tools'],
    ]);
    expect(coverage.covered).toEqual(['definition', 'limits', 'tools']);
    expect(coverage.missing).toHaveLength(7);
    expect(coverage.missing).not.toContain('tools');
    expect(coverage.complete).toBe(false);
  });

  it('is complete with all ten across several sessions, ignoring unknown IDs', () => {
    const coverage = trainingCoverage([
      TRAINING_TOPIC_IDS.slice(0, 5),
      [...TRAINING_TOPIC_IDS.slice(5), 'not_a_topic'],
    ]);
    expect(coverage.covered).toEqual([...TRAINING_TOPIC_IDS]);
    expect(coverage.missing).toEqual([]);
    expect(coverage.complete).toBe(true);
  });

  it('covers nothing without sessions', () => {
    expect(trainingCoverage([])).toEqual({
      covered: [],
      missing: [...TRAINING_TOPIC_IDS],
      complete: false,
    });
  });
});

describe('derivePipelineStage', () => {
  it('puts an accepted mentor in training until all ten topics are covered', () => {
    expect(derivePipelineStage({ ...accepted, role: 'mentor', trainingTopicsCovered: [] })).toBe(
      'training',
    );
    expect(
      derivePipelineStage({
        ...accepted,
        role: 'mentor',
        trainingTopicsCovered: TRAINING_TOPIC_IDS.slice(1),
      }),
    ).toBe('training');
    expect(
      derivePipelineStage({
        ...accepted,
        role: 'mentor',
        trainingTopicsCovered: [...TRAINING_TOPIC_IDS, 'definition'],
      }),
    ).toBe('ready_to_match');
  });

  it('keeps deriveApplicationStage for mentees, refusals and undecided mentors', () => {
    const all = [...TRAINING_TOPIC_IDS];
    expect(derivePipelineStage({ ...accepted, role: 'mentee', trainingTopicsCovered: all })).toBe(
      'decision',
    );
    expect(
      derivePipelineStage({
        ...accepted,
        decision: 'refused',
        role: 'mentor',
        trainingTopicsCovered: all,
      }),
    ).toBe('decision');
    expect(
      derivePipelineStage({
        ...accepted,
        decision: null,
        role: 'mentor',
        trainingTopicsCovered: all,
      }),
    ).toBe('interview');
    expect(
      derivePipelineStage({
        attendedInfoSession: false,
        hasCompleteInterview: false,
        decision: null,
        role: 'mentor',
        trainingTopicsCovered: [],
      }),
    ).toBe('applied');
  });

  it('lists the training stages after the decision', () => {
    expect(APPLICATION_STAGES.slice(-3)).toEqual(['decision', 'training', 'ready_to_match']);
  });
});
