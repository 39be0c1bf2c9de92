import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData, useRouteLoaderData } from '@remix-run/react';
import { defaultLocale } from '@tandem/i18n';
import { Document, RouteErrorMessage, SiteHeader, useTranslator } from '@tandem/web-kit';
import { resolveLocale } from '@tandem/web-kit/server';
import styles from '@tandem/web-kit/styles.css?url';
import type { ReactNode } from 'react';
import { auth } from './lib/auth.server.ts';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await auth.getViewer(request, context);
  return {
    locale: resolveLocale(request, viewer?.me.user.locale),
    operatorName: viewer?.me.isOperator ? viewer.me.user.name : null,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  return <Document locale={data?.locale ?? defaultLocale}>{children}</Document>;
}

function Header({ operatorName }: { operatorName: string | null }) {
  const { t } = useTranslator();
  return (
    <SiteHeader
      brand={t('app.adminName')}
      homeHref="/"
      viewerName={operatorName ?? undefined}
      navigation={
        operatorName
          ? [
              { to: '/organisations', label: t('admin.nav.organisations') },
              { to: '/networks', label: t('admin.nav.networks') },
              { to: '/partners', label: t('admin.nav.partners') },
            ]
          : []
      }
    />
  );
}

export default function App() {
  const { operatorName } = useLoaderData<typeof loader>();
  return (
    <>
      <Header operatorName={operatorName} />
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
      <Header operatorName={data?.operatorName ?? null} />
      <main id="main" tabIndex={-1} className="page">
        <RouteErrorMessage />
      </main>
    </>
  );
}
