import { NavLink } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import { trainingPath } from '../lib/training-paths.ts';

/** The way between a programme's mentor training pages (A5). */
export function TrainingNav({
  organisationId,
  programmeId,
}: {
  organisationId: string;
  programmeId: string;
}) {
  const { t } = useTranslator();
  return (
    <nav aria-label={t('trainingNav.label')} className="site-nav">
      <ul>
        <li>
          <NavLink to={trainingPath(organisationId, programmeId, 'curriculum')}>
            {t('trainingCurriculum.title')}
          </NavLink>
        </li>
        <li>
          <NavLink to={trainingPath(organisationId, programmeId, 'sessions')}>
            {t('trainingSessions.title')}
          </NavLink>
        </li>
        <li>
          <NavLink to={trainingPath(organisationId, programmeId, 'coverage')}>
            {t('trainingCoverage.title')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
