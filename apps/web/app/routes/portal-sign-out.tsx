import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { signOut } from '@tandem/web-kit/server';
import { auth } from '../lib/auth.server.ts';
import { portalPath, portalSignInPath } from '../lib/paths.ts';
import { portalSlug } from '../lib/portal.server.ts';

/** Signing out changes state, so it is a form post; a visit to the address goes home. */
export const loader = ({ params }: ActionFunctionArgs) => redirect(portalPath(portalSlug(params)));

/** Back to the portal's sign-in, where a new link can be asked for. */
export const action = (args: ActionFunctionArgs) =>
  signOut(args, { auth, to: portalSignInPath(portalSlug(args.params)) });
