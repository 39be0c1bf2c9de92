import { NavLink } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import { partnerAreaPath } from '../lib/paths.ts';

/** The way between the pages of the partner area. */
export function PartnerNav({ partnerId, isAdmin }: { partnerId: string; isAdmin: boolean }) {
  const { t } = useTranslator();
  return (
    <nav aria-label={t('partnerArea.nav')} className="site-nav">
      <ul>
        <li>
          <NavLink to={partnerAreaPath(partnerId)} end>
            {t('partnerArea.referrals')}
          </NavLink>
        </li>
        <li>
          <NavLink to={partnerAreaPath(partnerId, 'referrals/new')}>
            {t('partnerArea.newReferral')}
          </NavLink>
        </li>
        <li>
          <NavLink to={partnerAreaPath(partnerId, 'onward')}>{t('partnerArea.onward')}</NavLink>
        </li>
        {isAdmin ? (
          <li>
            <NavLink to={partnerAreaPath(partnerId, 'api-keys')}>
              {t('partnerArea.apiKeys')}
            </NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
