import { describe, expect, it } from 'vitest';
import { safeReturnTo } from '../src/auth.server.ts';

const app = 'https://tandem.example/sign-in?returnTo=x';

/** What a browser makes of a Location header sent by this app. */
function landsOn(location: string): string {
  return new URL(location, app).origin;
}

describe('safeReturnTo', () => {
  it.each([
    '/',
    '/o/abc/programmes',
    '/o/abc/programmes?status=open&page=2',
    '/o/abc/programmes#top',
  ])('keeps a path of this app: %s', (path) => {
    expect(safeReturnTo(path, app)).toBe(path);
  });

  it('keeps encoded characters of a path encoded, so the redirect header stays valid', () => {
    expect(safeReturnTo('/o/abc/programmes?search=café', app)).toBe(
      '/o/abc/programmes?search=caf%C3%A9',
    );
  });

  it.each([
    ['protocol-relative', '//evil.example'],
    ['protocol-relative with a path', '//evil.example/o/abc'],
    ['backslash after the slash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['a backslash later, which browsers read as a slash', '/.\\/evil.example'],
    ['a tab after the slash, which browsers drop', '/\t/evil.example'],
    ['a tab between the slashes', '/\t\t/evil.example'],
    ['a newline after the slash', '/\n/evil.example'],
    ['a carriage return and line feed (header splitting)', '/\r\nset-cookie: x=y'],
    ['a line feed later on', '/o/abc\n'],
    ['a null character', '/o/\u0000abc'],
    ['a delete character', '/o/\u007fabc'],
    ['a dot segment that leaves two slashes', '/.//evil.example'],
    ['a dot-dot segment that leaves two slashes', '/a/..//evil.example'],
    ['an absolute address elsewhere', 'https://evil.example'],
    ['an absolute address on this host over another scheme', 'http://tandem.example/'],
    [
      'an absolute address on this very origin (only paths are expected)',
      'https://tandem.example/o',
    ],
    ['no leading slash', 'evil.example'],
    ['a javascript address', 'javascript:alert(1)'],
    ['a javascript address after a slash', '/javascript:alert(1)//'],
    ['a data address', 'data:text/html,<script>alert(1)</script>'],
    ['leading space', ' //evil.example'],
    ['an empty string', ''],
    ['a host that cannot be parsed', '//['],
    ['a port that cannot be parsed', '//evil.example:99999'],
  ])('refuses %s', (_case, value) => {
    const target = safeReturnTo(value, app);
    expect(landsOn(target)).toBe('https://tandem.example');
    expect(target.startsWith('/')).toBe(true);
    expect(target.startsWith('//')).toBe(false);
  });

  it.each([
    '/\t/evil.example',
    '/\r\n/evil.example',
    '//evil.example',
    '/\\evil.example',
    'https://evil.example',
  ])('falls back to the home page for %j', (value) => {
    expect(safeReturnTo(value, app)).toBe('/');
  });

  it.each([
    '/%2F%2Fevil.example',
    '/%2f/evil.example',
    '/%5Cevil.example',
    '/%09/evil.example',
    '/%0d%0a/evil.example',
    '/%252F%252Fevil.example',
  ])('keeps an encoded variant a path on this app: %s', (value) => {
    const target = safeReturnTo(value, app);
    expect(landsOn(target)).toBe('https://tandem.example');
    expect(target.startsWith('//')).toBe(false);
    expect(target).toMatch(/^[\x21-\x7e]+$/);
  });

  it.each([null, undefined, 42, ['/o'], { toString: () => '//evil.example' }])(
    'falls back for a value that is not text: %j',
    (value) => {
      expect(safeReturnTo(value, app)).toBe('/');
    },
  );
});
