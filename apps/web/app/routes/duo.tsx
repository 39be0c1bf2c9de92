import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { brusselsDate, type CONTACT_LOGGED_BY, type CONTACT_MODES } from '@tandem/domain';
import { type FormErrors, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { DuoCheckIns } from '../components/duo-check-ins.tsx';
import { DuoClosingMeeting } from '../components/duo-closing-meeting.tsx';
import { DuoCoaches } from '../components/duo-coaches.tsx';
import { DuoContactLog } from '../components/duo-contact-log.tsx';
import { DuoEnd } from '../components/duo-end.tsx';
import { DuoEvaluations } from '../components/duo-evaluations.tsx';
import { DuoMediation } from '../components/duo-mediation.tsx';
import { DuoPauses } from '../components/duo-pauses.tsx';
import { IntakeNav } from '../components/intake-nav.tsx';
import { OutcomeSection } from '../components/outcome-section.tsx';
import { type DuoEndIntent, isDuoEndIntent, submitDuoEnd } from '../lib/duo-end.server.ts';
import { isFollowUpIntent, submitFollowUp } from '../lib/follow-up.server.ts';
import { wholeNumber } from '../lib/intake.ts';
import { intentOf, programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { readOutcomeForm } from '../lib/outcome.server.ts';
import { matchingPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'duo.page.log');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const organisationId = access.organisationId;
  const scope = { organisationId, duoId: params.duoId ?? '' };
  const [programme, duo, followUp, coaches, end, closingMeetings, outcomes, evaluations] =
    await Promise.all([
      programmeHeading(access),
      access.api.contact.duo.query(scope).catch(rethrowAsRouteError),
      access.api.coach.followUp.query(scope).catch(rethrowAsRouteError),
      access.can.coordinate
        ? access.api.coach.coaches.query({ organisationId }).catch(rethrowAsRouteError)
        : [],
      access.api.duoEnd.summary.query(scope).catch(rethrowAsRouteError),
      access.api.closingMeeting.list.query(scope).catch(rethrowAsRouteError),
      access.api.outcome.ofDuo.query(scope).catch(rethrowAsRouteError),
      access.api.evaluation.forDuo.query(scope).catch(rethrowAsRouteError),
    ]);
  if (duo.programmeId !== programme.id) throw new Response('', { status: 404 });
  const current = followUp.assignments.find((a) => a.untilDate === null) ?? null;
  return {
    organisationId,
    programme,
    duo,
    followUp,
    end,
    closingMeetings,
    currentCoachId: current?.coachUserId ?? null,
    // The API checks again; the page only offers what the person may write.
    canFollowUp: access.can.coordinate || current?.coachUserId === access.userId,
    coaches: access.can.coordinate && duo.endedOn === null ? coaches : [],
    outcomes: outcomes.history,
    evaluations,
    today: brusselsDate(new Date().toISOString()),
  };
}

const CONTACT_INTENTS = ['log', 'startPause', 'endPause'] as const;
type ContactIntent = (typeof CONTACT_INTENTS)[number];
type Intent = ContactIntent | 'checkIn' | 'assign' | 'mediation' | 'outcome' | DuoEndIntent;
type Values = Record<string, string>;
type ActionResult =
  | { done: Intent; savedId?: string }
  | { done: null; intent: Intent; errors: FormErrors; values: Values };

const FIELDS: Record<ContactIntent, readonly string[]> = {
  log: ['contactOn', 'mode', 'loggedBy', 'durationMinutes', 'note'],
  startPause: ['fromDate', 'reason'],
  endPause: ['pauseId', 'untilDate'],
};

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const form = await request.formData();
  const scope = { organisationId: access.organisationId, duoId: params.duoId ?? '' };
  const requested = intentOf(form);
  if (isFollowUpIntent(requested)) {
    const outcome = await submitFollowUp(access.api, access.t, scope, requested, form);
    return outcome.ok
      ? data<ActionResult>({ done: requested, savedId: outcome.id })
      : data<ActionResult>({ done: null, intent: requested, ...outcome }, { status: 400 });
  }
  if (isDuoEndIntent(requested)) {
    const outcome = await submitDuoEnd(access.api, access.t, scope, requested, form);
    return outcome.ok
      ? data<ActionResult>({ done: requested })
      : data<ActionResult>({ done: null, intent: requested, ...outcome }, { status: 400 });
  }
  if (requested === 'outcome') {
    const outcome = readOutcomeForm(form);
    try {
      await access.api.outcome.recordForDuo.mutate({
        ...scope,
        moment: outcome.moment as 'end' | 'follow_up_6m',
        recordedOn: outcome.recordedOn,
        ...outcome.fields,
      });
      return data<ActionResult>({ done: 'outcome' });
    } catch (error) {
      return data<ActionResult>(
        {
          done: null,
          intent: 'outcome',
          errors: toFormErrors(error, access.t),
          values: outcome.values,
        },
        { status: 400 },
      );
    }
  }
  const intent = CONTACT_INTENTS.find((i) => i === requested) ?? 'log';
  const values: Values = Object.fromEntries(FIELDS[intent].map((f) => [f, text(form, f)]));
  try {
    if (intent === 'log')
      await access.api.contact.log.mutate({
        ...scope,
        contactOn: values.contactOn ?? '',
        mode: values.mode as (typeof CONTACT_MODES)[number],
        loggedBy: values.loggedBy as (typeof CONTACT_LOGGED_BY)[number],
        durationMinutes: values.durationMinutes ? wholeNumber(values.durationMinutes) : null,
        note: values.note || null,
      });
    else if (intent === 'startPause')
      await access.api.contact.startPause.mutate({
        ...scope,
        fromDate: values.fromDate ?? '',
        reason: values.reason ?? '',
      });
    else
      await access.api.contact.endPause.mutate({
        ...scope,
        pauseId: values.pauseId ?? '',
        untilDate: values.untilDate ?? '',
      });
    return data<ActionResult>({ done: intent });
  } catch (error) {
    return data<ActionResult>(
      { done: null, intent, errors: toFormErrors(error, access.t), values },
      { status: 400 },
    );
  }
}

const DONE = {
  log: 'duo.page.logged',
  startPause: 'duo.page.pauseStarted',
  endPause: 'duo.page.pauseEnded',
  checkIn: 'followUp.checkInSaved',
  assign: 'followUp.assigned',
  mediation: 'followUp.mediationSaved',
  endDuo: 'duoEnd.done',
  planClosing: 'closingMeeting.planned',
  rescheduleClosing: 'closingMeeting.rescheduled',
  cancelClosing: 'closingMeeting.cancelled',
  recordClosing: 'closingMeeting.recorded',
  outcome: 'outcome.record.saved',
} as const satisfies Record<Intent, string>;

export default function DuoPage() {
  const {
    organisationId,
    programme,
    duo,
    followUp,
    end,
    closingMeetings,
    currentCoachId,
    canFollowUp,
    coaches,
    today,
    outcomes,
    evaluations,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, formatDate } = useTranslator();
  const failed = (...intents: Intent[]) =>
    result?.done === null && intents.includes(result.intent) ? result : undefined;
  const rhythm = duo.followUp;
  // A saved form starts afresh instead of keeping what was just sent.
  const fresh = (intent: Intent) => (result?.done === intent ? result.savedId : undefined);
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <p>
        <Link to={matchingPath(organisationId, programme.id, 'duos')}>{t('duo.page.back')}</Link>
      </p>
      <h1>{t('duo.page.title', duo.names)}</h1>
      {result?.done ? (
        <p className="success" role="status">
          {t(DONE[result.done])}
        </p>
      ) : null}
      <section aria-labelledby="span-title" className="panel">
        <h2 id="span-title">{t('duo.page.span')}</h2>
        <dl className="details">
          <dt>{t('duo.page.start')}</dt>
          <dd>{formatDate(duo.startDate)}</dd>
          <dt>{t('duo.page.plannedEnd')}</dt>
          <dd>
            {formatDate(duo.plannedEndDate)} —{' '}
            {t('duo.page.plannedDuration', { months: duo.plannedDurationMonths })}
          </dd>
          <dt>{t('duo.page.endedOn')}</dt>
          <dd>
            {duo.endedOn
              ? `${formatDate(duo.endedOn)}${duo.endKind ? `, ${t(`duo.page.endKind.${duo.endKind}`)}` : ''}`
              : t('duo.page.stillActive')}
          </dd>
        </dl>
        {duo.endingSoon ? <p className="notice">{t('duo.page.endingSoon')}</p> : null}
      </section>
      <section aria-labelledby="rhythm-title" className="panel">
        <h2 id="rhythm-title">{t('duo.page.followUp')}</h2>
        <p>{t('contact.rhythm', { days: rhythm.contactIntervalDays })}</p>
        <p>
          {rhythm.lastContactOn
            ? t('contact.lastContact', { date: formatDate(rhythm.lastContactOn) })
            : t('contact.noContactYet')}
        </p>
        {rhythm.pausedToday ? (
          <p>{t('contact.paused')}</p>
        ) : rhythm.overdueSince ? (
          <p className="error">
            <strong>{t('contact.overdueSince', { date: formatDate(rhythm.overdueSince) })}</strong>
          </p>
        ) : rhythm.dueBy ? (
          <p>{t('contact.dueBy', { date: formatDate(rhythm.dueBy) })}</p>
        ) : null}
      </section>
      <DuoEnd summary={end} today={today} failed={failed('endDuo')} />
      <DuoClosingMeeting
        key={closingMeetings.map((m) => `${m.id}:${m.status}:${m.icsSequence}`).join()}
        meetings={closingMeetings}
        today={today}
        failed={failed('planClosing', 'rescheduleClosing', 'recordClosing', 'cancelClosing')}
      />
      <DuoEvaluations evaluations={evaluations} />
      <OutcomeSection
        moments={['end', 'follow_up_6m']}
        history={outcomes}
        intro={t(duo.endedOn ? 'outcome.section.introDuo' : 'outcome.section.notEnded')}
        today={duo.endedOn ? today : null}
        saved={false}
        failed={failed('outcome')}
      />
      <DuoContactLog contacts={duo.contacts} today={today} failed={failed('log')} />
      <DuoPauses pauses={duo.pauses} today={today} failed={failed('startPause', 'endPause')} />
      <DuoCoaches
        key={fresh('assign')}
        assignments={followUp.assignments}
        coaches={coaches}
        currentCoachId={currentCoachId}
        today={today}
        failed={failed('assign')}
      />
      {canFollowUp ? null : <p className="notice">{t('followUp.notYours')}</p>}
      <DuoCheckIns
        key={fresh('checkIn')}
        duoId={duo.id}
        checkIns={followUp.checkIns}
        canLog={canFollowUp}
        today={today}
        failed={failed('checkIn')}
      />
      <DuoMediation
        key={fresh('mediation')}
        notes={followUp.mediationNotes}
        canWrite={canFollowUp}
        today={today}
        failed={failed('mediation')}
      />
    </>
  );
}
