import { z } from 'zod';
import { OutcomeFields, refineOutcome } from '../../outcomes/outcome-fields.schema.ts';
import { OrganisationSlug } from '../../shared.schema.ts';

/** Input schemas of the mentee's own answers at the end and at six months. */

const PortalScope = z.object({ organisationSlug: OrganisationSlug });

export const PortalOutcomesInput = PortalScope;
export const PortalOutcomeQuestionsInput = PortalScope.extend({ duoId: z.uuid() });

export const PortalAnswerOutcomeInput = PortalOutcomeQuestionsInput.extend({
  moment: z.enum(['end', 'follow_up_6m']),
  ...OutcomeFields.shape,
}).superRefine(refineOutcome((value) => value.moment));
