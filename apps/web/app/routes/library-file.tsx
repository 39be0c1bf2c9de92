import type { LoaderFunctionArgs } from '@remix-run/node';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { base64FileResponse } from '../lib/file-response.server.ts';
import { requireIntake } from '../lib/intake-access.server.ts';

/** A file of the programme's library, as it was uploaded. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const file = await access.api.resource.download
    .query({ organisationId: access.organisationId, resourceId: params.resourceId ?? '' })
    .catch(rethrowAsRouteError);
  return base64FileResponse(file);
}
