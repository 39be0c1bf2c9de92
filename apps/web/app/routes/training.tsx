import { type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { requireIntake } from '../lib/intake-access.server.ts';
import { trainingPath } from '../lib/training-paths.ts';

/** The training area opens on the curriculum. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  return redirect(trainingPath(access.organisationId, access.programmeId, 'curriculum'));
}
