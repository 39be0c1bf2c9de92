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

function isControlCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/**
 * Where to send a person after signing in or switching language: a path on this app, or
 * the home page. `appUrl` is the address of the current request. Browsers drop tabs and
 * newlines from an address and read a backslash as a slash, so "/\t/host" and "/\\host"
 * would leave the app; such values are refused rather than repaired.
 */
export function safeReturnTo(value: unknown, appUrl: string): string {
  const home = '/';
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.includes('\\') ||
    [...value].some(isControlCharacter)
  ) {
    return home;
  }
  const own = new URL(appUrl);
  let target: URL;
  try {
    target = new URL(value, own);
  } catch {
    // "//[" names a host that cannot be parsed: not a path of this app either.
    return home;
  }
  const path = `${target.pathname}${target.search}${target.hash}`;
  // A dot segment can leave "//host" once resolved: that would be read as another site.
  if (target.origin !== own.origin || path.startsWith('//')) return home;
  return path;
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
