import {
  EVALUATION_COMMENT_MAX,
  EVALUATION_QUESTIONS,
  EVALUATION_SCALES,
  type EvaluationAnswers,
} from '@tandem/domain';
import { z } from 'zod';
import { FreeText, OrganisationId, OrganisationSlug } from '../../shared.schema.ts';

/** Input schemas of the evaluation after a duo ends (E3): the portal's and the duo page's. */

const PortalScope = z.object({ organisationSlug: OrganisationSlug });

export const PortalOpenEvaluationsInput = PortalScope;
export const PortalEvaluationInput = PortalScope.extend({ evaluationId: z.uuid() });

/** One answer per question of the set, from its scale; nothing else. */
const Answers: z.ZodType<EvaluationAnswers> = z
  .object(
    Object.fromEntries(
      EVALUATION_QUESTIONS.map((q) => [
        q.id,
        z.enum(EVALUATION_SCALES[q.scale], { error: 'evaluation.answer_required' }),
      ]),
    ),
  )
  .strict();

export const PortalAnswerEvaluationInput = PortalEvaluationInput.extend({
  answers: Answers,
  comment: FreeText.max(EVALUATION_COMMENT_MAX).optional(),
});

export const DuoEvaluationsInput = z.object({ organisationId: OrganisationId, duoId: z.uuid() });
