import { data } from '@remix-run/node';
import { TRPCClientError } from '@trpc/client';
import { apiErrorKey } from './form-errors.server.ts';

/**
 * Whether the API refused nothing but ids. The ids of a page's read come from
 * its address: an id that is not one (`/programmes/edit`) names no page.
 */
function onlyIdsInvalid(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const details: unknown = error.data;
  const fieldErrors =
    typeof details === 'object' && details !== null ? Reflect.get(details, 'fieldErrors') : null;
  if (typeof fieldErrors !== 'object' || fieldErrors === null) return false;
  const fields = Object.keys(fieldErrors);
  return fields.length > 0 && fields.every((field) => /^[a-z][A-Za-z]*Id$/.test(field));
}

/** A failed API read becomes the status the route's error boundary explains. */
export function rethrowAsRouteError(error: unknown): never {
  const key = apiErrorKey(error);
  if (key === 'not_found') throw data(null, { status: 404 });
  if (key === 'forbidden') throw data(null, { status: 403 });
  if (key === 'validation.invalid_input' && onlyIdsInvalid(error))
    throw data(null, { status: 404 });
  throw error;
}
