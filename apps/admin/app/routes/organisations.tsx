import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { isLocale, localeNames } from '@tandem/i18n';
import { type Column, ListTable, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { requireOperator } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';

export const meta: MetaFunction = (args) => title(args, 'admin.organisations.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await requireOperator(request, context);
  const organisations = await viewer.api.admin.organisation.list.query().catch(rethrowAsRouteError);
  return { organisations };
}

type Organisation = ReturnType<typeof useLoaderData<typeof loader>>['organisations'][number];

export default function Organisations() {
  const { organisations } = useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  const columns: Column<Organisation>[] = [
    { header: t('admin.organisations.name'), cell: (o) => o.name },
    { header: t('admin.organisations.slug'), cell: (o) => <code>{o.slug}</code> },
    {
      header: t('admin.organisations.defaultLocale'),
      cell: (o) => (isLocale(o.defaultLocale) ? localeNames[o.defaultLocale] : o.defaultLocale),
    },
    { header: t('admin.organisations.createdAt'), cell: (o) => translator.formatDate(o.createdAt) },
  ];
  return (
    <>
      <div className="page-heading">
        <h1 id="organisations-title">{t('admin.organisations.title')}</h1>
        <Link to="/organisations/new" className="button">
          {t('admin.organisations.create')}
        </Link>
      </div>
      <p>{t('admin.organisations.intro')}</p>
      <ListTable
        id="organisations"
        caption={t('admin.organisations.title')}
        columns={columns}
        rows={organisations}
        rowKey={(o) => o.id}
        empty={{ text: t('admin.organisations.empty'), tone: 'notice' }}
      />
    </>
  );
}
