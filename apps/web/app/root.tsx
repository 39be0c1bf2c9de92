import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Link, Outlet, useLoaderData, useLocation, useRouteLoaderData } from '@remix-run/react';
import { defaultLocale } from '@tandem/i18n';
import { Document, RouteErrorMessage, SiteHeader, useTranslator } from '@tandem/web-kit';
import { resolveLocale } from '@tandem/web-kit/server';
import styles from '@tandem/web-kit/styles.css?url';
import type { ReactNode } from 'react';
import { auth } from './lib/auth.server.ts';
import { portalPath, portalSlugOfPath } from './lib/paths.ts';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await auth.getViewer(request, context);
  return {
    locale: resolveLocale(request, viewer?.me.user.locale),
    viewerName: viewer?.me.user.name ?? null,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  return <Document locale={data?.locale ?? defaultLocale}>{children}</Document>;
}

function Header({ viewerName }: { viewerName: string | null }) {
  const { t } = useTranslator();
  // Participants have no password and their own home and sign-in page.
  const portalSlug = portalSlugOfPath(useLocation().pathname);
  if (portalSlug) {
    return (
      <SiteHeader
        brand={t('app.name')}
        homeHref={portalPath(portalSlug)}
        viewerName={viewerName ?? undefined}
        signOutAction={`${portalPath(portalSlug)}/sign-out`}
      />
    );
  }
  return (
    <SiteHeader
      brand={t('app.name')}
      homeHref="/"
      viewerName={viewerName ?? undefined}
      accountLinks={<Link to="/account/password">{t('layout.changePassword')}</Link>}
    />
  );
}

export default function App() {
  const { viewerName } = useLoaderData<typeof loader>();
  return (
    <>
      <Header viewerName={viewerName} />
      <main id="main" tabIndex={-1} className="page">
        <Outlet />
      </main>
    </>
  );
}

export function ErrorBoundary() {
  const data = useRouteLoaderData<typeof loader>('root');
  return (
    <>
      <Header viewerName={data?.viewerName ?? null} />
      <main id="main" tabIndex={-1} className="page">
        <RouteErrorMessage />
      </main>
    </>
  );
}
