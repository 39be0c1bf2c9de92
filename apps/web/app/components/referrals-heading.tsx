import { Link } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import { partnerLinksPath, programmesPath, referralsPath } from '../lib/paths.ts';

/** Staff's two pages on partner referrals, the referrals and the linked partners, lead to each other. */
export function ReferralsHeading({
  organisationId,
  page,
}: {
  organisationId: string;
  page: 'referrals' | 'partnerLinks';
}) {
  const { t } = useTranslator();
  const other =
    page === 'referrals'
      ? { to: partnerLinksPath(organisationId), label: t('partnerLinks.title') }
      : { to: referralsPath(organisationId), label: t('partnerLinks.toReferrals') };
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmesPath(organisationId)}>{t('programme.detail.backToList')}</Link>
      </p>
      <h1>{t(`${page}.title`)}</h1>
      <p>{t(`${page}.intro`)}</p>
      <p className="actions">
        <Link to={other.to} className="button button--quiet">
          {other.label}
        </Link>
      </p>
    </>
  );
}
