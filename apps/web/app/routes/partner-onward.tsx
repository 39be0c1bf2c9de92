import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { languageName } from '../lib/languages.ts';
import { title } from '../lib/meta.ts';
import { requirePartner } from '../lib/partner.server.ts';

export const meta: MetaFunction = (args) => title(args, 'partnerArea.onwardTitle');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, partnerId } = await requirePartner(request, context, params.partnerId);
  const inbox = await api.partner.onwardReferrals.query({ partnerId }).catch(rethrowAsRouteError);
  return { inbox };
}

/** B5: people the organisations' programmes referred on to this partner. */
export default function OnwardInbox() {
  const { inbox } = useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  return (
    <>
      <h1>{t('partnerArea.onwardTitle')}</h1>
      <p>{t('partnerArea.onwardIntro')}</p>
      {inbox.length === 0 ? (
        <p className="muted">{t('partnerArea.onwardEmpty')}</p>
      ) : (
        <ul className="card-list">
          {inbox.map((o) => (
            <li key={o.id} className="card">
              <h2>{o.person.name}</h2>
              <dl className="details">
                <dt>{t('referral.from')}</dt>
                <dd>{o.organisation.name}</dd>
                <dt>{t('referral.personEmail')}</dt>
                <dd>{o.person.email}</dd>
                <dt>{t('referral.personPhone')}</dt>
                <dd>{o.person.phone ?? '—'}</dd>
                <dt>{t('referral.preferredLanguage')}</dt>
                <dd>{languageName(translator, o.person.preferredLanguage)}</dd>
                <dt>{t('decision.onwardNote')}</dt>
                <dd>{o.note}</dd>
                <dt>{t('decision.onwardSentAt')}</dt>
                <dd>{o.sentAt ? translator.formatDate(o.sentAt, 'dateTime') : '—'}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
