import type { Request, RequestHandler } from 'express';
import { plainPage } from './plain-page.ts';

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

/** Refuses cross-origin form posts (CSRF); SameSite=Lax session cookies are the second line. */
export function csrfProtection(): RequestHandler {
  return (request, response, next) => {
    if (isSameOriginRequest(request)) {
      next();
      return;
    }
    response
      .status(403)
      .type('html')
      .send(plainPage(request, { title: 'csrf.title', body: 'csrf.body', back: 'csrf.back' }));
  };
}
