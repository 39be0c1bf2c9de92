import { z } from 'zod';
import { OutcomeFields, refineOutcome } from '../../outcomes/outcome-fields.schema.ts';
import { CalendarDay, OrganisationId } from '../../shared.schema.ts';

/** Input schemas of the outcomes staff record: at intake, at the end and at six months. */

const OrganisationScope = z.object({ organisationId: OrganisationId });

export const ApplicationOutcomesInput = OrganisationScope.extend({ applicationId: z.uuid() });
export const DuoOutcomesInput = OrganisationScope.extend({ duoId: z.uuid() });

export const RecordIntakeOutcomeInput = ApplicationOutcomesInput.extend({
  recordedOn: CalendarDay,
  ...OutcomeFields.shape,
}).superRefine(refineOutcome(() => 'intake'));

export const RecordDuoOutcomeInput = DuoOutcomesInput.extend({
  moment: z.enum(['end', 'follow_up_6m']),
  recordedOn: CalendarDay,
  ...OutcomeFields.shape,
}).superRefine(refineOutcome((value) => value.moment));
