import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { type FormErrors, SelectField, useTranslator } from '@tandem/web-kit';
import { type ApiOutputs, rethrowAsRouteError, text } from '@tandem/web-kit/server';
import { CheckInForm } from '../components/check-in-form.tsx';
import { type FollowUpValues, submitFollowUp } from '../lib/follow-up.server.ts';
import { requireMembership } from '../lib/membership.server.ts';
import { title } from '../lib/meta.ts';
import { duoPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'caseload.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, membership } = await requireMembership(request, context, params.organisationId);
  const organisationId = membership.organisationId;
  const coachUserId = new URL(request.url).searchParams.get('coach') || undefined;
  const caseload = await viewer.api.coach.caseload
    .query({ organisationId, coachUserId })
    .catch(rethrowAsRouteError);
  // Ending soon is kept per programme; the caseload's own duos are the ones this coach closes.
  const mine = new Set(caseload.duos.map((d) => d.id));
  const programmes = [...new Map(caseload.duos.map((d) => [d.programme.id, d.programme]))];
  const endingSoon = (
    await Promise.all(
      programmes.map(async ([programmeId, programme]) =>
        (
          await viewer.api.contact.endingSoon
            .query({ organisationId, programmeId })
            .catch(rethrowAsRouteError)
        )
          .filter((d) => mine.has(d.id))
          .map((d) => ({ ...d, programme })),
      ),
    )
  )
    .flat()
    .sort((a, b) => a.plannedEndDate.localeCompare(b.plannedEndDate) || a.id.localeCompare(b.id));
  // Ended duos still owed their closing meeting (E2) stay on the list until one is planned.
  const toClose = await viewer.api.duoEnd.toClose
    .query({ organisationId, coachUserId })
    .catch(rethrowAsRouteError);
  return {
    organisationId,
    ownCaseload: (coachUserId ?? viewer.me.user.id) === viewer.me.user.id,
    caseload,
    endingSoon,
    toClose,
  };
}

type ActionResult =
  | { done: true; duoId: string; savedId: string }
  | {
      done: false;
      duoId: string;
      errors: FormErrors;
      values: FollowUpValues;
    };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { viewer, membership, t } = await requireMembership(
    request,
    context,
    params.organisationId,
  );
  const form = await request.formData();
  const duoId = text(form, 'duoId');
  const outcome = await submitFollowUp(
    viewer.api,
    t,
    { organisationId: membership.organisationId, duoId },
    'checkIn',
    form,
  );
  return outcome.ok
    ? data<ActionResult>({ done: true, duoId, savedId: outcome.id })
    : data<ActionResult>(
        { done: false, duoId, errors: outcome.errors, values: outcome.values },
        { status: 400 },
      );
}

type CaseloadDuo = ApiOutputs['coach']['caseload']['duos'][number];

export default function Caseload() {
  const { organisationId, ownCaseload, caseload, endingSoon, toClose } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, formatDate } = useTranslator();
  const pair = (d: { mentorName: string; menteeName: string }) =>
    t('caseload.pair', { mentor: d.mentorName, mentee: d.menteeName });
  const saved = result?.done ? caseload.duos.find((d) => d.id === result.duoId) : undefined;
  return (
    <div className="narrow">
      <h1>
        {ownCaseload || !caseload.coach
          ? t('caseload.title')
          : t('caseload.titleOf', { name: caseload.coach.name })}
      </h1>
      <p>{t('caseload.intro')}</p>
      {/* Only a coordinator is given the list of coaches to choose from. */}
      {caseload.coaches.length > 0 ? (
        <Form method="get" className="filter-form">
          <SelectField
            name="coach"
            label={t('caseload.coach')}
            defaultValue={caseload.coach?.id ?? ''}
            options={caseload.coaches.map((c) => ({ value: c.id, label: c.name }))}
          />
          <button type="submit" className="button button--quiet">
            {t('caseload.showCoach')}
          </button>
        </Form>
      ) : null}
      {saved ? (
        <p className="success" role="status">
          {t('caseload.saved', { pair: pair(saved) })}
        </p>
      ) : null}
      {caseload.duos.length === 0 ? (
        <p className="notice">{t('caseload.empty')}</p>
      ) : (
        <ul className="card-list">
          {caseload.duos.map((duo) => (
            <CaseloadCard
              key={duo.id}
              organisationId={organisationId}
              duo={duo}
              today={caseload.today}
              pair={pair(duo)}
              failed={result && !result.done && result.duoId === duo.id ? result : undefined}
              savedId={result?.done && result.duoId === duo.id ? result.savedId : undefined}
            />
          ))}
        </ul>
      )}
      {endingSoon.length > 0 ? (
        <section aria-labelledby="ending-soon-title">
          <h2 id="ending-soon-title">{t('caseload.endingSoon')}</h2>
          <p>{t('caseload.endingSoonIntro')}</p>
          <ul>
            {endingSoon.map((d) => (
              <li key={d.id}>
                <Link to={duoPath(organisationId, d.programme.id, d.id)}>
                  {t('caseload.pair', { mentor: d.mentor, mentee: d.mentee })}
                </Link>{' '}
                — <EndsOn date={d.plannedEndDate} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {toClose.length > 0 ? (
        <section aria-labelledby="to-close-title">
          <h2 id="to-close-title">{t('caseload.closing.title')}</h2>
          <ul>
            {toClose.map((d) => (
              <li key={d.id}>
                <Link to={duoPath(organisationId, d.programme.id, d.id)}>
                  {t('caseload.pair', { mentor: d.mentor, mentee: d.mentee })}
                </Link>{' '}
                — {t('caseload.closing.noMeeting', { date: formatDate(d.endedOn) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function EndsOn({ date }: { date: string }) {
  const { t, formatDate } = useTranslator();
  return <>{t('caseload.endsOn', { date: formatDate(date) })}</>;
}

function CaseloadCard({
  organisationId,
  duo,
  today,
  pair,
  failed,
  savedId,
}: {
  organisationId: string;
  duo: CaseloadDuo;
  today: string;
  pair: string;
  failed: { errors: FormErrors; values: FollowUpValues } | undefined;
  /** The check-in just saved for this duo: the form folds up and starts afresh. */
  savedId: string | undefined;
}) {
  const { t, formatDate } = useTranslator();
  const headingId = `duo-${duo.id}`;
  const dueBy = (reason: string) =>
    formatDate(
      (reason === 'contact_overdue' ? duo.need.contactDueBy : duo.need.checkInDueBy) ?? today,
    );
  return (
    <li className="card">
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>{pair}</h2>
        <p className="muted">{t('caseload.programme', { name: duo.programme.name })}</p>
        <section aria-label={t('caseload.reasons')}>
          {duo.need.reasons.length === 0 ? (
            <p>{t('caseload.fine')}</p>
          ) : (
            <ul>
              {duo.need.reasons.map((reason) => (
                <li key={reason}>
                  <strong>{t(`caseload.reason.${reason}`, { date: dueBy(reason) })}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>
        <p>
          {t('caseload.lastContact', {
            date: duo.lastContactOn ? formatDate(duo.lastContactOn) : t('caseload.never'),
          })}
          <br />
          {t('caseload.lastCheckIn', {
            date: duo.lastCheckIn ? formatDate(duo.lastCheckIn.on) : t('caseload.never'),
          })}
        </p>
        {/* An ended duo is here for the six-month call, noted on its page, not for a check-in. */}
        {duo.endedOn ? null : (
          <details key={savedId ?? 'form'} className="disclosure" open={failed !== undefined}>
            <summary>
              {t('caseload.logCheckIn')}
              <span className="visually-hidden"> {pair}</span>
            </summary>
            <CheckInForm
              duoId={duo.id}
              today={today}
              lastGoing={duo.lastCheckIn?.going ?? null}
              idPrefix={duo.id}
              failed={failed}
              submitContext={pair}
            />
          </details>
        )}
        <p>
          <Link to={duoPath(organisationId, duo.programme.id, duo.id)}>
            {t('caseload.followUp')}
            <span className="visually-hidden"> {pair}</span>
          </Link>
        </p>
      </article>
    </li>
  );
}
