import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { REFERRAL_STATUSES } from '@tandem/domain';
import {
  type Column,
  FilterForm,
  FilterSelect,
  ListTable,
  SearchFilter,
  useTranslator,
} from '@tandem/web-kit';
import { queryChoice, querySearch, rethrowAsRouteError } from '@tandem/web-kit/server';
import { ReferralsHeading } from '../components/referrals-heading.tsx';
import { requireMembership } from '../lib/membership.server.ts';
import { title } from '../lib/meta.ts';
import { referralsPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'referrals.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, membership } = await requireMembership(request, context, params.organisationId);
  const organisationId = membership.organisationId;
  const query = new URL(request.url).searchParams;
  const [programmes, partners] = await Promise.all([
    viewer.api.programme.list.query({ organisationId }).catch(rethrowAsRouteError),
    viewer.api.partnerLink.list.query({ organisationId }).catch(rethrowAsRouteError),
  ]);
  const filters = {
    programmeId: queryChoice(
      query,
      'programme',
      programmes.map((p) => p.id),
    ),
    partnerId: queryChoice(
      query,
      'partner',
      partners.map((p) => p.id),
    ),
    status: queryChoice(query, 'status', REFERRAL_STATUSES),
    search: querySearch(query),
  };
  const referrals = await viewer.api.referral.list
    .query({ organisationId, ...filters })
    .catch(rethrowAsRouteError);
  return {
    organisationId,
    programmes: programmes.map((p) => ({ id: p.id, name: p.name })),
    partners: partners.filter((p) => p.linked).map((p) => ({ id: p.id, name: p.name })),
    filters,
    referrals,
  };
}

type Referral = ReturnType<typeof useLoaderData<typeof loader>>['referrals'][number];

/** Staff: the referrals partner organisations sent, to screen (B1). */
export default function Referrals() {
  const { organisationId, programmes, partners, filters, referrals } =
    useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  const programmeName = (id: string) => programmes.find((p) => p.id === id)?.name ?? '—';
  const columns: Column<Referral>[] = [
    {
      header: t('referral.person'),
      cell: (r) => <Link to={referralsPath(organisationId, r.id)}>{r.person.name}</Link>,
    },
    { header: t('referral.partner'), cell: (r) => r.partner.name },
    { header: t('referral.programme'), cell: (r) => programmeName(r.programmeId) },
    {
      header: t('referral.status'),
      cell: (r) => <span className="status">{t(`value.referralStatus.${r.status}`)}</span>,
    },
    {
      header: t('referral.submittedAt'),
      cell: (r) => translator.formatDate(r.submittedAt, 'dateTime'),
    },
  ];
  return (
    <>
      <ReferralsHeading organisationId={organisationId} page="referrals" />
      <FilterForm filters={filters} resetTo={referralsPath(organisationId)}>
        <FilterSelect
          name="programme"
          label={t('referral.programme')}
          options={programmes.map((p) => ({ value: p.id, label: p.name }))}
          value={filters.programmeId}
        />
        <FilterSelect
          name="partner"
          label={t('referral.partner')}
          options={partners.map((p) => ({ value: p.id, label: p.name }))}
          value={filters.partnerId}
        />
        <FilterSelect
          name="status"
          label={t('referral.status')}
          options={REFERRAL_STATUSES.map((s) => ({
            value: s,
            label: t(`value.referralStatus.${s}`),
          }))}
          value={filters.status}
        />
        <SearchFilter value={filters.search} />
      </FilterForm>
      <p role="status">{t('referrals.count', { count: referrals.length })}</p>
      <ListTable
        id="referrals"
        caption={t('referrals.title')}
        columns={columns}
        rows={referrals}
        rowKey={(r) => r.id}
      />
    </>
  );
}
