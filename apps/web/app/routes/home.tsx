import { type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { auth } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';
import { partnerAreaPath, programmesPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'home.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { me, api } = await auth.requireViewer(request, context);
  // auth.me lists organisation memberships only; partner memberships come from partner.mine.
  const partners = await api.partner.mine.query().catch(rethrowAsRouteError);
  const [only, ...others] = me.memberships;
  // Most people work with one organisation or one partner: no need to make them choose.
  if (only && others.length === 0 && partners.length === 0)
    throw redirect(programmesPath(only.organisationId));
  const [onlyPartner, ...otherPartners] = partners;
  if (onlyPartner && otherPartners.length === 0 && me.memberships.length === 0)
    throw redirect(partnerAreaPath(onlyPartner.id));
  return { memberships: me.memberships, partners };
}

export default function Home() {
  const { memberships, partners } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  if (memberships.length === 0 && partners.length === 0) {
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
      {memberships.length > 0 ? (
        <section aria-labelledby="organisations-title">
          <h2 id="organisations-title">{t('home.organisations')}</h2>
          <ul className="card-list">
            {memberships.map((membership) => (
              <li key={membership.organisationId} className="card">
                <h3>
                  <Link to={programmesPath(membership.organisationId)}>
                    {membership.organisationName}
                  </Link>
                </h3>
                <p className="muted">
                  {t('home.yourRole', { role: t(`role.${membership.role}`) })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {partners.length > 0 ? (
        <section aria-labelledby="partners-title">
          <h2 id="partners-title">{t('home.partners')}</h2>
          <ul className="card-list">
            {partners.map((partner) => (
              <li key={partner.id} className="card">
                <h3>
                  <Link to={partnerAreaPath(partner.id)}>{partner.name}</Link>
                </h3>
                <p className="muted">
                  {t(`value.partnerKind.${partner.kind}`)} ·{' '}
                  {t(`value.partnerRole.${partner.role}`)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
