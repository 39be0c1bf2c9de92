import { type AppLoadContext, data } from '@remix-run/node';
import { createAuth, translatorFor } from '@tandem/web-kit/server';

/** Its own cookie: on localhost the tenant app's cookie would otherwise reach this console. */
export const auth = createAuth({ cookieName: 'tandem_admin_session' });

/** The console is for platform operators only; the API checks every call again. */
export async function requireOperator(request: Request, context: AppLoadContext) {
  const viewer = await auth.requireViewer(request, context);
  if (!viewer.me.isOperator) throw data(null, { status: 403 });
  return { viewer, t: translatorFor(request, viewer.me.user.locale) };
}
