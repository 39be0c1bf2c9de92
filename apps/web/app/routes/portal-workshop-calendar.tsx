import type { LoaderFunctionArgs } from '@remix-run/node';
import { portalReadError, requireParticipant } from '../lib/portal.server.ts';

/** The workshop as an iCalendar file for the mentor's own calendar. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, organisationSlug } = await requireParticipant(request, context, params);
  const file = await api.portalWorkshops.calendar
    .query({ organisationSlug, invitationId: params.invitationId ?? '' })
    .catch(portalReadError(organisationSlug));
  return new Response(file.calendar, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'cache-control': 'private, no-store',
    },
  });
}
