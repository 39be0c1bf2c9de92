import { isHttps, readCookie, serializeCookie } from './cookies.server.ts';

export interface StoredSession {
  token: string;
  /** The expiry this cookie was last set with, to notice when the API slides it. */
  expiresAt: string;
}

const thirtyDaysInSeconds = 30 * 24 * 60 * 60;

function secondsUntil(expiresAt: string): number {
  const seconds = (new Date(expiresAt).getTime() - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.min(seconds, thirtyDaysInSeconds) : thirtyDaysInSeconds;
}

/** The session token cookie; its value is `<token>~<expiresAt>` so no server state is needed. */
export function createSessionCookie(name: string) {
  return {
    read(request: Request): StoredSession | null {
      const value = readCookie(request.headers.get('cookie'), name);
      if (!value) return null;
      const separator = value.lastIndexOf('~');
      if (separator <= 0) return null;
      return { token: value.slice(0, separator), expiresAt: value.slice(separator + 1) };
    },
    commit(request: Request, session: StoredSession): string {
      return serializeCookie(name, `${session.token}~${session.expiresAt}`, {
        maxAgeSeconds: secondsUntil(session.expiresAt),
        secure: isHttps(request),
      });
    },
    clear(request: Request): string {
      return serializeCookie(name, '', { maxAgeSeconds: 0, secure: isHttps(request) });
    },
  };
}

export type SessionCookie = ReturnType<typeof createSessionCookie>;
