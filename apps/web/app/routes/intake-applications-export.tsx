import type { LoaderFunctionArgs } from '@remix-run/node';
import {
  APPLICANT_EXPORT_COLUMNS,
  APPLICATION_STAGES,
  type ApplicationStage,
  INTAKE_ROLES,
  type IntakeRole,
} from '@tandem/domain';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { requireIntake } from '../lib/intake-access.server.ts';

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return list.find((item) => item === value);
}

/**
 * The pipeline as a CSV download, with the pipeline page's filters (`role`, `stage`,
 * `channel`, `q`) and the header and coded values in the reader's language.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const { t } = access;
  const url = new URL(request.url);
  const channel = url.searchParams.get('channel') ?? '';
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
      role: oneOf<IntakeRole>(INTAKE_ROLES, url.searchParams.get('role')),
      stage: oneOf<ApplicationStage>(APPLICATION_STAGES, url.searchParams.get('stage')),
      channelId: /^[0-9a-f-]{36}$/i.test(channel) ? channel : undefined,
      search: (url.searchParams.get('q') ?? '').trim().slice(0, 200) || undefined,
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
