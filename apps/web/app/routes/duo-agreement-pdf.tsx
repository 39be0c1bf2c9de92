import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { locales } from '@tandem/i18n';
import { apiErrorKey, rethrowAsRouteError } from '@tandem/web-kit/server';
import { fileResponse } from '../lib/file-response.server.ts';
import { requireIntake } from '../lib/intake-access.server.ts';

/** One version of a match's agreement as the API renders it, for staff to keep or print. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const query = new URL(request.url).searchParams;
  const locale = locales.find((l) => l === query.get('locale'));
  const version = Number(query.get('version'));
  if (!locale || !Number.isInteger(version) || version < 1) throw data(null, { status: 404 });
  const pdf = await access.api.agreement.pdf
    .query({
      organisationId: access.organisationId,
      matchId: params.matchId ?? '',
      version,
      locale,
    })
    .catch((error: unknown) => {
      if (apiErrorKey(error) === 'duo.agreement_not_issued') throw data(null, { status: 404 });
      return rethrowAsRouteError(error);
    });
  return fileResponse(Buffer.from(pdf.base64, 'base64'), 'application/pdf', pdf.filename);
}
