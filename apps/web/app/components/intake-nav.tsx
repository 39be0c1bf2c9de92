import { Link, NavLink } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import {
  intakePath,
  libraryPath,
  matchingPath,
  outboxPath,
  programmePath,
  socialMapPath,
} from '../lib/paths.ts';
import { trainingPath } from '../lib/training-paths.ts';

/** The way between a programme's intake pages. */
export function IntakeNav({
  organisationId,
  programme,
}: {
  organisationId: string;
  programme: { id: string; name: string };
}) {
  const { t } = useTranslator();
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmePath(organisationId, programme.id)}>{programme.name}</Link>
      </p>
      <nav aria-label={t('intakeNav.label')} className="site-nav">
        <ul>
          <li>
            <NavLink to={intakePath(organisationId, programme.id, 'applications')} end>
              {t('intakeNav.applications')}
            </NavLink>
          </li>
          <li>
            <NavLink to={intakePath(organisationId, programme.id, 'info-sessions')}>
              {t('intakeNav.infoSessions')}
            </NavLink>
          </li>
          <li>
            <NavLink to={intakePath(organisationId, programme.id, 'channels')}>
              {t('intakeNav.channels')}
            </NavLink>
          </li>
          <li>
            <NavLink to={trainingPath(organisationId, programme.id)}>
              {t('intakeNav.training')}
            </NavLink>
          </li>
          <li>
            <NavLink to={matchingPath(organisationId, programme.id)}>
              {t('matchingNav.label')}
            </NavLink>
          </li>
          <li>
            <NavLink to={socialMapPath(organisationId, programme.id)}>
              {t('socialMap.title')}
            </NavLink>
          </li>
          <li>
            <NavLink to={libraryPath(organisationId, programme.id)}>{t('library.nav')}</NavLink>
          </li>
          <li>
            <NavLink to={outboxPath(organisationId)}>{t('intakeNav.outbox')}</NavLink>
          </li>
        </ul>
      </nav>
    </>
  );
}
