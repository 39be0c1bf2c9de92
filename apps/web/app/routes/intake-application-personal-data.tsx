import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { base64FileResponse, fileResponse } from '../lib/file-response.server.ts';
import { requireIntake } from '../lib/intake-access.server.ts';

/**
 * Everything the organisation holds about the person behind an application, as the API
 * exports it (and audits): JSON to take elsewhere, or a PDF in the person's language.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const input = {
    organisationId: access.organisationId,
    applicationId: params.applicationId ?? '',
  };
  if (params.format === 'pdf')
    return base64FileResponse(
      await access.api.personalData.exportPdf.mutate(input).catch(rethrowAsRouteError),
    );
  if (params.format !== 'json') throw data(null, { status: 404 });
  const exported = await access.api.personalData.export.mutate(input).catch(rethrowAsRouteError);
  return fileResponse(
    JSON.stringify(exported, null, 2),
    'application/json',
    `${access.t.t('personalData.pdf.fileName')}.json`,
  );
}
