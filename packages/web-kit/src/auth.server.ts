import { type AppLoadContext, redirect } from '@remix-run/node';
import { type Api, type ApiOutputs, createApi } from './api.server.ts';
import { queueSetCookie } from './pending-cookies.server.ts';
import { createSessionCookie, type SessionCookie } from './session.server.ts';

export type Me = NonNullable<ApiOutputs['auth']['me']>;

/** The signed-in person of a request, with an API client that acts as them. */
export interface Viewer {
  me: Me;
  api: Api;
}

export interface Auth {
  sessionCookie: SessionCookie;
  getViewer(request: Request, context: AppLoadContext): Promise<Viewer | null>;
  /** Sends a signed-out person to sign in, and back here afterwards. */
  requireViewer(request: Request, context: AppLoadContext): Promise<Viewer>;
  signInUrl(returnTo?: string): string;
}

export function safeReturnTo(value: unknown, fallback = '/'): string {
  // Only paths on this app: "//host" and "/\host" would leave it.
  if (typeof value !== 'string' || !value.startsWith('/') || /^\/[/\\]/.test(value)) {
    return fallback;
  }
  return value;
}

export function createAuth(options: { cookieName: string }): Auth {
  const sessionCookie = createSessionCookie(options.cookieName);
  // Loaders of one request run in parallel; they share one auth.me call.
  const viewers = new WeakMap<AppLoadContext, Promise<Viewer | null>>();

  async function loadViewer(request: Request, context: AppLoadContext): Promise<Viewer | null> {
    const stored = sessionCookie.read(request);
    if (!stored) return null;
    const api = createApi(context, stored.token);
    const me = await api.auth.me.query();
    if (!me) {
      queueSetCookie(context, sessionCookie.clear(request));
      return null;
    }
    if (me.session.expiresAt !== stored.expiresAt) {
      queueSetCookie(
        context,
        sessionCookie.commit(request, { token: stored.token, expiresAt: me.session.expiresAt }),
      );
    }
    return { me, api };
  }

  function signInUrl(returnTo?: string): string {
    return returnTo && returnTo !== '/'
      ? `/sign-in?${new URLSearchParams({ returnTo })}`
      : '/sign-in';
  }

  function getViewer(request: Request, context: AppLoadContext): Promise<Viewer | null> {
    let viewer = viewers.get(context);
    if (!viewer) {
      viewer = loadViewer(request, context);
      viewers.set(context, viewer);
    }
    return viewer;
  }

  return {
    sessionCookie,
    getViewer,
    signInUrl,
    async requireViewer(request, context) {
      const viewer = await getViewer(request, context);
      if (viewer) return viewer;
      const url = new URL(request.url);
      throw redirect(signInUrl(`${url.pathname}${url.search}`));
    },
  };
}
