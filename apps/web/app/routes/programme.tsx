import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { agreementTemplatePath } from '../lib/agreement-paths.ts';
import { languageName } from '../lib/languages.ts';
import { requireMembership } from '../lib/membership.server.ts';
import { title, titleText } from '../lib/meta.ts';
import {
  intakePath,
  libraryPath,
  matchingPath,
  outboxPath,
  programmePath,
  programmesPath,
  publicProgrammePath,
  qualityPath,
  referralsPath,
  socialMapPath,
} from '../lib/paths.ts';
import { trainingPath } from '../lib/training-paths.ts';
import { workshopsPath } from '../lib/workshop-paths.ts';

export const meta: MetaFunction<typeof loader> = (args) =>
  args.data ? titleText(args, args.data.programme.name) : title(args, 'notFound.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, membership, canEditProgrammes } = await requireMembership(
    request,
    context,
    params.organisationId,
  );
  const programme = await viewer.api.programme.get
    .query({ organisationId: membership.organisationId, programmeId: params.programmeId ?? '' })
    .catch(rethrowAsRouteError);
  return {
    organisationId: membership.organisationId,
    publicPath: publicProgrammePath(membership.organisationSlug, programme.id),
    canEditProgrammes,
    programme,
  };
}

export default function Programme() {
  const { organisationId, publicPath, canEditProgrammes, programme } =
    useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmesPath(organisationId)}>{t('programme.detail.backToList')}</Link>
      </p>
      <div className="page-heading">
        <h1>{programme.name}</h1>
        {canEditProgrammes ? (
          <Link to={`${programmePath(organisationId, programme.id)}/edit`} className="button">
            {t('programme.detail.edit')}
          </Link>
        ) : null}
      </div>
      {canEditProgrammes ? null : <p className="notice">{t('programme.detail.readOnly')}</p>}
      <div className="panel">
        <p>{programme.description || t('programme.detail.noDescription')}</p>
        <dl className="details">
          <dt>{t('programme.detail.languages')}</dt>
          <dd>
            {translator.formatList(
              programme.languages.map((code) => languageName(translator, code)),
            )}
          </dd>
          <dt>{t('programme.detail.plannedDuration')}</dt>
          <dd>{t('programme.detail.duration', { count: programme.plannedDurationMonths })}</dd>
          {programme.shorterDurationReason ? (
            <>
              <dt>{t('programme.detail.shorterDurationReason')}</dt>
              <dd>{programme.shorterDurationReason}</dd>
            </>
          ) : null}
          <dt>{t('programme.detail.contact')}</dt>
          <dd>
            {t('programme.detail.contactFrequency', { count: programme.minContactFrequencyDays })}
          </dd>
        </dl>
        <p className="muted">
          {t('programme.detail.lastUpdated', { date: translator.formatDate(programme.updatedAt) })}
        </p>
      </div>
      <section className="panel" aria-labelledby="intake-title">
        <h2 id="intake-title">{t('programme.intake.title')}</h2>
        <p>{t('programme.intake.intro')}</p>
        <p>
          <Link to={publicPath}>{t('programme.intake.publicPage')}</Link>
        </p>
        <ul className="card-list">
          <li>
            <Link to={intakePath(organisationId, programme.id, 'applications')}>
              {t('intakeNav.applications')}
            </Link>
          </li>
          <li>
            <Link to={intakePath(organisationId, programme.id, 'info-sessions')}>
              {t('intakeNav.infoSessions')}
            </Link>
          </li>
          <li>
            <Link to={intakePath(organisationId, programme.id, 'channels')}>
              {t('intakeNav.channels')}
            </Link>
          </li>
          <li>
            <Link to={trainingPath(organisationId, programme.id, 'curriculum')}>
              {t('intakeNav.training')}
            </Link>
          </li>
          <li>
            <Link to={matchingPath(organisationId, programme.id)}>{t('matchingNav.label')}</Link>
          </li>
          <li>
            <Link to={workshopsPath(organisationId, programme.id)}>
              {t('workshops.programmeLink')}
            </Link>
          </li>
          <li>
            <Link to={agreementTemplatePath(organisationId, programme.id)}>
              {t('agreementTemplate.menu')}
            </Link>
          </li>
          <li>
            <Link to={outboxPath(organisationId)}>{t('intakeNav.outbox')}</Link>
          </li>
          <li>
            <Link to={qualityPath(organisationId, programme.id)}>{t('quality.title')}</Link>
          </li>
          <li>
            <Link to={socialMapPath(organisationId, programme.id)}>{t('socialMap.title')}</Link>
          </li>
          <li>
            <Link to={libraryPath(organisationId, programme.id)}>{t('library.title')}</Link>
          </li>
          <li>
            <Link to={referralsPath(organisationId)}>{t('referrals.title')}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
