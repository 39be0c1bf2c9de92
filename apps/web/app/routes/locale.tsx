import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { switchLocale } from '@tandem/web-kit/server';
import { auth } from '../lib/auth.server.ts';

export const loader = () => redirect('/');

export const action = (args: ActionFunctionArgs) => switchLocale(args, { auth });
