import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { type Column, ListTable, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { title } from '../lib/meta.ts';
import { requirePartner } from '../lib/partner.server.ts';
import { partnerAreaPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'partnerArea.referralsTitle');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, partnerId } = await requirePartner(request, context, params.partnerId);
  const [referrals, organisations] = await Promise.all([
    api.partner.referrals.list.query({ partnerId }).catch(rethrowAsRouteError),
    api.partner.organisations.query({ partnerId }).catch(rethrowAsRouteError),
  ]);
  const programmeNames = Object.fromEntries(
    organisations.flatMap((o) => o.programmes.map((p) => [p.id, p.name] as const)),
  );
  // Only what the API gives a partner: who, where, the status and its dates.
  return {
    partnerId,
    submitted: new URL(request.url).searchParams.get('submitted') === '1',
    referrals: referrals.map((r) => ({
      id: r.id,
      personName: r.personName,
      organisationName: r.organisation.name,
      programmeName: programmeNames[r.programmeId] ?? null,
      status: r.status,
      via: r.via,
      submittedAt: r.submittedAt,
      statusChangedAt: r.statusChangedAt,
    })),
  };
}

type Referral = ReturnType<typeof useLoaderData<typeof loader>>['referrals'][number];

export default function PartnerReferrals() {
  const { partnerId, referrals, submitted } = useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  const columns: Column<Referral>[] = [
    { header: t('referral.person'), cell: (r) => r.personName },
    { header: t('referral.organisation'), cell: (r) => r.organisationName },
    { header: t('referral.programme'), cell: (r) => r.programmeName ?? '—' },
    {
      header: t('referral.status'),
      cell: (r) => <span className="status">{t(`value.referralStatus.${r.status}`)}</span>,
    },
    {
      header: t('referral.submittedAt'),
      cell: (r) => (
        <>
          {translator.formatDate(r.submittedAt, 'dateTime')}
          {' · '}
          {t(`value.referralVia.${r.via}`)}
        </>
      ),
    },
    {
      header: t('referral.statusChangedAt'),
      cell: (r) => translator.formatDate(r.statusChangedAt, 'dateTime'),
    },
  ];
  return (
    <>
      <div className="page-heading">
        <h1>{t('partnerArea.referralsTitle')}</h1>
        <Link to={partnerAreaPath(partnerId, 'referrals/new')} className="button">
          {t('partnerArea.newReferral')}
        </Link>
      </div>
      {submitted ? (
        <p className="success" role="status">
          {t('partnerArea.submitted')}
        </p>
      ) : null}
      <p>{t('partnerArea.referralsIntro')}</p>
      <ListTable
        id="partner-referrals"
        caption={t('partnerArea.referralsTitle')}
        columns={columns}
        rows={referrals}
        rowKey={(r) => r.id}
        rowAttributes={(r) => ({ 'data-referral-id': r.id })}
        empty={{ text: t('partnerArea.noReferrals'), tone: 'muted' }}
      />
    </>
  );
}
