import { data } from '@remix-run/node';
import { apiErrorKey } from './form-errors.server.ts';

/** A failed API read becomes the status the route's error boundary explains. */
export function rethrowAsRouteError(error: unknown): never {
  const key = apiErrorKey(error);
  if (key === 'not_found') throw data(null, { status: 404 });
  if (key === 'forbidden') throw data(null, { status: 403 });
  throw error;
}
