import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useNavigation } from '@remix-run/react';
import { RouteErrorMessage, useTranslator } from '@tandem/web-kit';
import type { ApiOutputs } from '@tandem/web-kit/server';
import { portalEvaluationPath } from '../lib/evaluation-paths.ts';
import { explanationText } from '../lib/match-explanation.ts';
import { title } from '../lib/meta.ts';
import { portalOutcomePath } from '../lib/outcome-paths.ts';
import {
  portalContactPath,
  portalEndPath,
  portalLibraryPath,
  portalMatchPath,
  portalPersonalDataPath,
} from '../lib/paths.ts';
import { portalReadError, requireParticipant } from '../lib/portal.server.ts';
import { portalWorkshopsPath } from '../lib/workshop-paths.ts';

export const meta: MetaFunction = (args) => title(args, 'portal.home.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, organisationSlug } = await requireParticipant(request, context, params);
  const [home, contactDuos, reminders, workshops, outcomeQuestions, evaluations] =
    await Promise.all([
      api.portal.home.query({ organisationSlug }).catch(portalReadError(organisationSlug)),
      api.portalContact.overview
        .query({ organisationSlug })
        .catch(portalReadError(organisationSlug)),
      api.portalReminders.get.query({ organisationSlug }).catch(portalReadError(organisationSlug)),
      api.portalWorkshops.list.query({ organisationSlug }).catch(portalReadError(organisationSlug)),
      api.portalOutcome.open.query({ organisationSlug }).catch(portalReadError(organisationSlug)),
      api.portalEvaluation.open
        .query({ organisationSlug })
        .catch(portalReadError(organisationSlug)),
    ]);
  const openInvitations = workshops.filter((w) => !w.cancelled && !w.held).length;
  return {
    organisationSlug,
    home,
    contactDuos,
    reminders,
    openInvitations,
    outcomeQuestions,
    evaluations,
  };
}

/** The reminders switch: the page shows the new state once it has loaded again. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { api, organisationSlug } = await requireParticipant(request, context, params);
  const form = await request.formData();
  await api.portalReminders.set
    .mutate({ organisationSlug, nonEssential: form.get('nonEssential') === 'on' })
    .catch(portalReadError(organisationSlug));
  return null;
}

type Participation = ApiOutputs['portal']['home']['participations'][number];
type PortalMatch = NonNullable<Participation['match']>;

export default function PortalHome() {
  const {
    organisationSlug,
    home,
    contactDuos,
    reminders,
    openInvitations,
    outcomeQuestions,
    evaluations,
  } = useLoaderData<typeof loader>();
  const { t, formatDate } = useTranslator();
  const switching = useNavigation().state !== 'idle';
  return (
    <div className="narrow portal">
      <h1>{t('portal.home.greeting', { name: home.firstName })}</h1>
      <p className="muted">{home.organisationName}</p>
      {contactDuos
        .filter((duo) => duo.endedOn === null)
        .map((duo) => (
          <section key={duo.duoId} className="panel" aria-label={t('portal.contact.title')}>
            <div className="call-to-action">
              <Link
                to={portalContactPath(organisationSlug, duo.duoId)}
                className="button button--large"
              >
                {t('portal.contact.button')}
              </Link>
            </div>
            <p>
              {duo.followUp.lastContactOn
                ? t('contact.lastContact', { date: formatDate(duo.followUp.lastContactOn) })
                : t('contact.noContactYet')}
            </p>
            {duo.followUp.overdueSince ? (
              <p className="error">
                {t('contact.overdueSince', { date: formatDate(duo.followUp.overdueSince) })}
              </p>
            ) : duo.followUp.dueBy ? (
              <p>{t('contact.dueBy', { date: formatDate(duo.followUp.dueBy) })}</p>
            ) : null}
            <p>
              <Link to={portalEndPath(organisationSlug, duo.duoId)}>{t('portal.end.link')}</Link>
            </p>
          </section>
        ))}
      {evaluations.map((open) => (
        <section
          key={open.evaluationId}
          className="panel"
          aria-label={t('evaluation.portal.title')}
        >
          <Link
            to={portalEvaluationPath(organisationSlug, open.evaluationId)}
            className="button button--large"
          >
            {t('evaluation.portal.homeLink')}
          </Link>
        </section>
      ))}
      {outcomeQuestions.map((open) => (
        <section key={open.duoId} className="panel" aria-label={t('outcome.portal.title')}>
          <Link
            to={portalOutcomePath(organisationSlug, open.duoId)}
            className="button button--large"
          >
            {t('outcome.portal.homeLink')}
          </Link>
        </section>
      ))}
      {openInvitations > 0 ? (
        <section className="panel" aria-label={t('portal.workshops.title')}>
          <Link to={portalWorkshopsPath(organisationSlug)} className="button button--large">
            {t('portal.workshops.homeLink', { count: openInvitations })}
          </Link>
        </section>
      ) : null}
      {home.participations.map((participation) => (
        <section
          key={participation.applicationId}
          className="panel"
          aria-labelledby={`programme-${participation.applicationId}`}
        >
          <h2 id={`programme-${participation.applicationId}`}>{participation.programmeName}</h2>
          <p>
            {t(`portal.home.role.${participation.role}`, {
              programme: participation.programmeName,
            })}{' '}
            {t('portal.home.accepted')}
          </p>
          {participation.match ? (
            <MatchSection organisationSlug={organisationSlug} match={participation.match} />
          ) : (
            <p>{t('portal.home.noMatch')}</p>
          )}
        </section>
      ))}
      <p className="call-to-action">
        <Link
          to={portalLibraryPath(organisationSlug)}
          className="button button--quiet button--large"
        >
          {t('portal.library.button')}
        </Link>
      </p>
      <section className="panel" aria-labelledby="my-data-title">
        <h2 id="my-data-title">{t('portal.myData.title')}</h2>
        <p>{t('portal.myData.intro')}</p>
        <p className="call-to-action">
          <a
            href={portalPersonalDataPath(organisationSlug, 'pdf')}
            className="button button--quiet button--large"
            download
          >
            {t('portal.myData.pdf')}
          </a>
          <a href={portalPersonalDataPath(organisationSlug, 'json')} download>
            {t('portal.myData.json')}
          </a>
        </p>
      </section>
      <section className="panel" aria-labelledby="reminders-title">
        <h2 id="reminders-title">{t('portal.reminders.title')}</h2>
        <p>{t('portal.reminders.intro')}</p>
        <Form method="post" className="call-to-action">
          <input type="hidden" name="nonEssential" value={reminders.nonEssential ? 'off' : 'on'} />
          <button
            type="submit"
            role="switch"
            aria-checked={reminders.nonEssential}
            aria-labelledby="reminders-title"
            className="button button--quiet button--large"
            disabled={switching}
          >
            {t(reminders.nonEssential ? 'portal.reminders.on' : 'portal.reminders.off')}
          </button>
        </Form>
      </section>
    </div>
  );
}

function MatchSection({
  organisationSlug,
  match,
}: {
  organisationSlug: string;
  match: PortalMatch;
}) {
  const translator = useTranslator();
  const { t } = translator;
  if (match.status === 'declined') return <p>{t('portal.home.declined')}</p>;
  if (match.status === 'cancelled') return <p>{t('portal.home.cancelled')}</p>;
  const agreementPath = portalMatchPath(organisationSlug, match.id, 'agreement');
  const mine = match.waiting.on === 'you' || match.waiting.on === 'both';
  const waitingKey = `portal.waiting.${match.waiting.step}.${match.waiting.on}`;
  const next =
    match.status !== 'proposed'
      ? null
      : mine && match.waiting.step === 'validation'
        ? { to: portalMatchPath(organisationSlug, match.id, 'validate'), label: 'validate' }
        : mine && match.waiting.step === 'acceptance'
          ? { to: agreementPath, label: 'agreement' }
          : null;
  const commonGround = match.commonGround
    .map((line) => explanationText(translator, line))
    .filter((line) => line !== null);
  return (
    <>
      <h3>{t('portal.home.matchWith', { name: match.otherFirstName })}</h3>
      {commonGround.length > 0 ? (
        <>
          <h4>{t('portal.home.commonGround')}</h4>
          <ul>
            {commonGround.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {match.firstMeeting ? (
        <>
          <h4>
            {t(
              match.firstMeeting.status === 'held'
                ? 'portal.home.firstMeetingHeld'
                : 'portal.home.firstMeeting',
            )}
          </h4>
          <dl className="details">
            <dt>{t('portal.meeting.when')}</dt>
            <dd>
              {translator.formatDate(match.firstMeeting.startsAt, 'dateTime')} (
              {t('portal.meeting.duration', { minutes: match.firstMeeting.durationMinutes })})
            </dd>
            <dt>{t('portal.meeting.where')}</dt>
            <dd>
              {match.firstMeeting.place}, {t(`portal.location.${match.firstMeeting.locationKind}`)}
            </dd>
          </dl>
        </>
      ) : (
        <p>{t('portal.home.noMeeting')}</p>
      )}
      <h3>{t('portal.home.now')}</h3>
      {match.myAnswer ? <p>{t(`portal.home.yourAnswer.${match.myAnswer}`)}</p> : null}
      {match.duo ? (
        <p className="success" role="status">
          {t('portal.home.started', {
            date: translator.formatDate(match.duo.startDate),
            end: translator.formatDate(match.duo.plannedEndDate),
          })}
        </p>
      ) : translator.isMessageKey(waitingKey) ? (
        <p>{t(waitingKey, { name: match.otherFirstName })}</p>
      ) : null}
      <div className="call-to-action">
        {next ? (
          <Link to={next.to} className="button button--large">
            {t(next.label === 'validate' ? 'portal.home.validate' : 'portal.home.agreement')}
          </Link>
        ) : match.agreement ? (
          <Link to={agreementPath} className="button button--quiet button--large">
            {t('portal.home.agreement')}
          </Link>
        ) : null}
      </div>
    </>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
