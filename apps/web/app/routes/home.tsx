import { type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import { auth } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';
import { programmesPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'home.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { me } = await auth.requireViewer(request, context);
  const [only, ...others] = me.memberships;
  // Most people work with one organisation: no need to make them choose.
  if (only && others.length === 0) throw redirect(programmesPath(only.organisationId));
  return { memberships: me.memberships };
}

export default function Home() {
  const { memberships } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  if (memberships.length === 0) {
    return (
      <div className="narrow">
        <h1>{t('home.title')}</h1>
        <p>{t('home.noMemberships')}</p>
      </div>
    );
  }
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <ul className="card-list">
        {memberships.map((membership) => (
          <li key={membership.organisationId} className="card">
            <h2>
              <Link to={programmesPath(membership.organisationId)}>
                {membership.organisationName}
              </Link>
            </h2>
            <p className="muted">{t('home.yourRole', { role: t(`role.${membership.role}`) })}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
