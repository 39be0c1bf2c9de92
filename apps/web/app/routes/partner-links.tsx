import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { roleCan } from '@tandem/domain';
import { ErrorSummary, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { ReferralsHeading } from '../components/referrals-heading.tsx';
import { requireMembership } from '../lib/membership.server.ts';
import { title } from '../lib/meta.ts';
import { partnerLinksPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'partnerLinks.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, membership } = await requireMembership(request, context, params.organisationId);
  const partners = await viewer.api.partnerLink.list
    .query({ organisationId: membership.organisationId })
    .catch(rethrowAsRouteError);
  return {
    organisationId: membership.organisationId,
    partners,
    canManage: roleCan(membership.role, 'intake.manage'),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { viewer, membership, t } = await requireMembership(
    request,
    context,
    params.organisationId,
  );
  const form = await request.formData();
  const partnerId = text(form, 'partnerId');
  const input = { organisationId: membership.organisationId, partnerId };
  try {
    if (text(form, 'intent') === 'remove') await viewer.api.partnerLink.remove.mutate(input);
    else await viewer.api.partnerLink.add.mutate(input);
    return redirect(partnerLinksPath(membership.organisationId));
  } catch (error) {
    return data({ partnerId, ...toFormErrors(error, t) }, { status: 400 });
  }
}

/** Staff: which partner organisations refer people to this organisation (B1). */
export default function PartnerLinks() {
  const { organisationId, partners, canManage } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  return (
    <>
      <ReferralsHeading organisationId={organisationId} page="partnerLinks" />
      {result ? <ErrorSummary formError={result.formError} fieldErrors={{}} labels={{}} /> : null}
      {partners.length === 0 ? (
        <p className="muted">{t('partnerLinks.none')}</p>
      ) : (
        <ul className="card-list">
          {partners.map((p) => (
            <li key={p.id} className="card">
              <h2>{p.name}</h2>
              <p className="muted">
                {t(`value.partnerKind.${p.kind}`)} ·{' '}
                {p.linkedAt
                  ? t('partnerLinks.linkedSince', {
                      date: translator.formatDate(p.linkedAt, 'date'),
                    })
                  : t('partnerLinks.notLinked')}
              </p>
              {canManage ? (
                <Form method="post">
                  <input type="hidden" name="partnerId" value={p.id} />
                  <input type="hidden" name="intent" value={p.linked ? 'remove' : 'add'} />
                  <button
                    type="submit"
                    className={p.linked ? 'button button--danger' : 'button'}
                    aria-label={t(p.linked ? 'partnerLinks.removeNamed' : 'partnerLinks.addNamed', {
                      name: p.name,
                    })}
                  >
                    {t(p.linked ? 'partnerLinks.remove' : 'partnerLinks.add')}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
