import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { isLocale, type Translator } from '@tandem/i18n';
import { ErrorSummary, RouteErrorMessage, useTranslator } from '@tandem/web-kit';
import { text, toFormErrors } from '@tandem/web-kit/server';
import { title } from '../lib/meta.ts';
import { portalMatchPath, portalPath } from '../lib/paths.ts';
import { loadOwnMatch, portalReadError } from '../lib/portal.server.ts';

export const meta: MetaFunction = (args) => title(args, 'portal.agreement.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, organisationSlug, match, t } = await loadOwnMatch(request, context, params);
  // In the person's language: the text they read is the text whose hash they accept.
  const agreement = await api.portal.agreement
    .query({ organisationSlug, matchId: match.id, locale: t.locale })
    .catch(portalReadError(organisationSlug));
  return {
    organisationSlug,
    matchId: match.id,
    otherFirstName: match.otherFirstName,
    started: match.duo !== null,
    agreement,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { api, organisationSlug, t } = await loadOwnMatch(request, context, params);
  const form = await request.formData();
  const locale = text(form, 'locale');
  try {
    const accepted = await api.portal.acceptAgreement.mutate({
      organisationSlug,
      agreementId: text(form, 'agreementId'),
      locale: isLocale(locale) ? locale : t.locale,
      textSha256: text(form, 'textSha256'),
    });
    return data({ started: accepted.started, formError: null });
  } catch (error) {
    // A re-issued agreement is refused; the page then loads the new version to read.
    return data({ started: false, formError: toFormErrors(error, t).formError }, { status: 409 });
  }
}

type Block =
  | { kind: 'title'; text: string }
  | { kind: 'section'; heading: string; body: string[] }
  | { kind: 'paragraph'; text: string };

/**
 * The agreement is stored as one plain text (its hash is what was accepted); its sections
 * start with the catalogue's headings, so they are found again by those.
 */
function agreementBlocks(t: Translator, agreementText: string): Block[] {
  const headings = new Set<string>([
    t.t('agreement.text.durationHeading'),
    t.t('agreement.text.contactHeading'),
    t.t('agreement.text.ethicalCharterHeading'),
    t.t('agreement.text.confidentialityHeading'),
    t.t('agreement.text.whenDifficultHeading'),
  ]);
  return agreementText.split('\n\n').map((paragraph, index): Block => {
    if (index === 0) return { kind: 'title', text: paragraph };
    const [first = '', ...rest] = paragraph.split('\n');
    return headings.has(first) && rest.length > 0
      ? { kind: 'section', heading: first, body: rest }
      : { kind: 'paragraph', text: paragraph };
  });
}

export default function PortalAgreement() {
  const { organisationSlug, matchId, otherFirstName, started, agreement } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const submitting = useNavigation().state === 'submitting';
  const back = (
    <p>
      <Link to={portalPath(organisationSlug)}>{t('portal.back')}</Link>
    </p>
  );
  if (!agreement) {
    return (
      <div className="narrow portal">
        <h1>{t('portal.agreement.title')}</h1>
        <p className="notice">{t('portal.agreement.none')}</p>
        {back}
      </div>
    );
  }
  return (
    <div className="narrow portal">
      <h1>{t('portal.agreement.title')}</h1>
      {agreement.acceptedByMeAt ? null : <p>{t('portal.agreement.intro')}</p>}
      <ErrorSummary formError={result?.formError} labels={{}} />
      <article className="panel agreement" lang={agreement.locale}>
        {agreementBlocks(translator, agreement.text).map((block) =>
          block.kind === 'title' ? (
            <h2 key={block.text}>{block.text}</h2>
          ) : block.kind === 'section' ? (
            <section key={block.heading}>
              <h3>{block.heading}</h3>
              {block.body.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </section>
          ) : (
            <p key={block.text}>{block.text}</p>
          ),
        )}
        <p className="muted">{t('portal.agreement.version', { version: agreement.version })}</p>
      </article>
      {started ? (
        <p className="success" role="status">
          {t('portal.agreement.started')}
        </p>
      ) : null}
      {agreement.acceptedByMeAt ? (
        <p>
          {t('portal.agreement.acceptedByYou', {
            date: translator.formatDate(agreement.acceptedByMeAt, 'dateTime'),
          })}{' '}
          {t(
            agreement.acceptedByOtherAt
              ? 'portal.agreement.otherAccepted'
              : 'portal.agreement.otherPending',
            { name: otherFirstName },
          )}
        </p>
      ) : agreement.matchStatus === 'proposed' ? (
        <Form method="post" className="call-to-action">
          <input type="hidden" name="agreementId" value={agreement.id} />
          <input type="hidden" name="textSha256" value={agreement.textSha256} />
          <input type="hidden" name="locale" value={agreement.locale} />
          <button type="submit" className="button button--large" disabled={submitting}>
            {t('portal.agreement.accept')}
          </button>
        </Form>
      ) : null}
      <div className="call-to-action">
        <a
          href={portalMatchPath(organisationSlug, matchId, 'agreement.pdf')}
          className="button button--quiet button--large"
          download
        >
          {t('portal.agreement.download')}
        </a>
      </div>
      {back}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
