import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { DUO_ROLES } from '@tandem/domain';
import { locales } from '@tandem/i18n';
import { ErrorSummary, type FormErrors, TextField, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { MatchingNav } from '../components/matching-nav.tsx';
import { duoAgreementPdfPath } from '../lib/agreement-paths.ts';
import { wholeNumber } from '../lib/intake.ts';
import { programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { languageName } from '../lib/languages.ts';
import { title } from '../lib/meta.ts';
import { matchingPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'duoAgreement.link');

async function loadAgreement(access: Awaited<ReturnType<typeof requireIntake>>, matchId: string) {
  const agreement = await access.api.agreement.versions
    .query({ organisationId: access.organisationId, matchId })
    .catch(rethrowAsRouteError);
  // The match belongs to another programme than the address says: there is no such page.
  if (agreement.programmeId !== access.programmeId) throw data(null, { status: 404 });
  return agreement;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const [programme, agreement] = await Promise.all([
    programmeHeading(access),
    loadAgreement(access, params.matchId ?? ''),
  ]);
  return { organisationId: access.organisationId, programme, agreement };
}

const FIELDS = ['durationMonths', 'contactIntervalDays'] as const;

type ActionResult =
  | { done: true; version: number }
  | { done: false; errors: FormErrors; values: Record<string, string> };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const agreement = await loadAgreement(access, params.matchId ?? '');
  const form = await request.formData();
  const values = Object.fromEntries(FIELDS.map((f) => [f, text(form, f)]));
  try {
    const issued = await access.api.agreement.reissue.mutate({
      organisationId: access.organisationId,
      matchId: agreement.matchId,
      durationMonths: wholeNumber(values.durationMonths ?? ''),
      contactIntervalDays: wholeNumber(values.contactIntervalDays ?? ''),
    });
    return data<ActionResult>({ done: true, version: issued.version });
  } catch (error) {
    return data<ActionResult>(
      { done: false, errors: toFormErrors(error, access.t), values },
      { status: 400 },
    );
  }
}

export default function DuoAgreement() {
  const { organisationId, programme, agreement } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t, formatDate } = translator;
  const submitting = useNavigation().state === 'submitting';
  const refused = result?.done === false ? result : null;
  const current = agreement.versions.find((v) => v.supersededAt === null) ?? null;
  const names = { mentor: agreement.mentorName, mentee: agreement.menteeName };
  const labels = {
    durationMonths: t('duoAgreement.reissue.durationMonths'),
    contactIntervalDays: t('duoAgreement.reissue.contactIntervalDays'),
  };
  const value = (name: (typeof FIELDS)[number], fallback: number) =>
    refused?.values[name] ?? String(fallback);
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <MatchingNav organisationId={organisationId} programmeId={programme.id} />
      <p className="breadcrumb">
        <Link to={matchingPath(organisationId, programme.id, 'duos')}>
          {t('duoAgreement.back')}
        </Link>
      </p>
      <h1>
        {t('duoAgreement.title', { mentor: agreement.mentorName, mentee: agreement.menteeName })}
      </h1>
      {result?.done ? (
        <p className="success" role="status">
          {t('duoAgreement.reissued', { version: result.version })}
        </p>
      ) : null}
      {agreement.duo ? (
        <p className="notice">
          {t('duoAgreement.status.started', { date: formatDate(agreement.duo.startDate) })}
        </p>
      ) : agreement.status !== 'proposed' ? (
        <p className="notice">{t('duoAgreement.status.closed')}</p>
      ) : current === null ? (
        <p className="notice">{t('duoAgreement.none')}</p>
      ) : (
        <p className="notice">{t('duoAgreement.status.waiting')}</p>
      )}

      {agreement.versions.length > 0 ? (
        <section aria-labelledby="versions-title">
          <h2 id="versions-title">{t('duoAgreement.versions')}</h2>
          <ul className="card-list">
            {[...agreement.versions].reverse().map((version) => (
              <li key={version.id}>
                <article className="card" aria-labelledby={`version-${version.version}`}>
                  <h3 id={`version-${version.version}`}>
                    {t('duoAgreement.version', { version: version.version })}
                    {version.supersededAt === null ? (
                      <>
                        {' '}
                        <span className="status">{t('duoAgreement.current')}</span>
                      </>
                    ) : null}
                  </h3>
                  <p>
                    {version.issuedByName === null
                      ? t('duoAgreement.issuedAutomatically', {
                          date: formatDate(version.issuedAt, 'dateTime'),
                        })
                      : t('duoAgreement.issuedBy', {
                          date: formatDate(version.issuedAt, 'dateTime'),
                          name: version.issuedByName,
                        })}
                    {version.supersededAt ? (
                      <>
                        <br />
                        {t('duoAgreement.superseded', {
                          date: formatDate(version.supersededAt, 'dateTime'),
                        })}
                      </>
                    ) : null}
                  </p>
                  <dl className="details">
                    <dt>{t('programme.detail.plannedDuration')}</dt>
                    <dd>{t('programme.detail.duration', { count: version.durationMonths })}</dd>
                    <dt>{t('programme.detail.contact')}</dt>
                    <dd>
                      {t('programme.detail.contactFrequency', {
                        count: version.contactIntervalDays,
                      })}
                    </dd>
                  </dl>
                  <ul>
                    {DUO_ROLES.map((role) => {
                      const accepted = version.acceptances[role];
                      const who = { role: t(`value.role.${role}`), name: names[role] };
                      return (
                        <li key={role}>
                          {accepted
                            ? t('duoAgreement.accepted', {
                                ...who,
                                date: formatDate(accepted.at, 'dateTime'),
                                language: languageName(translator, accepted.locale),
                              })
                            : t('duoAgreement.notAccepted', who)}
                        </li>
                      );
                    })}
                  </ul>
                  <p>
                    {locales.map((locale, index) => (
                      <span key={locale}>
                        {index > 0 ? ' · ' : null}
                        <a
                          href={duoAgreementPdfPath(
                            organisationId,
                            programme.id,
                            agreement.matchId,
                            version.version,
                            locale,
                          )}
                          download
                        >
                          {t('duoAgreement.pdf', { language: languageName(translator, locale) })}
                        </a>
                      </span>
                    ))}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="reissue-title">
        <h2 id="reissue-title">{t('duoAgreement.reissue.title')}</h2>
        {agreement.canReissue ? (
          <Form method="post" noValidate>
            <p>{t('duoAgreement.reissue.intro')}</p>
            {refused ? (
              <ErrorSummary
                formError={refused.errors.formError}
                fieldErrors={refused.errors.fieldErrors}
                labels={labels}
              />
            ) : null}
            <TextField
              name="durationMonths"
              type="number"
              inputMode="numeric"
              min={1}
              max={60}
              required
              label={labels.durationMonths}
              error={refused?.errors.fieldErrors.durationMonths}
              defaultValue={value(
                'durationMonths',
                current?.durationMonths ?? agreement.programmeDurationMonths,
              )}
            />
            <TextField
              name="contactIntervalDays"
              type="number"
              inputMode="numeric"
              min={1}
              max={31}
              required
              label={labels.contactIntervalDays}
              error={refused?.errors.fieldErrors.contactIntervalDays}
              defaultValue={value(
                'contactIntervalDays',
                current?.contactIntervalDays ?? agreement.programmeContactIntervalDays,
              )}
            />
            <button type="submit" className="button" disabled={submitting}>
              {t('duoAgreement.reissue.submit')}
            </button>
          </Form>
        ) : (
          <p>{t('duoAgreement.reissue.notPossible')}</p>
        )}
      </section>
    </>
  );
}
