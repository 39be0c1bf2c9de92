import { type ActionFunctionArgs, data, redirect } from '@remix-run/node';
import { isLocale } from '@tandem/i18n';
import { type Api, type ApiOutputs, createApi } from './api.server.ts';
import { type Auth, safeReturnTo } from './auth.server.ts';
import { text } from './form-data.server.ts';
import { toFormErrors } from './form-errors.server.ts';
import type { FormErrors, SignInActionData } from './form-result.ts';
import { chosenLocale, localeCookie, translatorFor } from './locale.server.ts';
import type { StoredSession } from './session.server.ts';

export async function signIn(
  { request, context }: ActionFunctionArgs,
  options: { auth: Auth; operatorsOnly?: boolean },
) {
  const form = await request.formData();
  const email = text(form, 'email');
  const returnTo = safeReturnTo(form.get('returnTo'), request.url);
  const t = translatorFor(request);
  const refuse = (errors: FormErrors, status: number) =>
    data<SignInActionData>({ values: { email }, ...errors }, { status });

  let session: ApiOutputs['auth']['signIn'];
  try {
    session = await createApi(context, null).auth.signIn.mutate({
      email,
      password: String(form.get('password') ?? ''),
    });
  } catch (error) {
    return refuse(toFormErrors(error, t), 400);
  }
  const api = createApi(context, session.token);

  if (options.operatorsOnly) {
    const me = await api.auth.me.query();
    if (!me?.isOperator) {
      await api.auth.signOut.mutate();
      return refuse({ formError: t.t('signIn.notOperator'), fieldErrors: {} }, 403);
    }
  }

  return startSession(request, api, options.auth, session, session.user.locale, returnTo);
}

/**
 * The one way a session the API handed out becomes this browser's: the session cookie, and
 * the language kept in step with the account's. Used by every way of signing in.
 */
export async function startSession(
  request: Request,
  api: Api,
  auth: Auth,
  session: StoredSession,
  accountLocale: string | null,
  returnTo: string,
) {
  const headers = new Headers();
  headers.append('set-cookie', auth.sessionCookie.commit(request, session));
  const deviceLocale = chosenLocale(request.headers.get('cookie'));
  if (deviceLocale && deviceLocale !== accountLocale) {
    // The language picked on the sign-in page is the person's latest choice: keep it.
    await api.auth.setLocale.mutate({ locale: deviceLocale });
  } else if (!deviceLocale && isLocale(accountLocale)) {
    headers.append('set-cookie', localeCookie(request, accountLocale));
  }
  return redirect(returnTo, { headers });
}

/** `to`: where a signed-out person lands, the sign-in page they came from. */
export async function signOut(
  { request, context }: ActionFunctionArgs,
  options: { auth: Auth; to?: string },
) {
  const stored = options.auth.sessionCookie.read(request);
  if (stored) {
    try {
      await createApi(context, stored.token).auth.signOut.mutate();
    } catch {
      // A session the API no longer knows is signed out already; clearing the cookie is enough.
    }
  }
  return redirect(options.to ?? '/sign-in', {
    headers: { 'set-cookie': options.auth.sessionCookie.clear(request) },
  });
}

export async function switchLocale(
  { request, context }: ActionFunctionArgs,
  options: { auth: Auth },
) {
  const form = await request.formData();
  const locale = form.get('locale');
  const returnTo = safeReturnTo(form.get('returnTo'), request.url);
  if (!isLocale(locale)) return redirect(returnTo);
  const viewer = await options.auth.getViewer(request, context);
  if (viewer) await viewer.api.auth.setLocale.mutate({ locale });
  return redirect(returnTo, { headers: { 'set-cookie': localeCookie(request, locale) } });
}
