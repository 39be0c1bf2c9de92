import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { RouteErrorMessage, useTranslator } from '@tandem/web-kit';
import { title } from '../lib/meta.ts';
import { publicProgrammePath } from '../lib/paths.ts';
import { loadPublicProgramme } from '../lib/public-intake.server.ts';

export const meta: MetaFunction = (args) => title(args, 'applied.title');

export async function loader({ context, params }: LoaderFunctionArgs) {
  if (params.role !== 'mentor' && params.role !== 'mentee') throw data(null, { status: 404 });
  const { scope, programme } = await loadPublicProgramme(context, params);
  const base = publicProgrammePath(scope.organisationSlug, scope.programmeId);
  const session = programme.infoSessions.find(
    (s) => s.audience === params.role && s.freePlaces > 0,
  );
  return {
    base,
    programme: programme.programme,
    organisation: programme.organisation,
    nextSession: session ?? null,
  };
}

export default function Applied() {
  const { base, programme, organisation, nextSession } = useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  return (
    <div className="narrow">
      <h1>{t('applied.title')}</h1>
      <p className="success" role="status">
        {t('applied.body', { programme: programme.name, organisation: organisation.name })}
      </p>
      <p>{t('applied.next')}</p>
      <div className="call-to-action">
        {nextSession ? (
          <Link to={`${base}/sessions/${nextSession.id}/register`} className="button">
            {t('applied.registerSession', {
              date: translator.formatDate(nextSession.startsAt, 'dateTime'),
            })}
          </Link>
        ) : null}
        <Link to={base} className="button button--quiet">
          {t('register.backToProgramme')}
        </Link>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
