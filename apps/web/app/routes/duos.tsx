import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import {
  type DuoStage,
  FIRST_MEETING_LOCATION_KINDS,
  type FirstMeetingLocationKind,
  NEUTRAL_LOCATION_KINDS,
} from '@tandem/domain';
import {
  CheckboxField,
  ErrorSummary,
  type FormErrors,
  SelectField,
  TextAreaField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { useState } from 'react';
import { IntakeNav } from '../components/intake-nav.tsx';
import { MatchingNav } from '../components/matching-nav.tsx';
import { duoAgreementPath } from '../lib/agreement-paths.ts';
import { belgianLocalToIso, isoToBelgianLocal, wholeNumber } from '../lib/intake.ts';
import { intentOf, programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { duoPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'duos.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const organisationId = access.organisationId;
  const [programme, duos, members] = await Promise.all([
    programmeHeading(access),
    access.api.firstMeeting.list
      .query({ organisationId, programmeId: access.programmeId })
      .catch(rethrowAsRouteError),
    access.api.organisation.members.query({ organisationId }).catch(rethrowAsRouteError),
  ]);
  return {
    organisationId,
    programme,
    duos,
    me: access.userId,
    staff: members.map((m) => ({ value: m.userId, label: m.name })),
  };
}

const INTENTS = ['schedule', 'reschedule', 'cancel', 'outcome', 'answer'] as const;
type Intent = (typeof INTENTS)[number];

type ActionResult =
  | { done: Intent }
  | { done: null; matchId: string; intent: Intent; errors: FormErrors; values: Values };
type Values = Record<string, string>;

const FIELDS: Record<Intent, readonly string[]> = {
  schedule: ['startsAt', 'durationMinutes', 'place', 'locationKind', 'plannedStaffUserId'],
  reschedule: ['startsAt', 'durationMinutes', 'place', 'locationKind', 'plannedStaffUserId'],
  cancel: [],
  outcome: ['held', 'staffPresentUserId', 'mentorPresent', 'menteePresent'],
  answer: ['role', 'answer', 'channel', 'reason'],
};

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const form = await request.formData();
  const intent = INTENTS.find((i) => i === intentOf(form)) ?? 'schedule';
  const organisationId = access.organisationId;
  const matchId = text(form, 'matchId');
  const firstMeetingId = text(form, 'firstMeetingId');
  const values: Values = Object.fromEntries(FIELDS[intent].map((f) => [f, text(form, f)]));
  const plan = () => ({
    startsAt: belgianLocalToIso(values.startsAt ?? ''),
    durationMinutes: wholeNumber(values.durationMinutes ?? ''),
    place: values.place ?? '',
    locationKind: (values.locationKind ?? '') as FirstMeetingLocationKind,
    plannedStaffUserId: values.plannedStaffUserId ?? '',
  });
  try {
    if (intent === 'schedule')
      await access.api.firstMeeting.schedule.mutate({ organisationId, matchId, ...plan() });
    else if (intent === 'reschedule')
      await access.api.firstMeeting.reschedule.mutate({
        organisationId,
        firstMeetingId,
        ...plan(),
      });
    else if (intent === 'cancel')
      await access.api.firstMeeting.cancel.mutate({ organisationId, firstMeetingId });
    else if (intent === 'outcome')
      await access.api.firstMeeting.recordOutcome.mutate({
        organisationId,
        firstMeetingId,
        held: values.held === 'yes',
        staffPresentUserId: values.staffPresentUserId || null,
        mentorPresent: values.mentorPresent === 'yes',
        menteePresent: values.menteePresent === 'yes',
      });
    else
      await access.api.firstMeeting.recordAnswer.mutate({
        organisationId,
        matchId,
        role: values.role as 'mentor' | 'mentee',
        answer: values.answer as 'confirmed' | 'declined',
        channel: values.channel as 'phone' | 'email' | 'in_person',
        reason: values.reason || null,
      });
    return data<ActionResult>({ done: intent });
  } catch (error) {
    return data<ActionResult>(
      { done: null, matchId, intent, errors: toFormErrors(error, access.t), values },
      { status: 400 },
    );
  }
}

type Duo = ReturnType<typeof useLoaderData<typeof loader>>['duos'][number];

/** Neutral kinds first: they are the ones C3 counts. */
const LOCATION_KINDS = [
  ...NEUTRAL_LOCATION_KINDS,
  ...FIRST_MEETING_LOCATION_KINDS.filter((k) => !NEUTRAL_LOCATION_KINDS.includes(k)),
];

function StageText({ stage }: { stage: DuoStage }) {
  const { t, formatList, formatDate } = useTranslator();
  const waiting =
    'waitingOn' in stage && stage.waitingOn.length > 0
      ? t('duos.waitingOn', { who: formatList(stage.waitingOn.map((w) => t(`duos.who.${w}`))) })
      : null;
  return (
    <p>
      <strong>{t(`duos.stage.${stage.stage}`)}</strong>
      {waiting ? <> — {waiting}</> : null}
      {stage.stage === 'active' && stage.since ? (
        <> — {t('duos.since', { date: formatDate(stage.since) })}</>
      ) : null}
      {'reason' in stage && stage.reason ? (
        <> — {t('duos.closeReason', { reason: stage.reason })}</>
      ) : null}
    </p>
  );
}

function MeetingForm({ duo, errors, values }: { duo: Duo; errors?: FormErrors; values?: Values }) {
  const { t } = useTranslator();
  const { staff, me } = useLoaderData<typeof loader>();
  const submitting = useNavigation().state === 'submitting';
  const planned = duo.meeting?.status === 'planned' ? duo.meeting : null;
  const [kind, setKind] = useState(values?.locationKind ?? planned?.locationKind ?? 'library');
  const fieldErrors = errors?.fieldErrors ?? {};
  const id = (name: string) => `${name}-${duo.matchId}`;
  const labels = {
    startsAt: t('duos.field.startsAt'),
    durationMinutes: t('duos.field.durationMinutes'),
    place: t('duos.field.place'),
    locationKind: t('duos.field.locationKind'),
    plannedStaffUserId: t('duos.field.plannedStaffUserId'),
  };
  return (
    <Form method="post" noValidate className="panel">
      <h3>
        {t(
          planned
            ? 'duos.reschedule.title'
            : duo.meeting?.status === 'not_held'
              ? 'duos.schedule.againTitle'
              : 'duos.schedule.title',
        )}
      </h3>
      <ErrorSummary formError={errors?.formError} fieldErrors={fieldErrors} labels={labels} />
      <input type="hidden" name="intent" value={planned ? 'reschedule' : 'schedule'} />
      <input type="hidden" name="matchId" value={duo.matchId} />
      {planned ? <input type="hidden" name="firstMeetingId" value={planned.id} /> : null}
      <TextField
        name="startsAt"
        id={id('startsAt')}
        type="datetime-local"
        label={labels.startsAt}
        required
        defaultValue={values?.startsAt ?? (planned ? isoToBelgianLocal(planned.startsAt) : '')}
        error={fieldErrors.startsAt}
      />
      <TextField
        name="durationMinutes"
        id={id('durationMinutes')}
        type="number"
        inputMode="numeric"
        label={labels.durationMinutes}
        required
        defaultValue={values?.durationMinutes ?? planned?.durationMinutes ?? 60}
        error={fieldErrors.durationMinutes}
      />
      <TextField
        name="place"
        id={id('place')}
        label={labels.place}
        required
        defaultValue={values?.place ?? planned?.place ?? ''}
        error={fieldErrors.place}
      />
      <SelectField
        name="locationKind"
        id={id('locationKind')}
        label={labels.locationKind}
        hint={t('duos.field.locationKindHint')}
        required
        defaultValue={kind}
        onValueChange={setKind}
        options={LOCATION_KINDS.map((k) => ({
          value: k,
          label: t(`duoQuality.locationKind.${k}`),
        }))}
        error={fieldErrors.locationKind}
      />
      {NEUTRAL_LOCATION_KINDS.includes(kind as FirstMeetingLocationKind) ? null : (
        <p className="notice" role="status">
          {t('duos.nonNeutralWarning')}
        </p>
      )}
      <SelectField
        name="plannedStaffUserId"
        id={id('plannedStaffUserId')}
        label={labels.plannedStaffUserId}
        required
        defaultValue={values?.plannedStaffUserId ?? planned?.plannedStaffUserId ?? me}
        options={staff}
        error={fieldErrors.plannedStaffUserId}
      />
      <button type="submit" className="button" disabled={submitting}>
        {t(planned ? 'duos.reschedule.submit' : 'duos.schedule.submit')}
      </button>
    </Form>
  );
}

function CancelForm({
  meetingId,
  errors,
}: {
  meetingId: string;
  errors?: FormErrors;
  values?: Values;
}) {
  const { t } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  return (
    <Form method="post" className="panel">
      <ErrorSummary formError={errors?.formError} fieldErrors={{}} labels={{}} />
      <input type="hidden" name="intent" value="cancel" />
      <input type="hidden" name="firstMeetingId" value={meetingId} />
      <button type="submit" className="button button--quiet" disabled={submitting}>
        {t('duos.cancel.submit')}
      </button>
    </Form>
  );
}

function OutcomeForm({ duo, errors, values }: { duo: Duo; errors?: FormErrors; values?: Values }) {
  const { t } = useTranslator();
  const { staff } = useLoaderData<typeof loader>();
  const submitting = useNavigation().state === 'submitting';
  const fieldErrors = errors?.fieldErrors ?? {};
  const meeting = duo.meeting;
  if (!meeting) return null;
  const labels = {
    held: t('duos.field.held'),
    staffPresentUserId: t('duos.field.staffPresentUserId'),
    mentorPresent: t('duos.field.mentorPresent'),
    menteePresent: t('duos.field.menteePresent'),
  };
  const checked = (name: string) => (values ? values[name] === 'yes' : true);
  return (
    <Form method="post" noValidate className="panel">
      <h3>{t('duos.outcome.title')}</h3>
      <ErrorSummary formError={errors?.formError} fieldErrors={fieldErrors} labels={labels} />
      <input type="hidden" name="intent" value="outcome" />
      <input type="hidden" name="firstMeetingId" value={meeting.id} />
      <CheckboxField name="held" value="yes" label={labels.held} defaultChecked={checked('held')} />
      <SelectField
        name="staffPresentUserId"
        id={`staffPresentUserId-${duo.matchId}`}
        label={labels.staffPresentUserId}
        defaultValue={values?.staffPresentUserId ?? meeting.plannedStaffUserId}
        options={[{ value: '', label: t('duos.field.noStaff') }, ...staff]}
        error={fieldErrors.staffPresentUserId}
      />
      <CheckboxField
        name="mentorPresent"
        value="yes"
        label={labels.mentorPresent}
        defaultChecked={checked('mentorPresent')}
      />
      <CheckboxField
        name="menteePresent"
        value="yes"
        label={labels.menteePresent}
        defaultChecked={checked('menteePresent')}
      />
      <button type="submit" className="button" disabled={submitting}>
        {t('duos.outcome.submit')}
      </button>
    </Form>
  );
}

function AnswerForm({ duo, errors, values }: { duo: Duo; errors?: FormErrors; values?: Values }) {
  const { t } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const fieldErrors = errors?.fieldErrors ?? {};
  const id = (name: string) => `${name}-${duo.matchId}`;
  const labels = {
    role: t('duos.field.role'),
    answer: t('duos.field.answer'),
    channel: t('duos.field.channel'),
    reason: t('duos.field.reason'),
  };
  const waiting = duo.stage.stage === 'awaiting_validation' ? duo.stage.waitingOn : [];
  return (
    <Form method="post" noValidate className="panel">
      <h3>{t('duos.answer.title')}</h3>
      <ErrorSummary formError={errors?.formError} fieldErrors={fieldErrors} labels={labels} />
      <input type="hidden" name="intent" value="answer" />
      <input type="hidden" name="matchId" value={duo.matchId} />
      <SelectField
        name="role"
        id={id('role')}
        label={labels.role}
        required
        defaultValue={values?.role ?? waiting[0] ?? 'mentor'}
        options={[
          { value: 'mentor', label: duo.mentorName },
          { value: 'mentee', label: duo.menteeName },
        ]}
        error={fieldErrors.role}
      />
      <SelectField
        name="answer"
        id={id('answer')}
        label={labels.answer}
        required
        defaultValue={values?.answer ?? 'confirmed'}
        options={(['confirmed', 'declined'] as const).map((a) => ({
          value: a,
          label: t(`duos.answer.${a}`),
        }))}
        error={fieldErrors.answer}
      />
      <SelectField
        name="channel"
        id={id('channel')}
        label={labels.channel}
        required
        defaultValue={values?.channel ?? 'phone'}
        options={(['phone', 'email', 'in_person'] as const).map((c) => ({
          value: c,
          label: t(`duos.channel.${c}`),
        }))}
        error={fieldErrors.channel}
      />
      <TextAreaField
        name="reason"
        id={id('reason')}
        label={labels.reason}
        rows={2}
        defaultValue={values?.reason ?? ''}
        error={fieldErrors.reason}
      />
      <button type="submit" className="button" disabled={submitting}>
        {t('duos.answer.submit')}
      </button>
    </Form>
  );
}

export default function Duos() {
  const { organisationId, programme, duos, staff } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, formatDate } = useTranslator();
  const staffName = new Map(staff.map((s) => [s.value, s.label]));
  const failed = (duo: Duo, intent: Intent) =>
    result?.done === null && result.matchId === duo.matchId && result.intent === intent
      ? { errors: result.errors, values: result.values }
      : {};
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <MatchingNav organisationId={organisationId} programmeId={programme.id} />
      <h1>{t('duos.title')}</h1>
      <p>{t('duos.intro')}</p>
      {result?.done ? (
        <p className="success" role="status">
          {t(`duos.done.${result.done}`)}
        </p>
      ) : null}
      {duos.length === 0 ? <p className="notice">{t('duos.empty')}</p> : null}
      <ul className="card-list" aria-label={t('duos.title')}>
        {duos.map((duo) => {
          const titleId = `duo-${duo.matchId}`;
          const { stage, meeting } = duo;
          const open = stage.stage === 'to_plan' || stage.stage === 'meeting_planned';
          return (
            <li key={duo.matchId}>
              <article className="card" aria-labelledby={titleId}>
                <h2 id={titleId}>
                  {t('duos.pair', { mentor: duo.mentorName, mentee: duo.menteeName })}
                </h2>
                <StageText stage={stage} />
                {duo.duoId ? (
                  <p>
                    <Link to={duoPath(organisationId, programme.id, duo.duoId)}>
                      {t('duo.page.link')}
                    </Link>
                  </p>
                ) : null}
                <p>
                  <Link to={duoAgreementPath(organisationId, programme.id, duo.matchId)}>
                    {t('duoAgreement.link')}
                  </Link>
                </p>
                {meeting?.status === 'not_held' ? (
                  <p>
                    {t('duos.meeting.notHeld', {
                      when: formatDate(meeting.startsAt, 'dateTime'),
                      place: meeting.place,
                    })}
                  </p>
                ) : meeting && meeting.status !== 'cancelled' ? (
                  <p>
                    {t('duos.meeting', {
                      when: formatDate(meeting.startsAt, 'dateTime'),
                      place: meeting.place,
                      kind: t(`phrase.locationKind.${meeting.locationKind}`),
                    })}
                    <br />
                    {t('duos.meeting.staff', {
                      name: staffName.get(meeting.plannedStaffUserId) ?? '',
                    })}
                  </p>
                ) : null}
                {open ? (
                  <MeetingForm
                    duo={duo}
                    {...failed(duo, duo.meeting?.status === 'planned' ? 'reschedule' : 'schedule')}
                  />
                ) : null}
                {stage.stage === 'meeting_planned' && meeting ? (
                  <>
                    <CancelForm meetingId={meeting.id} {...failed(duo, 'cancel')} />
                    <OutcomeForm duo={duo} {...failed(duo, 'outcome')} />
                  </>
                ) : null}
                {stage.stage === 'awaiting_validation' ? (
                  <AnswerForm duo={duo} {...failed(duo, 'answer')} />
                ) : null}
              </article>
            </li>
          );
        })}
      </ul>
    </>
  );
}
