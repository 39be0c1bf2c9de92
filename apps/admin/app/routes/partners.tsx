import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { type Column, ListTable, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { requireOperator } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';

export const meta: MetaFunction = (args) => title(args, 'admin.partners.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await requireOperator(request, context);
  const partners = await viewer.api.admin.partner.list.query().catch(rethrowAsRouteError);
  return { partners };
}

type Partner = ReturnType<typeof useLoaderData<typeof loader>>['partners'][number];

export default function Partners() {
  const { partners } = useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  const columns: Column<Partner>[] = [
    {
      header: t('admin.partners.name'),
      cell: (p) => <Link to={`/partners/${p.id}`}>{p.name}</Link>,
    },
    { header: t('admin.partners.kind'), cell: (p) => t(`value.partnerKind.${p.kind}`) },
    {
      header: t('admin.partners.people'),
      cell: (p) => t('admin.partners.peopleCount', { count: p.memberCount, admins: p.adminCount }),
    },
    { header: t('admin.partners.createdAt'), cell: (p) => translator.formatDate(p.createdAt) },
  ];
  return (
    <>
      <div className="page-heading">
        <h1 id="partners-title">{t('admin.partners.title')}</h1>
        <Link to="/partners/new" className="button">
          {t('admin.partners.create')}
        </Link>
      </div>
      <p>{t('admin.partners.intro')}</p>
      <ListTable
        id="partners"
        caption={t('admin.partners.title')}
        columns={columns}
        rows={partners}
        rowKey={(p) => p.id}
        empty={{ text: t('admin.partners.empty'), tone: 'notice' }}
      />
    </>
  );
}
