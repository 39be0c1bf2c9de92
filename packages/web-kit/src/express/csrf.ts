import { createTranslator, negotiateLocale } from '@tandem/i18n';
import type { Request, RequestHandler } from 'express';
import { chosenLocale } from '../locale.server.ts';
import { escapeHtml } from './escape-html.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function ownOrigin(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? ''}`;
}

/**
 * Decides whether a state-changing request comes from one of this app's own pages.
 * Browsers send Origin with every form post and fetch; Sec-Fetch-Site covers the rare
 * browser request without it. "same-site" is refused too: web and admin are the same site
 * on different ports, and neither may post to the other.
 */
export function isSameOriginRequest(request: Request): boolean {
  if (safeMethods.has(request.method)) return true;
  const origin = request.get('origin');
  if (origin !== undefined) return origin === ownOrigin(request);
  const fetchSite = request.get('sec-fetch-site');
  return fetchSite === undefined || fetchSite === 'same-origin' || fetchSite === 'none';
}

function refusalPage(request: Request): string {
  const locale =
    chosenLocale(request.get('cookie')) ?? negotiateLocale(request.get('accept-language'));
  const { t } = createTranslator(locale);
  const title = escapeHtml(t('csrf.title'));
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body><main><h1>${title}</h1><p>${escapeHtml(t('csrf.body'))}</p><p><a href="/">${escapeHtml(t('csrf.back'))}</a></p></main></body>
</html>`;
}

/** Refuses cross-origin form posts (CSRF); SameSite=Lax session cookies are the second line. */
export function csrfProtection(): RequestHandler {
  return (request, response, next) => {
    if (isSameOriginRequest(request)) {
      next();
      return;
    }
    response.status(403).type('html').send(refusalPage(request));
  };
}
