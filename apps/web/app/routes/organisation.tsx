import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, Outlet, useLoaderData } from '@remix-run/react';
import { roleCan } from '@tandem/domain';
import { RouteErrorMessage, useTranslator } from '@tandem/web-kit';
import { requireMembership } from '../lib/membership.server.ts';
import { caseloadPath, partnerLinksPath, referralsPath } from '../lib/paths.ts';

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, membership } = await requireMembership(request, context, params.organisationId);
  return {
    organisationId: membership.organisationId,
    organisationName: membership.organisationName,
    role: membership.role,
    followsDuos: roleCan(membership.role, 'duo.manage'),
    hasOtherOrganisations: viewer.me.memberships.length > 1,
  };
}

export default function Organisation() {
  const { organisationId, organisationName, role, followsDuos, hasOtherOrganisations } =
    useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <>
      <p className="organisation-bar muted">
        <strong>{organisationName}</strong> · {t(`role.${role}`)}
        {followsDuos ? (
          <>
            {' · '}
            <Link to={caseloadPath(organisationId)}>{t('nav.caseload')}</Link>
          </>
        ) : null}
        {' · '}
        <Link to={referralsPath(organisationId)}>{t('referrals.title')}</Link>
        {' · '}
        <Link to={partnerLinksPath(organisationId)}>{t('partnerLinks.title')}</Link>
        {hasOtherOrganisations ? (
          <>
            {' · '}
            <Link to="/">{t('layout.switchOrganisation')}</Link>
          </>
        ) : null}
      </p>
      <Outlet />
    </>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
