import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';

export function contentSecurityPolicy(nonce: string, development: boolean): string {
  const directives = [
    "default-src 'self'",
    // Remix hydrates from inline scripts; only those carrying this response's nonce run.
    // Vite's dev client injects scripts and styles without one, so development is looser.
    development ? "script-src 'self' 'unsafe-inline'" : `script-src 'self' 'nonce-${nonce}'`,
    development ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    development ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}

/** Sets the nonce in `response.locals.cspNonce` for the Remix render of this request. */
export function securityHeaders(options: { development: boolean }): RequestHandler {
  return (_request, response, next) => {
    const nonce = randomBytes(16).toString('base64');
    response.locals.cspNonce = nonce;
    response.set({
      'Content-Security-Policy': contentSecurityPolicy(nonce, options.development),
      'X-Content-Type-Options': 'nosniff',
      // The set-password link carries its token in the address: never send it to other sites.
      'Referrer-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    });
    next();
  };
}
