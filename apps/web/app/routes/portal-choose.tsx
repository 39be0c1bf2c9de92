import { type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { RouteErrorMessage, useTranslator } from '@tandem/web-kit';
import { title } from '../lib/meta.ts';
import { portalSignInPath } from '../lib/paths.ts';
import { publicApi } from '../lib/public-intake.server.ts';

export const meta: MetaFunction = (args) => title(args, 'portal.signIn.title');

/** Mentors and mentees sign in at their organisation: with only one, no need to choose. */
export async function loader({ context }: LoaderFunctionArgs) {
  const organisations = await publicApi(context).portal.organisations.query();
  const [only, ...others] = organisations;
  if (only && others.length === 0) throw redirect(portalSignInPath(only.slug));
  return { organisations };
}

export default function PortalChoose() {
  const { organisations } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <div className="narrow portal">
      <h1>{t('portal.signIn.title')}</h1>
      {organisations.length === 0 ? (
        <p>{t('portal.choose.none')}</p>
      ) : (
        <>
          <p>{t('portal.signIn.staffLinkIntro')}</p>
          <ul className="card-list">
            {organisations.map((organisation) => (
              <li key={organisation.slug}>
                <Link
                  to={portalSignInPath(organisation.slug)}
                  className="button button--quiet button--large"
                >
                  {organisation.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
