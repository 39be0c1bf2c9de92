import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { isLocale, localeNames } from '@tandem/i18n';
import { useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { requireOperator } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';

export const meta: MetaFunction = (args) => title(args, 'admin.organisations.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await requireOperator(request, context);
  const organisations = await viewer.api.admin.organisation.list.query().catch(rethrowAsRouteError);
  return { organisations };
}

export default function Organisations() {
  const { organisations } = useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  return (
    <>
      <div className="page-heading">
        <h1 id="organisations-title">{t('admin.organisations.title')}</h1>
        <Link to="/organisations/new" className="button">
          {t('admin.organisations.create')}
        </Link>
      </div>
      <p>{t('admin.organisations.intro')}</p>
      {organisations.length === 0 ? (
        <p className="notice">{t('admin.organisations.empty')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll the table sideways on a phone
        <section className="table-wrap" aria-labelledby="organisations-title" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.organisations.name')}</th>
                <th scope="col">{t('admin.organisations.slug')}</th>
                <th scope="col">{t('admin.organisations.defaultLocale')}</th>
                <th scope="col">{t('admin.organisations.createdAt')}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((organisation) => (
                <tr key={organisation.id}>
                  <th scope="row">{organisation.name}</th>
                  <td>
                    <code>{organisation.slug}</code>
                  </td>
                  <td>
                    {isLocale(organisation.defaultLocale)
                      ? localeNames[organisation.defaultLocale]
                      : organisation.defaultLocale}
                  </td>
                  <td>{translator.formatDate(organisation.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
