import type { LoaderFunctionArgs } from '@remix-run/node';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { fileResponse } from '../lib/file-response.server.ts';
import { reportRequest } from '../lib/quality-report.server.ts';

/** The quality dashboard as the API prints it: a PDF report for the period, to keep or send. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, input } = await reportRequest(request, context, params);
  const pdf = await api.quality.reportPdf.query(input).catch(rethrowAsRouteError);
  return fileResponse(Buffer.from(pdf.base64, 'base64'), 'application/pdf', pdf.filename);
}
