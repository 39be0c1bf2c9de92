import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { RouteErrorMessage, useTranslator } from '@tandem/web-kit';
import {
  apiErrorKey,
  createApi,
  startSession,
  toFormErrors,
  translatorFor,
} from '@tandem/web-kit/server';
import { auth } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';
import { portalPath, portalSignInPath } from '../lib/paths.ts';
import { portalSlug } from '../lib/portal.server.ts';
import { publicApi } from '../lib/public-intake.server.ts';

export const meta: MetaFunction = (args) => title(args, 'portal.link.title');

const tokenPattern = /^[a-z0-9]{16,128}$/;

/**
 * Opening the link signs nobody in: mail scanners follow links, so only pressing the
 * button (a POST) uses the one-time token.
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  const organisationSlug = portalSlug(params);
  const token = new URL(request.url).searchParams.get('token') ?? '';
  return { organisationSlug, token: tokenPattern.test(token) ? token : null };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const organisationSlug = portalSlug(params);
  const token = String((await request.formData()).get('token') ?? '');
  let session: { token: string; expiresAt: string };
  try {
    session = await publicApi(context).portal.signInWithLink.mutate({ token });
  } catch (error) {
    const key = apiErrorKey(error);
    // Too many tries from here: the link itself still works later, so say when.
    if (key === 'auth.rate_limited')
      return data(
        { invalid: false, error: toFormErrors(error, translatorFor(request)).formError },
        { status: 429 },
      );
    // A malformed token is as unusable as a used one: one clear page for both.
    if (key === 'auth.sign_in_link_invalid' || key === 'validation.invalid_input')
      return data({ invalid: true, error: null }, { status: 400 });
    throw error;
  }
  const api = createApi(context, session.token);
  const me = await api.auth.me.query();
  return startSession(
    request,
    api,
    auth,
    session,
    me?.user.locale ?? null,
    portalPath(organisationSlug),
  );
}

export default function PortalSignInLink() {
  const { organisationSlug, token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  if (result?.invalid || !token) {
    return (
      <div className="narrow portal">
        <h1>{t('portal.link.invalidTitle')}</h1>
        <p className="notice" role="alert">
          {t(token ? 'auth.sign_in_link_invalid' : 'portal.link.missing')}
        </p>
        <div className="call-to-action">
          <Link to={portalSignInPath(organisationSlug)} className="button button--large">
            {t('portal.link.again')}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="narrow portal">
      <h1>{t('portal.link.title')}</h1>
      <p>{t('portal.link.intro')}</p>
      {result?.error ? (
        <p className="notice" role="alert">
          {result.error}
        </p>
      ) : null}
      <Form method="post" className="call-to-action">
        <input type="hidden" name="token" value={token ?? ''} />
        <button type="submit" className="button button--large" disabled={submitting}>
          {t('portal.link.submit')}
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
