import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { base64FileResponse, fileResponse } from '../lib/file-response.server.ts';
import { portalReadError, requireParticipant } from '../lib/portal.server.ts';

/** The participant's own data, as the API exports it in their unit of work: PDF or JSON. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, organisationSlug, t } = await requireParticipant(request, context, params);
  const input = { organisationSlug };
  if (params.format === 'pdf')
    return base64FileResponse(
      await api.portalPersonalData.exportPdf.mutate(input).catch(portalReadError(organisationSlug)),
    );
  if (params.format !== 'json') throw data(null, { status: 404 });
  const exported = await api.portalPersonalData.export
    .mutate(input)
    .catch(portalReadError(organisationSlug));
  return fileResponse(
    JSON.stringify(exported, null, 2),
    'application/json',
    `${t.t('personalData.pdf.fileName')}.json`,
  );
}
