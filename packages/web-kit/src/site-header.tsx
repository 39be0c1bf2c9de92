import { Form, Link, NavLink } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useTranslator } from './i18n.tsx';
import { LocaleSwitch } from './locale-switch.tsx';

export interface NavigationItem {
  to: string;
  label: string;
}

interface SiteHeaderProps {
  brand: string;
  homeHref: string;
  navigation?: readonly NavigationItem[];
  /** The signed-in person's name; without it no account links are shown. */
  viewerName?: string;
  accountLinks?: ReactNode;
  /** Where the sign-out form posts: each sign-in page has its sign-out beside it. */
  signOutAction?: string;
}

export function SiteHeader({
  brand,
  homeHref,
  navigation = [],
  viewerName,
  accountLinks,
  signOutAction = '/sign-out',
}: SiteHeaderProps) {
  const { t } = useTranslator();
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link to={homeHref} className="brand">
          {brand}
        </Link>
        <LocaleSwitch />
      </div>
      {viewerName ? (
        <div className="site-header__account">
          <span className="muted">{t('layout.signedInAs', { name: viewerName })}</span>
          {accountLinks}
          <Form method="post" action={signOutAction}>
            <button type="submit" className="button button--quiet">
              {t('layout.signOut')}
            </button>
          </Form>
        </div>
      ) : null}
      {navigation.length > 0 ? (
        <nav aria-label={t('layout.mainNavigation')} className="site-nav">
          <ul>
            {navigation.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
