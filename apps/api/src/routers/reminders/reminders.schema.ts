import { z } from 'zod';
import { LineText, OrganisationId, OrganisationSlug } from '../../shared.schema.ts';

export const StopLinkInput = z.object({ token: LineText.min(1).max(300) });

export const PortalRemindersInput = z.object({ organisationSlug: OrganisationSlug });
export const SetPortalRemindersInput = PortalRemindersInput.extend({
  /** False stops non-essential reminders; true turns them back on. */
  nonEssential: z.boolean(),
});

export const QueueDueRemindersInput = z.object({ organisationId: OrganisationId });
