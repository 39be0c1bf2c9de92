import { describe, expect, it } from 'vitest';
import { createSessionCookie } from '../src/session.server.ts';

const cookie = createSessionCookie('tandem_session');

function requestWith(cookieHeader: string, url = 'http://localhost:3000/') {
  return new Request(url, { headers: { cookie: cookieHeader } });
}

describe('session cookie', () => {
  it('reads back the token and the expiry it was set with', () => {
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const setCookie = cookie.commit(new Request('http://localhost:3000/'), {
      token: 'abc123',
      expiresAt,
    });
    const value = setCookie.split(';')[0] ?? '';
    expect(cookie.read(requestWith(value))).toEqual({ token: 'abc123', expiresAt });
  });

  it('is httpOnly, SameSite=Lax, site-wide, and lives until the session expires', () => {
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const setCookie = cookie.commit(new Request('http://localhost:3000/'), {
      token: 't',
      expiresAt,
    });
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).not.toContain('Secure');
    const maxAge = Number(/Max-Age=(\d+)/.exec(setCookie)?.[1]);
    expect(maxAge).toBeGreaterThan(30 * 86_400 - 5);
    expect(maxAge).toBeLessThanOrEqual(30 * 86_400);
  });

  it('is Secure when the page is served over https', () => {
    const setCookie = cookie.commit(new Request('https://tandem.example/'), {
      token: 't',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(setCookie).toContain('Secure');
  });

  it('ignores other cookies and malformed values', () => {
    expect(cookie.read(requestWith('tandem_admin_session=x~2026-01-01'))).toBeNull();
    expect(cookie.read(requestWith('tandem_session=no-expiry'))).toBeNull();
    expect(cookie.read(requestWith('tandem_session=%E0%A4%A'))).toBeNull();
  });
});
