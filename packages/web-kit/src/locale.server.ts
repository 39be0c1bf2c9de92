import {
  createTranslator,
  isLocale,
  type Locale,
  negotiateLocale,
  type Translator,
} from '@tandem/i18n';
import { isHttps, readCookie, serializeCookie } from './cookies.server.ts';

export const localeCookieName = 'tandem_locale';
const oneYearInSeconds = 365 * 24 * 60 * 60;

/** The locale a person chose on this device with the language switch, if any. */
export function chosenLocale(cookieHeader: string | null | undefined): Locale | null {
  const value = readCookie(cookieHeader, localeCookieName);
  return isLocale(value) ? value : null;
}

/** Their saved choice when signed in, else this device's choice, else the browser's. */
export function resolveLocale(request: Request, accountLocale?: string | null): Locale {
  if (isLocale(accountLocale)) return accountLocale;
  return (
    chosenLocale(request.headers.get('cookie')) ??
    negotiateLocale(request.headers.get('accept-language'))
  );
}

export function translatorFor(request: Request, accountLocale?: string | null): Translator {
  return createTranslator(resolveLocale(request, accountLocale));
}

export function localeCookie(request: Request, locale: Locale): string {
  return serializeCookie(localeCookieName, locale, {
    maxAgeSeconds: oneYearInSeconds,
    secure: isHttps(request),
  });
}
