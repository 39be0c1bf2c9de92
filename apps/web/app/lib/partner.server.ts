import { type AppLoadContext, data } from '@remix-run/node';
import { rethrowAsRouteError, translatorFor } from '@tandem/web-kit/server';
import { auth } from './auth.server.ts';

/**
 * The signed-in person's membership of the partner organisation in the address (B1). The API
 * checks every call again; this only decides what to show.
 */
export async function requirePartner(
  request: Request,
  context: AppLoadContext,
  partnerId: string | undefined,
) {
  const viewer = await auth.requireViewer(request, context);
  const partners = await viewer.api.partner.mine.query().catch(rethrowAsRouteError);
  const partner = partners.find((p) => p.id === partnerId);
  if (!partner) throw data(null, { status: 404 });
  return {
    viewer,
    api: viewer.api,
    partner,
    partnerId: partner.id,
    isAdmin: partner.role === 'admin',
    hasOtherPlaces: partners.length + viewer.me.memberships.length > 1,
    t: translatorFor(request, viewer.me.user.locale),
  };
}
