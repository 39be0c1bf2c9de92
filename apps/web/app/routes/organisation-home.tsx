import { type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { programmesPath } from '../lib/paths.ts';

export const loader = ({ params }: LoaderFunctionArgs) =>
  redirect(programmesPath(params.organisationId ?? ''));
