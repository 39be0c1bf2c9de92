import { type AppLoadContext, data, redirect } from '@remix-run/node';
import { apiErrorKey, rethrowAsRouteError, translatorFor } from '@tandem/web-kit/server';
import { auth } from './auth.server.ts';
import { organisationSlugPattern, portalSignInPath } from './paths.ts';

/** The organisation of a portal address, checked before the API is asked. */
export function portalSlug(params: { organisationSlug?: string }): string {
  const slug = (params.organisationSlug ?? '').toLowerCase();
  if (!organisationSlugPattern.test(slug)) throw data(null, { status: 404 });
  return slug;
}

/**
 * The signed-in participant of a portal page: a person without a session goes to the
 * portal's own sign-in (a link by e-mail), not to the staff one.
 */
export async function requireParticipant(
  request: Request,
  context: AppLoadContext,
  params: { organisationSlug?: string },
) {
  const organisationSlug = portalSlug(params);
  const viewer = await auth.getViewer(request, context);
  if (!viewer) throw redirect(portalSignInPath(organisationSlug));
  const t = translatorFor(request, viewer.me.user.locale);
  return { ...viewer, organisationSlug, t };
}

/** A failed portal read: signed out goes to sign in, anything else as for other pages. */
export function portalReadError(organisationSlug: string) {
  return (error: unknown): never => {
    if (apiErrorKey(error) === 'auth.unauthenticated')
      throw redirect(portalSignInPath(organisationSlug));
    return rethrowAsRouteError(error);
  };
}

/** The person's home and the one match of theirs a page names; not found for any other. */
export async function loadOwnMatch(
  request: Request,
  context: AppLoadContext,
  params: { organisationSlug?: string; matchId?: string },
) {
  const participant = await requireParticipant(request, context, params);
  const home = await participant.api.portal.home
    .query({ organisationSlug: participant.organisationSlug })
    .catch(portalReadError(participant.organisationSlug));
  const participation = home.participations.find((p) => p.match?.id === params.matchId);
  const match = participation?.match;
  if (!participation || !match) throw data(null, { status: 404 });
  return { ...participant, home, participation, match };
}
