import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import {
  APPLICATION_STAGES,
  type ApplicationStage,
  INTAKE_ROLES,
  type IntakeRole,
} from '@tandem/domain';
import { SelectField, TableScroll, TextField, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { intakePath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'pipeline.title');

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return list.find((item) => item === value);
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const url = new URL(request.url);
  const filters = {
    role: oneOf<IntakeRole>(INTAKE_ROLES, url.searchParams.get('role')),
    stage: oneOf<ApplicationStage>(APPLICATION_STAGES, url.searchParams.get('stage')),
    channelId: url.searchParams.get('channel') || undefined,
    search: (url.searchParams.get('q') ?? '').trim().slice(0, 200) || undefined,
  };
  const scope = { organisationId: access.organisationId, programmeId: access.programmeId };
  const [programme, channels] = await Promise.all([
    programmeHeading(access),
    access.api.recruitmentChannel.list.query(scope).catch(rethrowAsRouteError),
  ]);
  const channelId = channels.some((c) => c.id === filters.channelId)
    ? filters.channelId
    : undefined;
  const applications = await access.api.application.list
    .query({ ...scope, ...filters, channelId })
    .catch(rethrowAsRouteError);
  return {
    organisationId: access.organisationId,
    programme,
    channels,
    filters: { ...filters, channelId },
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

export default function Pipeline() {
  const { organisationId, programme, channels, filters, applications, can } =
    useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  const base = intakePath(organisationId, programme.id, 'applications');
  const filtered = Boolean(filters.role || filters.stage || filters.channelId || filters.search);
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
      <Form method="get" className="panel filter-form" role="search">
        <SelectField
          name="role"
          label={t('pipeline.filterRole')}
          options={[
            { value: '', label: t('pipeline.all') },
            ...INTAKE_ROLES.map((role) => ({ value: role, label: t(`value.role.${role}`) })),
          ]}
          defaultValue={filters.role ?? ''}
        />
        <SelectField
          name="stage"
          label={t('pipeline.filterStage')}
          options={[
            { value: '', label: t('pipeline.all') },
            ...APPLICATION_STAGES.map((stage) => ({
              value: stage,
              label: t(`value.stage.${stage}`),
            })),
          ]}
          defaultValue={filters.stage ?? ''}
        />
        <SelectField
          name="channel"
          label={t('pipeline.filterChannel')}
          options={[
            { value: '', label: t('pipeline.all') },
            ...channels.map((c) => ({ value: c.id, label: c.name })),
          ]}
          defaultValue={filters.channelId ?? ''}
        />
        <TextField
          name="q"
          type="search"
          label={t('pipeline.search')}
          defaultValue={filters.search ?? ''}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t('pipeline.apply')}
          </button>
          {filtered ? (
            <Link to={base} className="button button--quiet">
              {t('pipeline.reset')}
            </Link>
          ) : null}
        </div>
      </Form>
      <p role="status">{t('pipeline.count', { count: applications.length })}</p>
      {applications.length === 0 ? null : (
        <TableScroll labelledBy="pipeline-caption">
          <table>
            <caption id="pipeline-caption" className="visually-hidden">
              {t('pipeline.title')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('pipeline.name')}</th>
                <th scope="col">{t('pipeline.role')}</th>
                <th scope="col">{t('pipeline.stage')}</th>
                <th scope="col">{t('pipeline.channel')}</th>
                <th scope="col">{t('pipeline.submitted')}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr key={a.id}>
                  <td>
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
                  </td>
                  <td>{t(`value.role.${a.role}`)}</td>
                  <td>
                    {t(`value.stage.${a.stage}`)}
                    {a.decision ? (
                      <>
                        <br />
                        <span className="status">{t(`value.outcome.${a.decision}`)}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{a.channel.name}</td>
                  <td>{translator.formatDate(a.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
