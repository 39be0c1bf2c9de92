import { Links, Meta, Scripts, ScrollRestoration } from '@remix-run/react';
import type { Locale } from '@tandem/i18n';
import type { ReactNode } from 'react';
import { I18nProvider, useTranslator } from './i18n.tsx';
import { useNonce } from './nonce.tsx';

// Inline, so neither app needs a public folder for it: the two-coloured tandem mark.
const favicon =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 16'%3E%3Crect width='24' height='16' rx='8' fill='%23f2b705'/%3E%3Cpath d='M8 0h4v16H8A8 8 0 0 1 8 0z' fill='%230b6e5f'/%3E%3C/svg%3E";

function SkipLink() {
  const { t } = useTranslator();
  return (
    <a className="skip-link" href="#main">
      {t('layout.skipToContent')}
    </a>
  );
}

/** The HTML around every page, in the person's language. */
export function Document({ locale, children }: { locale: Locale; children: ReactNode }) {
  const nonce = useNonce();
  return (
    <I18nProvider locale={locale}>
      <html lang={locale} dir="ltr">
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="color-scheme" content="light" />
          <link rel="icon" href={favicon} />
          <Meta />
          <Links />
        </head>
        <body>
          <SkipLink />
          {children}
          <ScrollRestoration nonce={nonce} />
          <Scripts nonce={nonce} />
        </body>
      </html>
    </I18nProvider>
  );
}
