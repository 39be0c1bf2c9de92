import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { languageName } from '../lib/languages.ts';
import { requireMembership } from '../lib/membership.server.ts';
import { title } from '../lib/meta.ts';
import { caseloadPath, programmePath, programmesPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'programme.list.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, membership, canEditProgrammes } = await requireMembership(
    request,
    context,
    params.organisationId,
  );
  const programmes = await viewer.api.programme.list
    .query({ organisationId: membership.organisationId })
    .catch(rethrowAsRouteError);
  return {
    organisationId: membership.organisationId,
    organisationName: membership.organisationName,
    canEditProgrammes,
    isCoach: membership.role === 'coach',
    programmes,
  };
}

export default function Programmes() {
  const { organisationId, organisationName, canEditProgrammes, isCoach, programmes } =
    useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  return (
    <>
      <div className="page-heading">
        <h1>{t('programme.list.title')}</h1>
        {canEditProgrammes ? (
          <Link to={`${programmesPath(organisationId)}/new`} className="button">
            {t('programme.list.create')}
          </Link>
        ) : null}
      </div>
      {isCoach ? (
        <section className="panel" aria-labelledby="caseload-title">
          <h2 id="caseload-title">
            <Link to={caseloadPath(organisationId)}>{t('nav.caseload')}</Link>
          </h2>
          <p>{t('caseload.homeIntro')}</p>
        </section>
      ) : null}
      <p>{t('programme.list.intro', { organisation: organisationName })}</p>
      {programmes.length === 0 ? (
        <p className="notice">{t('programme.list.empty')}</p>
      ) : (
        <ul className="card-list">
          {programmes.map((programme) => (
            <li key={programme.id} className="card">
              <h2>
                <Link to={programmePath(organisationId, programme.id)}>{programme.name}</Link>
              </h2>
              <p>
                {translator.formatList(
                  programme.languages.map((code) => languageName(translator, code)),
                )}
                {' · '}
                {t('programme.detail.duration', { count: programme.plannedDurationMonths })}
              </p>
              <p className="muted">
                {t('programme.list.updated', { date: translator.formatDate(programme.updatedAt) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
