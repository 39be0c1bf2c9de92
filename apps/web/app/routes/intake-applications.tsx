import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import {
  APPLICATION_STAGES,
  type ApplicationStage,
  INTAKE_ROLES,
  type IntakeRole,
} from '@tandem/domain';
import {
  type Column,
  FilterForm,
  FilterSelect,
  ListTable,
  SearchFilter,
  useTranslator,
} from '@tandem/web-kit';
import { queryChoice, querySearch, rethrowAsRouteError } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { intakePath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'pipeline.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const query = new URL(request.url).searchParams;
  const scope = { organisationId: access.organisationId, programmeId: access.programmeId };
  const [programme, channels] = await Promise.all([
    programmeHeading(access),
    access.api.recruitmentChannel.list.query(scope).catch(rethrowAsRouteError),
  ]);
  const filters = {
    role: queryChoice<IntakeRole>(query, 'role', INTAKE_ROLES),
    stage: queryChoice<ApplicationStage>(query, 'stage', APPLICATION_STAGES),
    channelId: queryChoice(
      query,
      'channel',
      channels.map((c) => c.id),
    ),
    search: querySearch(query),
  };
  const applications = await access.api.application.list
    .query({ ...scope, ...filters })
    .catch(rethrowAsRouteError);
  return {
    organisationId: access.organisationId,
    programme,
    channels,
    filters,
    applications,
    can: access.can,
  };
}

/** The export keeps the filters the pipeline shows. */
function exportQuery(filters: {
  role?: string;
  stage?: string;
  channelId?: string;
  search?: string;
}) {
  const query = new URLSearchParams();
  if (filters.role) query.set('role', filters.role);
  if (filters.stage) query.set('stage', filters.stage);
  if (filters.channelId) query.set('channel', filters.channelId);
  if (filters.search) query.set('q', filters.search);
  const text = query.toString();
  return text ? `?${text}` : '';
}

type Application = ReturnType<typeof useLoaderData<typeof loader>>['applications'][number];

export default function Pipeline() {
  const { organisationId, programme, channels, filters, applications, can } =
    useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  const base = intakePath(organisationId, programme.id, 'applications');
  const columns: Column<Application>[] = [
    {
      header: t('pipeline.name'),
      cell: (a) => (
        <>
          <Link to={`${base}/${a.id}`}>{a.name}</Link>
          <br />
          <span className="muted">{a.email}</span>
          {a.pendingSubmissions > 0 ? (
            <>
              <br />
              <span className="status">
                {t('pipeline.pendingSubmissions', { count: a.pendingSubmissions })}
              </span>
            </>
          ) : null}
        </>
      ),
    },
    { header: t('pipeline.role'), cell: (a) => t(`value.role.${a.role}`) },
    {
      header: t('pipeline.stage'),
      cell: (a) => (
        <>
          {t(`value.stage.${a.stage}`)}
          {a.decision ? (
            <>
              <br />
              <span className="status">{t(`value.outcome.${a.decision}`)}</span>
            </>
          ) : null}
        </>
      ),
    },
    { header: t('pipeline.channel'), cell: (a) => a.channel.name },
    { header: t('pipeline.submitted'), cell: (a) => translator.formatDate(a.submittedAt) },
  ];
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <h1>{t('pipeline.title')}</h1>
      <p className="actions">
        {can.manage ? (
          <>
            <Link to={`${base}/import`} className="button button--quiet">
              {t('pipeline.import')}
            </Link>
            <a
              href={`${base}/export${exportQuery(filters)}`}
              className="button button--quiet"
              download
            >
              {t('pipeline.export')}
            </a>
          </>
        ) : null}
        <Link
          to={`${base.replace(/\/applications$/, '')}/message-templates`}
          className="button button--quiet"
        >
          {t('pipeline.templates')}
        </Link>
      </p>
      <FilterForm filters={filters} resetTo={base}>
        <FilterSelect
          name="role"
          label={t('pipeline.filterRole')}
          options={INTAKE_ROLES.map((role) => ({ value: role, label: t(`value.role.${role}`) }))}
          value={filters.role}
        />
        <FilterSelect
          name="stage"
          label={t('pipeline.filterStage')}
          options={APPLICATION_STAGES.map((stage) => ({
            value: stage,
            label: t(`value.stage.${stage}`),
          }))}
          value={filters.stage}
        />
        <FilterSelect
          name="channel"
          label={t('pipeline.filterChannel')}
          options={channels.map((c) => ({ value: c.id, label: c.name }))}
          value={filters.channelId}
        />
        <SearchFilter value={filters.search} />
      </FilterForm>
      <p role="status">{t('pipeline.count', { count: applications.length })}</p>
      <ListTable
        id="pipeline"
        caption={t('pipeline.title')}
        columns={columns}
        rows={applications}
        rowKey={(a) => a.id}
      />
    </>
  );
}
