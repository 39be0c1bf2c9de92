import { type AppLoadContext, data } from '@remix-run/node';
import { apiErrorKey, createApi } from '@tandem/web-kit/server';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The address of a public programme page, checked before the API is asked. */
export function publicScope(params: { organisationSlug?: string; programmeId?: string }) {
  const organisationSlug = (params.organisationSlug ?? '').toLowerCase();
  const programmeId = params.programmeId ?? '';
  if (!/^[a-z0-9-]{1,60}$/.test(organisationSlug) || !uuid.test(programmeId))
    throw data(null, { status: 404 });
  return { organisationSlug, programmeId };
}

/** An API client without a session: the public pages act for nobody in particular. */
export function publicApi(context: AppLoadContext) {
  return createApi(context, null);
}

/** The programme's public face, or the page's "not found". */
export async function loadPublicProgramme(
  context: AppLoadContext,
  params: { organisationSlug?: string; programmeId?: string },
) {
  const scope = publicScope(params);
  try {
    return { scope, programme: await publicApi(context).publicIntake.programme.query(scope) };
  } catch (error) {
    const key = apiErrorKey(error);
    if (key === 'not_found' || key === 'validation.invalid_input')
      throw data(null, { status: 404 });
    throw error;
  }
}
