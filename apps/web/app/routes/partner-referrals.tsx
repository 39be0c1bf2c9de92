import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { TableScroll, useTranslator } from '@tandem/web-kit';
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

export default function PartnerReferrals() {
  const { partnerId, referrals, submitted } = useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
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
      {referrals.length === 0 ? (
        <p className="muted">{t('partnerArea.noReferrals')}</p>
      ) : (
        <TableScroll labelledBy="partner-referrals-caption">
          <table>
            <caption id="partner-referrals-caption" className="visually-hidden">
              {t('partnerArea.referralsTitle')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('referral.person')}</th>
                <th scope="col">{t('referral.organisation')}</th>
                <th scope="col">{t('referral.programme')}</th>
                <th scope="col">{t('referral.status')}</th>
                <th scope="col">{t('referral.submittedAt')}</th>
                <th scope="col">{t('referral.statusChangedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {referrals.map((r) => (
                <tr key={r.id} data-referral-id={r.id}>
                  <th scope="row">{r.personName}</th>
                  <td>{r.organisationName}</td>
                  <td>{r.programmeName ?? '—'}</td>
                  <td>
                    <span className="status">{t(`value.referralStatus.${r.status}`)}</span>
                  </td>
                  <td>
                    {translator.formatDate(r.submittedAt, 'dateTime')}
                    {' · '}
                    {t(`value.referralVia.${r.via}`)}
                  </td>
                  <td>{translator.formatDate(r.statusChangedAt, 'dateTime')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
