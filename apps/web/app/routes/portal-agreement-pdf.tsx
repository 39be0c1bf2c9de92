import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { apiErrorKey } from '@tandem/web-kit/server';
import { fileResponse } from '../lib/file-response.server.ts';
import { loadOwnMatch, portalReadError } from '../lib/portal.server.ts';

/** The agreement as the API renders it, in the person's language, as a file to keep. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, organisationSlug, match, t } = await loadOwnMatch(request, context, params);
  const pdf = await api.portal.agreementPdf
    .query({ organisationSlug, matchId: match.id, locale: t.locale })
    .catch((error: unknown) => {
      // No agreement yet: there is no file at this address.
      if (apiErrorKey(error) === 'duo.agreement_not_issued') throw data(null, { status: 404 });
      return portalReadError(organisationSlug)(error);
    });
  return fileResponse(Buffer.from(pdf.base64, 'base64'), 'application/pdf', pdf.filename);
}
