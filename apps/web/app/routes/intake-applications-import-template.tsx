import type { LoaderFunctionArgs } from '@remix-run/node';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { requireIntake } from '../lib/intake-access.server.ts';

/** The import file's header row as a CSV download, to fill in in a spreadsheet. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const template = await access.api.applicationImport.template
    .query({ organisationId: access.organisationId, programmeId: access.programmeId })
    .catch(rethrowAsRouteError);
  return new Response(template.csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${template.filename}"`,
    },
  });
}
