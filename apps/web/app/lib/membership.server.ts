import { type AppLoadContext, data } from '@remix-run/node';
import { roleCan } from '@tandem/domain';
import { translatorFor } from '@tandem/web-kit/server';
import { auth } from './auth.server.ts';

/**
 * The signed-in person's membership of the organisation in the address. The API checks
 * every call again; this only decides what to show.
 */
export async function requireMembership(
  request: Request,
  context: AppLoadContext,
  organisationId: string | undefined,
) {
  const viewer = await auth.requireViewer(request, context);
  const membership = viewer.me.memberships.find((m) => m.organisationId === organisationId);
  if (!membership) throw data(null, { status: 404 });
  return {
    viewer,
    membership,
    canEditProgrammes: roleCan(membership.role, 'programme.write'),
    t: translatorFor(request, viewer.me.user.locale),
  };
}
