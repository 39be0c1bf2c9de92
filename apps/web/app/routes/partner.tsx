import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, Outlet, useLoaderData } from '@remix-run/react';
import { RouteErrorMessage, useTranslator } from '@tandem/web-kit';
import { PartnerNav } from '../components/partner-nav.tsx';
import { requirePartner } from '../lib/partner.server.ts';

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partner, isAdmin, hasOtherPlaces } = await requirePartner(
    request,
    context,
    params.partnerId,
  );
  return { partner, isAdmin, hasOtherPlaces };
}

/** The partner area (B1): people of a partner organisation refer people and follow them. */
export default function PartnerArea() {
  const { partner, isAdmin, hasOtherPlaces } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <>
      <p className="organisation-bar muted">
        <strong>{partner.name}</strong> · {t(`value.partnerKind.${partner.kind}`)} ·{' '}
        {t(`value.partnerRole.${partner.role}`)}
        {hasOtherPlaces ? (
          <>
            {' · '}
            <Link to="/">{t('layout.switchOrganisation')}</Link>
          </>
        ) : null}
      </p>
      <PartnerNav partnerId={partner.id} isAdmin={isAdmin} />
      <Outlet />
    </>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
