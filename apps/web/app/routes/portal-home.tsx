import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { RouteErrorMessage, useTranslator } from '@tandem/web-kit';
import type { ApiOutputs } from '@tandem/web-kit/server';
import { explanationText } from '../lib/match-explanation.ts';
import { title } from '../lib/meta.ts';
import { portalMatchPath } from '../lib/paths.ts';
import { portalReadError, requireParticipant } from '../lib/portal.server.ts';

export const meta: MetaFunction = (args) => title(args, 'portal.home.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, organisationSlug } = await requireParticipant(request, context, params);
  const home = await api.portal.home
    .query({ organisationSlug })
    .catch(portalReadError(organisationSlug));
  return { organisationSlug, home };
}

type Participation = ApiOutputs['portal']['home']['participations'][number];
type PortalMatch = NonNullable<Participation['match']>;

export default function PortalHome() {
  const { organisationSlug, home } = useLoaderData<typeof loader>();
  const { t } = useTranslator();
  return (
    <div className="narrow portal">
      <h1>{t('portal.home.greeting', { name: home.firstName })}</h1>
      <p className="muted">{home.organisationName}</p>
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
