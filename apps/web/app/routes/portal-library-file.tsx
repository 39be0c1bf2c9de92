import type { LoaderFunctionArgs } from '@remix-run/node';
import { base64FileResponse } from '../lib/file-response.server.ts';
import { portalReadError, requireParticipant } from '../lib/portal.server.ts';

/** A library file meant for the person; the database decides which ones that are. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, organisationSlug } = await requireParticipant(request, context, params);
  const file = await api.portalLibrary.download
    .query({ organisationSlug, resourceId: params.resourceId ?? '' })
    .catch(portalReadError(organisationSlug));
  return base64FileResponse(file);
}
