import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import { text, toFormErrors } from '@tandem/web-kit/server';
import { title } from '../lib/meta.ts';
import { portalPath } from '../lib/paths.ts';
import { portalReadError, requireParticipant } from '../lib/portal.server.ts';
import { portalWorkshopsPath } from '../lib/workshop-paths.ts';

export const meta: MetaFunction = (args) => title(args, 'portal.workshops.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, organisationSlug } = await requireParticipant(request, context, params);
  const workshops = await api.portalWorkshops.list
    .query({ organisationSlug })
    .catch(portalReadError(organisationSlug));
  return { organisationSlug, workshops };
}

type ActionResult = { invitationId: string; error: string | null };

/** One tap answers: "I will come" or "I cannot come". */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { api, organisationSlug, t } = await requireParticipant(request, context, params);
  const form = await request.formData();
  const invitationId = text(form, 'invitationId');
  const answer = text(form, 'answer') === 'registered' ? 'registered' : 'declined';
  try {
    await api.portalWorkshops.answer.mutate({ organisationSlug, invitationId, answer });
    return data<ActionResult>({ invitationId, error: null });
  } catch (error) {
    const { formError, fieldErrors } = toFormErrors(error, t);
    return data<ActionResult>(
      { invitationId, error: formError ?? Object.values(fieldErrors)[0] ?? null },
      { status: 400 },
    );
  }
}

export default function PortalWorkshops() {
  const { organisationSlug, workshops } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, formatDate } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  return (
    <div className="narrow portal">
      <p className="breadcrumb">
        <Link to={portalPath(organisationSlug)}>{t('portal.home.title')}</Link>
      </p>
      <h1>{t('portal.workshops.title')}</h1>
      <p>{t('portal.workshops.intro')}</p>
      {workshops.length === 0 ? <p className="notice">{t('portal.workshops.empty')}</p> : null}
      {workshops.map((w) => {
        const open = !w.cancelled && !w.held;
        const headingId = `workshop-${w.invitationId}`;
        return (
          <section key={w.invitationId} className="panel" aria-labelledby={headingId}>
            <h2 id={headingId}>{w.theme}</h2>
            <p>
              {formatDate(w.startsAt, 'dateTime')} · {t(`workshop.kind.${w.kind}`)}
            </p>
            {w.place ? <p>{w.place}</p> : null}
            {w.onlineUrl && open ? (
              <p>
                <a href={w.onlineUrl}>{t('portal.workshops.online')}</a>
              </p>
            ) : null}
            <p>
              <strong>{t(`workshop.status.${w.status}`)}</strong>
              {open ? ` · ${t('portal.workshops.seatsLeft', { count: w.seatsLeft })}` : ''}
            </p>
            {w.cancelled ? <p className="notice">{t('portal.workshops.cancelled')}</p> : null}
            {w.held && !w.cancelled ? <p className="muted">{t('portal.workshops.held')}</p> : null}
            {result?.invitationId === w.invitationId && result.error ? (
              <p className="error-summary" role="alert">
                {result.error}
              </p>
            ) : null}
            {open ? (
              <Form method="post" className="choice-buttons">
                <input type="hidden" name="invitationId" value={w.invitationId} />
                {w.status !== 'registered' ? (
                  <button
                    type="submit"
                    name="answer"
                    value="registered"
                    className="button button--large"
                    disabled={submitting}
                  >
                    {t('portal.workshops.register')}
                  </button>
                ) : null}
                {w.status !== 'declined' ? (
                  <button
                    type="submit"
                    name="answer"
                    value="declined"
                    className="button button--quiet button--large"
                    disabled={submitting}
                  >
                    {t('portal.workshops.decline')}
                  </button>
                ) : null}
              </Form>
            ) : null}
            {!w.held ? (
              <p>
                <a href={portalWorkshopsPath(organisationSlug, w.invitationId)} download>
                  {t('portal.workshops.calendar')}
                </a>
              </p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
