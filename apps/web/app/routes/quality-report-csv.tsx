import type { LoaderFunctionArgs } from '@remix-run/node';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { fileResponse } from '../lib/file-response.server.ts';
import { reportRequest } from '../lib/quality-report.server.ts';

/** The quality dashboard for Excel: the API's CSV for the period, in the reader's language. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, input } = await reportRequest(request, context, params);
  const exported = await api.quality.reportCsv.query(input).catch(rethrowAsRouteError);
  return fileResponse(exported.csv, 'text/csv; charset=utf-8', exported.filename);
}
