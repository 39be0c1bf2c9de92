import type { LoaderFunctionArgs } from '@remix-run/node';
import {
  APPLICANT_EXPORT_COLUMNS,
  APPLICATION_STAGES,
  type ApplicationStage,
  INTAKE_ROLES,
  type IntakeRole,
} from '@tandem/domain';
import { queryChoice, querySearch, rethrowAsRouteError } from '@tandem/web-kit/server';
import { requireIntake } from '../lib/intake-access.server.ts';

/**
 * The pipeline as a CSV download, with the pipeline page's filters (`role`, `stage`,
 * `channel`, `q`) and the header and coded values in the reader's language.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const { t } = access;
  const query = new URL(request.url).searchParams;
  const channel = query.get('channel') ?? '';
  const labels: Record<string, string> = {};
  for (const column of APPLICANT_EXPORT_COLUMNS)
    labels[`column.${column}`] = t.t(`csv.column.${column}`);
  for (const role of INTAKE_ROLES) labels[`role.${role}`] = t.t(`value.role.${role}`);
  for (const stage of APPLICATION_STAGES) labels[`stage.${stage}`] = t.t(`value.stage.${stage}`);
  for (const outcome of ['accepted', 'refused'] as const)
    labels[`outcome.${outcome}`] = t.t(`value.outcome.${outcome}`);
  const exported = await access.api.applicationExport.csv
    .query({
      organisationId: access.organisationId,
      programmeId: access.programmeId,
      role: queryChoice<IntakeRole>(query, 'role', INTAKE_ROLES),
      stage: queryChoice<ApplicationStage>(query, 'stage', APPLICATION_STAGES),
      channelId: /^[0-9a-f-]{36}$/i.test(channel) ? channel : undefined,
      search: querySearch(query),
      labels,
    })
    .catch(rethrowAsRouteError);
  return new Response(exported.csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${exported.filename}"`,
      'cache-control': 'private, no-store',
    },
  });
}
