import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { RouteErrorMessage, useTranslator } from '@tandem/web-kit';
import { title, titleText } from '../lib/meta.ts';
import { publicProgrammePath } from '../lib/paths.ts';
import { loadPublicProgramme } from '../lib/public-intake.server.ts';

export const meta: MetaFunction<typeof loader> = (args) =>
  args.data ? titleText(args, args.data.programme.programme.name) : title(args, 'notFound.title');

export async function loader({ context, params }: LoaderFunctionArgs) {
  const { scope, programme } = await loadPublicProgramme(context, params);
  return { base: publicProgrammePath(scope.organisationSlug, scope.programmeId), programme };
}

export default function PublicProgramme() {
  const { base, programme: data } = useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  const { programme, organisation, infoSessions } = data;
  return (
    <div className="narrow">
      <p className="muted">{organisation.name}</p>
      <h1>{programme.name}</h1>
      {programme.description ? <p>{programme.description}</p> : null}

      <section aria-labelledby="apply-title" className="panel">
        <h2 id="apply-title">{t('publicProgramme.applyTitle')}</h2>
        <p>{t('publicProgramme.applyIntro')}</p>
        <div className="call-to-action">
          <Link to={`${base}/apply/mentee`} className="button">
            {t('publicProgramme.applyAsMentee')}
          </Link>
          <Link to={`${base}/apply/mentor`} className="button">
            {t('publicProgramme.applyAsMentor')}
          </Link>
        </div>
      </section>

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('publicProgramme.sessionsTitle')}</h2>
        <p>{t('publicProgramme.sessionsIntro')}</p>
        {infoSessions.length === 0 ? (
          <p className="notice">{t('publicProgramme.noSessions')}</p>
        ) : (
          <ul className="card-list">
            {infoSessions.map((session) => (
              <li key={session.id} className="card">
                <h3>{translator.formatDate(session.startsAt, 'dateTime')}</h3>
                <p>{t(`value.sessionAudience.${session.audience}`)}</p>
                <p>{session.place ?? t('publicProgramme.online')}</p>
                <p className="muted">
                  {t('publicProgramme.freePlaces', { count: session.freePlaces })}
                </p>
                {session.freePlaces > 0 ? (
                  <Link to={`${base}/sessions/${session.id}/register`} className="button">
                    {t('publicProgramme.register')}
                    <span className="visually-hidden">
                      {' '}
                      ({translator.formatDate(session.startsAt, 'dateTime')})
                    </span>
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
