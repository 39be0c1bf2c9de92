import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { requireOperator } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';

export const meta: MetaFunction = (args) => title(args, 'admin.partners.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await requireOperator(request, context);
  const partners = await viewer.api.admin.partner.list.query().catch(rethrowAsRouteError);
  return { partners };
}

export default function Partners() {
  const { partners } = useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  return (
    <>
      <div className="page-heading">
        <h1 id="partners-title">{t('admin.partners.title')}</h1>
        <Link to="/partners/new" className="button">
          {t('admin.partners.create')}
        </Link>
      </div>
      <p>{t('admin.partners.intro')}</p>
      {partners.length === 0 ? (
        <p className="notice">{t('admin.partners.empty')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll the table sideways on a phone
        <section className="table-wrap" aria-labelledby="partners-title" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.partners.name')}</th>
                <th scope="col">{t('admin.partners.kind')}</th>
                <th scope="col">{t('admin.partners.people')}</th>
                <th scope="col">{t('admin.partners.createdAt')}</th>
              </tr>
            </thead>
            <tbody>
              {partners.map((partner) => (
                <tr key={partner.id}>
                  <th scope="row">
                    <Link to={`/partners/${partner.id}`}>{partner.name}</Link>
                  </th>
                  <td>{t(`value.partnerKind.${partner.kind}`)}</td>
                  <td>
                    {t('admin.partners.peopleCount', {
                      count: partner.memberCount,
                      admins: partner.adminCount,
                    })}
                  </td>
                  <td>{translator.formatDate(partner.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
