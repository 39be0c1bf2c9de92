import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react';
import { useTranslator } from './i18n.tsx';

/** What a person sees when a page cannot be shown; details stay in the server log. */
export function RouteErrorMessage() {
  const error = useRouteError();
  const { t } = useTranslator();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, body] =
    status === 404
      ? [t('notFound.title'), t('notFound.body')]
      : status === 403
        ? [t('errorPage.title'), t('forbidden')]
        : status === 413
          ? [t('requestTooLarge.title'), t('requestTooLarge.body')]
          : [t('errorPage.title'), t('errorPage.body')];
  return (
    <div className="narrow">
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link to="/">{t('errorPage.home')}</Link>
      </p>
    </div>
  );
}
