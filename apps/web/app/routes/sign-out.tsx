import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { signOut } from '@tandem/web-kit/server';
import { auth } from '../lib/auth.server.ts';

/** Signing out changes state, so it is a form post; a visit to the address goes home. */
export const loader = () => redirect('/');

export const action = (args: ActionFunctionArgs) => signOut(args, { auth });
