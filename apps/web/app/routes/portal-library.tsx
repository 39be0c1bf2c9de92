import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { RESOURCE_KINDS } from '@tandem/domain';
import { localeNames } from '@tandem/i18n';
import { RouteErrorMessage, useTranslator } from '@tandem/web-kit';
import { title } from '../lib/meta.ts';
import { portalLibraryPath, portalPath } from '../lib/paths.ts';
import { portalReadError, requireParticipant } from '../lib/portal.server.ts';

export const meta: MetaFunction = (args) => title(args, 'portal.library.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, organisationSlug, t } = await requireParticipant(request, context, params);
  const resources = await api.portalLibrary.list
    .query({ organisationSlug, locale: t.locale })
    .catch(portalReadError(organisationSlug));
  return { organisationSlug, resources };
}

/** Participants: the programme's material meant for them, in their language first. */
export default function PortalLibrary() {
  const { organisationSlug, resources } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslator();
  return (
    <div className="narrow portal">
      <p className="breadcrumb">
        <Link to={portalPath(organisationSlug)}>{t('portal.library.back')}</Link>
      </p>
      <h1>{t('portal.library.title')}</h1>
      <p>{t('portal.library.intro')}</p>
      {resources.length === 0 ? <p className="muted">{t('portal.library.none')}</p> : null}
      {RESOURCE_KINDS.map((kind) => {
        const ofKind = resources.filter((r) => r.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{t(`library.kind.${kind}`)}</h2>
            <ul className="card-list">
              {ofKind.map((r) => (
                <li key={r.id} className="card">
                  <h3 lang={r.locale ?? undefined}>{r.title}</h3>
                  {r.description ? <p lang={r.locale ?? undefined}>{r.description}</p> : null}
                  {r.locale && r.locale !== locale ? (
                    <p className="muted">{localeNames[r.locale]}</p>
                  ) : null}
                  <p>
                    {r.url ? (
                      <a
                        href={r.url}
                        rel="noopener noreferrer"
                        className="button button--quiet"
                        aria-label={t('portal.library.open', { title: r.title })}
                      >
                        {t('portal.library.openLink')}
                      </a>
                    ) : r.file ? (
                      <a
                        href={portalLibraryPath(organisationSlug, r.id)}
                        className="button button--quiet"
                        download
                      >
                        {t('library.download', { name: r.file.name })}
                      </a>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
