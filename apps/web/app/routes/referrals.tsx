import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { REFERRAL_STATUSES, type ReferralStatus } from '@tandem/domain';
import { SelectField, TableScroll, TextField, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { requireMembership } from '../lib/membership.server.ts';
import { title } from '../lib/meta.ts';
import { partnerLinksPath, programmesPath, referralsPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'referrals.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, membership } = await requireMembership(request, context, params.organisationId);
  const organisationId = membership.organisationId;
  const url = new URL(request.url);
  const [programmes, partners] = await Promise.all([
    viewer.api.programme.list.query({ organisationId }).catch(rethrowAsRouteError),
    viewer.api.partnerLink.list.query({ organisationId }).catch(rethrowAsRouteError),
  ]);
  const pick = (name: string, allowed: readonly string[]) => {
    const value = url.searchParams.get(name) ?? '';
    return allowed.includes(value) ? value : undefined;
  };
  const filters = {
    programmeId: pick(
      'programme',
      programmes.map((p) => p.id),
    ),
    partnerId: pick(
      'partner',
      partners.map((p) => p.id),
    ),
    status: pick('status', REFERRAL_STATUSES) as ReferralStatus | undefined,
    search: (url.searchParams.get('q') ?? '').trim().slice(0, 200) || undefined,
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

/** Staff: the referrals partner organisations sent, to screen (B1). */
export default function Referrals() {
  const { organisationId, programmes, partners, filters, referrals } =
    useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  const base = referralsPath(organisationId);
  const programmeName = (id: string) => programmes.find((p) => p.id === id)?.name ?? '—';
  const filtered = Boolean(
    filters.programmeId || filters.partnerId || filters.status || filters.search,
  );
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmesPath(organisationId)}>{t('programme.detail.backToList')}</Link>
      </p>
      <h1>{t('referrals.title')}</h1>
      <p>{t('referrals.intro')}</p>
      <p className="actions">
        <Link to={partnerLinksPath(organisationId)} className="button button--quiet">
          {t('partnerLinks.title')}
        </Link>
      </p>
      <Form method="get" className="panel filter-form" role="search">
        <SelectField
          name="programme"
          label={t('referral.programme')}
          options={[
            { value: '', label: t('pipeline.all') },
            ...programmes.map((p) => ({ value: p.id, label: p.name })),
          ]}
          defaultValue={filters.programmeId ?? ''}
        />
        <SelectField
          name="partner"
          label={t('referral.partner')}
          options={[
            { value: '', label: t('pipeline.all') },
            ...partners.map((p) => ({ value: p.id, label: p.name })),
          ]}
          defaultValue={filters.partnerId ?? ''}
        />
        <SelectField
          name="status"
          label={t('referral.status')}
          options={[
            { value: '', label: t('pipeline.all') },
            ...REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`value.referralStatus.${s}`) })),
          ]}
          defaultValue={filters.status ?? ''}
        />
        <TextField
          name="q"
          type="search"
          label={t('pipeline.search')}
          defaultValue={filters.search ?? ''}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t('pipeline.apply')}
          </button>
          {filtered ? (
            <Link to={base} className="button button--quiet">
              {t('pipeline.reset')}
            </Link>
          ) : null}
        </div>
      </Form>
      <p role="status">{t('referrals.count', { count: referrals.length })}</p>
      {referrals.length === 0 ? null : (
        <TableScroll labelledBy="referrals-caption">
          <table>
            <caption id="referrals-caption" className="visually-hidden">
              {t('referrals.title')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('referral.person')}</th>
                <th scope="col">{t('referral.partner')}</th>
                <th scope="col">{t('referral.programme')}</th>
                <th scope="col">{t('referral.status')}</th>
                <th scope="col">{t('referral.submittedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {referrals.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={referralsPath(organisationId, r.id)}>{r.person.name}</Link>
                  </th>
                  <td>{r.partner.name}</td>
                  <td>{programmeName(r.programmeId)}</td>
                  <td>
                    <span className="status">{t(`value.referralStatus.${r.status}`)}</span>
                  </td>
                  <td>{translator.formatDate(r.submittedAt, 'dateTime')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
