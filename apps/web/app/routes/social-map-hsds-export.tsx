import type { LoaderFunctionArgs } from '@remix-run/node';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { fileResponse } from '../lib/file-response.server.ts';
import { requireIntake } from '../lib/intake-access.server.ts';

/** The programme's social map as an Open Referral HSDS 3.0 directory, as a file to keep. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const directory = await access.api.socialMap.exportHsds
    .query({ organisationId: access.organisationId, programmeId: access.programmeId })
    .catch(rethrowAsRouteError);
  return fileResponse(
    `${JSON.stringify(directory, null, 2)}\n`,
    'application/json; charset=utf-8',
    'social-map-hsds.json',
  );
}
