import type { DuoRole } from '../evidence/record.ts';

/**
 * The evaluation a mentor and a mentee answer when their duo ends (E3). One fixed set for
 * every programme and organisation, versioned, so answers stay comparable across members of
 * a network; a new version is a new set, and every answer keeps the version it was given in.
 */
export const EVALUATION_QUESTION_SET_VERSION = 'v1';

export type EvaluationScale = 'satisfaction' | 'rhythm' | 'yes_no_unsure';

export const EVALUATION_SCALES = {
  /** 1 (not at all) … 5 (very much). */
  satisfaction: ['1', '2', '3', '4', '5'],
  rhythm: ['too_little', 'right', 'too_much'],
  yes_no_unsure: ['yes', 'no', 'unsure'],
} as const satisfies Record<EvaluationScale, readonly string[]>;

export interface EvaluationQuestion {
  readonly id: string;
  readonly scale: EvaluationScale;
  readonly roles: readonly DuoRole[];
}

const BOTH: readonly DuoRole[] = ['mentor', 'mentee'];

export const EVALUATION_QUESTIONS: readonly EvaluationQuestion[] = [
  { id: 'overall', scale: 'satisfaction', roles: BOTH },
  { id: 'closer_to_work', scale: 'satisfaction', roles: BOTH },
  { id: 'contact_rhythm', scale: 'rhythm', roles: BOTH },
  { id: 'support_from_organisation', scale: 'satisfaction', roles: BOTH },
  { id: 'would_recommend', scale: 'yes_no_unsure', roles: BOTH },
];

/** The longest free comment an evaluation keeps. */
export const EVALUATION_COMMENT_MAX = 2000;

export const evaluationQuestionsFor = (role: DuoRole) =>
  EVALUATION_QUESTIONS.filter((q) => q.roles.includes(role));

export type EvaluationAnswers = Readonly<Record<string, string>>;

/**
 * Whether `answers` answer every question of the role's set with a value of its scale, and
 * nothing else: the one check the API and the database's stored answers agree on.
 */
export function isCompleteEvaluation(role: DuoRole, answers: EvaluationAnswers): boolean {
  const questions = evaluationQuestionsFor(role);
  const keys = Object.keys(answers);
  if (keys.length !== questions.length) return false;
  return questions.every((q) => {
    const value = answers[q.id];
    return value !== undefined && (EVALUATION_SCALES[q.scale] as readonly string[]).includes(value);
  });
}
