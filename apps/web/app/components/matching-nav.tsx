import { NavLink } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import { matchingPath } from '../lib/paths.ts';

/** The way between a programme's matching pages (C1–C4). */
export function MatchingNav({
  organisationId,
  programmeId,
}: {
  organisationId: string;
  programmeId: string;
}) {
  const { t } = useTranslator();
  return (
    <nav aria-label={t('matchingNav.label')} className="site-nav">
      <ul>
        <li>
          <NavLink to={matchingPath(organisationId, programmeId)} end>
            {t('matchingNav.proposal')}
          </NavLink>
        </li>
        <li>
          <NavLink to={matchingPath(organisationId, programmeId, 'settings')}>
            {t('matchingNav.settings')}
          </NavLink>
        </li>
        <li>
          <NavLink to={matchingPath(organisationId, programmeId, 'duos')}>
            {t('matchingNav.duos')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
