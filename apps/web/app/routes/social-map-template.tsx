import type { LoaderFunctionArgs } from '@remix-run/node';
import { requireIntake } from '../lib/intake-access.server.ts';
import { SOCIAL_MAP_CSV_COLUMNS } from '../lib/social-map.ts';

/** The social map import's header row as a CSV download, to fill in in a spreadsheet. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireIntake(request, context, params);
  return new Response(`${SOCIAL_MAP_CSV_COLUMNS.join(';')}\r\n`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="social-map.csv"',
    },
  });
}
