import { type AppLoadContext, data, type LoaderFunctionArgs } from '@remix-run/node';
import { brusselsDate } from '@tandem/domain';
import { requireMembership } from './membership.server.ts';
import { apiPeriod, readPeriod } from './quality.ts';

/**
 * What both report files ask the API for: the programme, the period in the address and the
 * reader's language. A period that cannot be used has no file (the page would fall back to
 * this year; a download must not silently cover another period).
 */
export async function reportRequest(
  request: Request,
  context: AppLoadContext,
  params: LoaderFunctionArgs['params'],
) {
  const { viewer, membership, t } = await requireMembership(
    request,
    context,
    params.organisationId,
  );
  const { period, invalid } = readPeriod(
    new URL(request.url),
    brusselsDate(new Date().toISOString()),
  );
  if (invalid) throw data(null, { status: 404 });
  return {
    api: viewer.api,
    input: {
      organisationId: membership.organisationId,
      programmeId: params.programmeId ?? '',
      period: apiPeriod(period),
      locale: t.locale,
    },
  };
}
