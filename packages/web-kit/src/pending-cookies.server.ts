import type { AppLoadContext } from '@remix-run/node';

/**
 * Cookies decided while loading data (a slid session expiry, a session the API no longer
 * knows) that no single loader's response owns. entry.server adds them to the response.
 */
const pending = new WeakMap<AppLoadContext, Set<string>>();

export function queueSetCookie(context: AppLoadContext, setCookie: string): void {
  const cookies = pending.get(context) ?? new Set<string>();
  cookies.add(setCookie);
  pending.set(context, cookies);
}

export function appendQueuedCookies(context: AppLoadContext, headers: Headers): void {
  for (const cookie of pending.get(context) ?? []) headers.append('set-cookie', cookie);
  pending.delete(context);
}
