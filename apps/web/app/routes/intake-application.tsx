import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
} from '@remix-run/react';
import {
  type ApplicationSubmissionField,
  brusselsDate,
  coversAllInfoSessionTopics,
  INTAKE_REFUSAL_REASONS,
  type IntakeChannelKind,
  type IntakeRefusalReason,
  MAX_COMMITTED_CONTACT_INTERVAL_DAYS,
  MAX_COMMITTED_PERIOD_MONTHS,
  type MembershipRole,
  type SocialMapServiceKind,
} from '@tandem/domain';
import {
  ErrorSummary,
  type FormErrors,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import {
  apiErrorKey,
  rethrowAsRouteError,
  text,
  texts,
  toFormErrors,
} from '@tandem/web-kit/server';
import { useState } from 'react';
import { ApplicationSubmissions } from '../components/application-submissions.tsx';
import { ApplicationTrainingCoverage } from '../components/application-training-coverage.tsx';
import { IntakeNav } from '../components/intake-nav.tsx';
import { OutcomeSection } from '../components/outcome-section.tsx';
import { PersonalDataExport } from '../components/personal-data-export.tsx';
import { toNestedFormErrors } from '../lib/form-errors.server.ts';
import { availabilityText, belgianLocalToIso, wholeNumber } from '../lib/intake.ts';
import { intentOf, programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { languageName } from '../lib/languages.ts';
import { title, titleText } from '../lib/meta.ts';
import { readOutcomeForm } from '../lib/outcome.server.ts';
import { intakePath, outboxPath, socialMapPath } from '../lib/paths.ts';
import { loadApplicationTrainingCoverage } from '../lib/training.server.ts';

export const meta: MetaFunction<typeof loader> = (args) =>
  args.data ? titleText(args, args.data.application.name) : title(args, 'notFound.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const [programme, application, services, members] = await Promise.all([
    programmeHeading(access),
    access.api.application.get
      .query({ organisationId: access.organisationId, applicationId: params.applicationId ?? '' })
      .catch(rethrowAsRouteError),
    // B5: the social map, for the onward referral of a "needs other support" refusal.
    access.api.socialMap.list
      .query({ organisationId: access.organisationId, programmeId: access.programmeId })
      .catch(rethrowAsRouteError),
    // The colleagues who can be chosen as interviewer.
    access.api.organisation.members
      .query({ organisationId: access.organisationId })
      .catch(rethrowAsRouteError),
  ]);
  if (application.programmeId !== programme.id) throw data(null, { status: 404 });
  const acceptedMentee =
    application.role === 'mentee' && application.decision?.outcome === 'accepted';
  return {
    outcomes: acceptedMentee
      ? await access.api.outcome.ofApplication
          .query({ organisationId: access.organisationId, applicationId: application.id })
          .catch(rethrowAsRouteError)
      : null,
    today: brusselsDate(new Date().toISOString()),
    organisationId: access.organisationId,
    programme,
    application,
    services: services.map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
    me: { id: access.userId, name: access.userName },
    interviewers: interviewerChoices(members, access.userId),
    memberNames: Object.fromEntries(members.map((m) => [m.userId, m.name])),
    can: access.can,
    trainingCoverage: await loadApplicationTrainingCoverage(access, application.id),
  };
}

type Member = { userId: string; name: string; role: MembershipRole };

/**
 * Who the signed-in person may choose as interviewer: every member, but a coach only
 * themselves (the API refuses a coach scheduling someone else's interview).
 */
function interviewerChoices(members: Member[], myId: string): Member[] {
  const choices = members.map(({ userId, name, role }) => ({ userId, name, role }));
  const mine = choices.find((m) => m.userId === myId);
  return mine?.role === 'coach' ? [mine] : choices;
}

type Intent =
  | 'schedule'
  | 'record'
  | 'decide'
  | 'mergeSubmission'
  | 'dismissSubmission'
  | 'outcome';
type ActionResult = FormErrors & {
  intent: Intent;
  interviewId?: string;
  submissionId?: string;
  values: Record<string, string>;
};

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const form = await request.formData();
  const intent = intentOf(form);
  const organisationId = access.organisationId;
  const applicationId = params.applicationId ?? '';
  const here = `${intakePath(organisationId, access.programmeId, 'applications')}/${applicationId}`;
  const read = (...names: string[]) =>
    Object.fromEntries(names.map((name) => [name, text(form, name)]));
  if (intent === 'outcome') {
    const outcome = readOutcomeForm(form);
    try {
      await access.api.outcome.recordIntake.mutate({
        organisationId,
        applicationId,
        recordedOn: outcome.recordedOn,
        ...outcome.fields,
      });
      return redirect(`${here}?outcome=saved#outcome`);
    } catch (error) {
      return data<ActionResult>(
        { intent, values: outcome.values, ...toFormErrors(error, access.t) },
        { status: 400 },
      );
    }
  }
  if (intent === 'schedule') {
    const values = read('scheduledAt', 'mode', 'interviewerUserId');
    try {
      await access.api.interview.schedule.mutate({
        organisationId,
        applicationId,
        interviewerUserId: values.interviewerUserId ?? '',
        scheduledAt: belgianLocalToIso(values.scheduledAt ?? ''),
        mode: values.mode as 'in_person' | 'online',
      });
      return redirect(`${here}#interviews`);
    } catch (error) {
      return data<ActionResult>(
        { intent, values, ...toFormErrors(error, access.t) },
        { status: 400 },
      );
    }
  }
  if (intent === 'record') {
    const values = read(
      'interviewId',
      'committedPeriodMonths',
      'committedContactIntervalDays',
      'expectationsRealistic',
      'expectationsNote',
    );
    try {
      await access.api.interview.recordOutcome.mutate({
        organisationId,
        interviewId: values.interviewId ?? '',
        committedPeriodMonths: wholeNumber(values.committedPeriodMonths ?? ''),
        committedContactIntervalDays: wholeNumber(values.committedContactIntervalDays ?? ''),
        expectationsRealistic:
          values.expectationsRealistic === 'yes'
            ? true
            : values.expectationsRealistic === 'no'
              ? false
              : (undefined as unknown as boolean),
        expectationsNote: values.expectationsNote || null,
      });
      return redirect(`${here}#interviews`);
    } catch (error) {
      return data<ActionResult>(
        {
          intent,
          interviewId: values.interviewId,
          values,
          ...toFormErrors(error, access.t, {
            expectationsRealistic: 'interview.expectationsRealisticError',
          }),
        },
        { status: 400 },
      );
    }
  }
  if (intent === 'decide') {
    const values = read('outcome', 'refusalReason', 'reasonText', 'onwardServiceId', 'onwardNote');
    const refused = values.outcome === 'refused';
    const onward = refused && values.refusalReason === 'needs_other_support';
    try {
      await access.api.decision.decide.mutate({
        organisationId,
        applicationId,
        outcome: values.outcome as 'accepted' | 'refused',
        refusalReason: refused ? (values.refusalReason as IntakeRefusalReason) || null : null,
        reasonText: refused ? values.reasonText || null : null,
        // B5: without a chosen service there is no referral; the API says it is required.
        onwardReferral:
          onward && values.onwardServiceId
            ? { serviceId: values.onwardServiceId, note: values.onwardNote ?? '' }
            : null,
      });
      return redirect(`${here}#decision`);
    } catch (error) {
      return data<ActionResult>(
        { intent, values, ...decisionErrors(error, access.t) },
        { status: 400 },
      );
    }
  }
  if (intent === 'mergeSubmission' || intent === 'dismissSubmission') {
    const submissionId = text(form, 'submissionId');
    try {
      if (intent === 'mergeSubmission')
        await access.api.application.mergeSubmission.mutate({
          organisationId,
          submissionId,
          fields: texts(form, 'fields') as ApplicationSubmissionField[],
        });
      else await access.api.application.dismissSubmission.mutate({ organisationId, submissionId });
      return redirect(`${here}#submissions`);
    } catch (error) {
      return data<ActionResult>(
        { intent, submissionId, values: {}, ...toFormErrors(error, access.t) },
        { status: 400 },
      );
    }
  }
  throw data(null, { status: 400 });
}

/**
 * The decision's problems, with those of the onward referral next to its two fields: the API
 * reports them under `onwardReferral` (required), `onwardReferral.note`, or as an unknown
 * service.
 */
function decisionErrors(error: unknown, t: Parameters<typeof toFormErrors>[1]): FormErrors {
  const errors = toNestedFormErrors(
    error,
    t,
    { onwardReferral: 'onwardServiceId', 'onwardReferral.note': 'onwardNote' },
    { outcome: 'decision.outcomeError' },
  );
  if (apiErrorKey(error) === 'social_map.service_unknown')
    return {
      formError: null,
      fieldErrors: { ...errors.fieldErrors, onwardServiceId: t.t('social_map.service_unknown') },
    };
  return errors;
}

function ScheduleInterviewForm({
  me,
  interviewers,
  result,
}: {
  me: { id: string; name: string };
  interviewers: Member[];
  result: ActionResult | undefined;
}) {
  const { t } = useTranslator();
  const mine = result?.intent === 'schedule' ? result : undefined;
  const fieldErrors = mine?.fieldErrors ?? {};
  const labels = {
    scheduledAt: t('interview.scheduledAt'),
    mode: t('interview.mode'),
    interviewerUserId: t('interview.interviewer'),
  };
  const submitting = useNavigation().formData?.get('intent') === 'schedule';
  return (
    <section className="panel" aria-labelledby="schedule-title">
      <h3 id="schedule-title">{t('interview.scheduleTitle')}</h3>
      {mine ? (
        <ErrorSummary formError={mine.formError} fieldErrors={fieldErrors} labels={labels} />
      ) : null}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="schedule" />
        <TextField
          name="scheduledAt"
          type="datetime-local"
          label={labels.scheduledAt}
          required
          defaultValue={mine?.values.scheduledAt}
          error={fieldErrors.scheduledAt}
        />
        <RadioGroup
          name="mode"
          legend={labels.mode}
          required
          options={[
            { value: 'in_person', label: t('value.interviewMode.in_person') },
            { value: 'online', label: t('value.interviewMode.online') },
          ]}
          defaultValue={mine?.values.mode ?? 'in_person'}
          error={fieldErrors.mode}
        />
        <SelectField
          name="interviewerUserId"
          label={labels.interviewerUserId}
          required
          options={interviewers.map((m) => ({
            value: m.userId,
            label: `${m.userId === me.id ? t('interview.me', { name: m.name }) : m.name} · ${t(`role.${m.role}`)}`,
          }))}
          defaultValue={mine?.values.interviewerUserId || me.id}
          error={fieldErrors.interviewerUserId}
        />
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('form.saving') : t('interview.scheduleSubmit')}
        </button>
      </Form>
    </section>
  );
}

function RecordOutcomeForm({
  interviewId,
  result,
}: {
  interviewId: string;
  result: ActionResult | undefined;
}) {
  const { t } = useTranslator();
  const mine = result?.intent === 'record' && result.interviewId === interviewId ? result : null;
  const fieldErrors = mine?.fieldErrors ?? {};
  const labels = {
    committedPeriodMonths: t('interview.committedPeriodMonths'),
    committedContactIntervalDays: t('interview.committedContactIntervalDays'),
    expectationsRealistic: t('interview.expectationsRealistic'),
    expectationsNote: t('interview.expectationsNote'),
  };
  const submitting = useNavigation().formData?.get('intent') === 'record';
  return (
    <section aria-labelledby="record-title">
      <h4 id="record-title">{t('interview.recordTitle')}</h4>
      {mine ? (
        <ErrorSummary formError={mine.formError} fieldErrors={fieldErrors} labels={labels} />
      ) : null}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="record" />
        <input type="hidden" name="interviewId" value={interviewId} />
        <TextField
          name="committedPeriodMonths"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_COMMITTED_PERIOD_MONTHS}
          label={labels.committedPeriodMonths}
          required
          defaultValue={mine?.values.committedPeriodMonths}
          error={fieldErrors.committedPeriodMonths}
        />
        <TextField
          name="committedContactIntervalDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_COMMITTED_CONTACT_INTERVAL_DAYS}
          label={labels.committedContactIntervalDays}
          hint={t('interview.committedContactIntervalDaysHint')}
          required
          defaultValue={mine?.values.committedContactIntervalDays}
          error={fieldErrors.committedContactIntervalDays}
        />
        <RadioGroup
          name="expectationsRealistic"
          legend={labels.expectationsRealistic}
          required
          options={[
            { value: 'yes', label: t('form.yes') },
            { value: 'no', label: t('form.no') },
          ]}
          defaultValue={mine?.values.expectationsRealistic}
          error={fieldErrors.expectationsRealistic}
        />
        <TextAreaField
          name="expectationsNote"
          label={labels.expectationsNote}
          rows={3}
          defaultValue={mine?.values.expectationsNote}
          error={fieldErrors.expectationsNote}
        />
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('form.saving') : t('interview.recordSubmit')}
        </button>
      </Form>
    </section>
  );
}

function DecisionForm({
  result,
  services,
}: {
  result: ActionResult | undefined;
  services: readonly { id: string; name: string; kind: SocialMapServiceKind }[];
}) {
  const { t } = useTranslator();
  const mine = result?.intent === 'decide' ? result : undefined;
  const fieldErrors = mine?.fieldErrors ?? {};
  const [outcome, setOutcome] = useState(mine?.values.outcome ?? '');
  const [reason, setReason] = useState(mine?.values.refusalReason ?? '');
  const labels = {
    outcome: t('decision.outcome'),
    refusalReason: t('decision.refusalReason'),
    reasonText: t('decision.reasonText'),
    onwardServiceId: t('decision.onwardService'),
    onwardNote: t('decision.onwardNote'),
  };
  const onwardShown =
    (outcome === 'refused' && reason === 'needs_other_support') ||
    Boolean(fieldErrors.onwardServiceId || fieldErrors.onwardNote);
  const submitting = useNavigation().formData?.get('intent') === 'decide';
  return (
    <>
      {mine ? (
        <ErrorSummary formError={mine.formError} fieldErrors={fieldErrors} labels={labels} />
      ) : null}
      <Form method="post" noValidate className="panel">
        <input type="hidden" name="intent" value="decide" />
        <RadioGroup
          name="outcome"
          legend={labels.outcome}
          required
          options={[
            { value: 'accepted', label: t('decision.accept') },
            { value: 'refused', label: t('decision.refuse') },
          ]}
          defaultValue={mine?.values.outcome}
          error={fieldErrors.outcome}
          onValueChange={setOutcome}
        />
        <div
          className="conditional-field"
          hidden={outcome !== 'refused' && !fieldErrors.refusalReason && !fieldErrors.reasonText}
        >
          <SelectField
            name="refusalReason"
            label={labels.refusalReason}
            required
            placeholder={t('form.choose')}
            options={INTAKE_REFUSAL_REASONS.map((reason) => ({
              value: reason,
              label: t(`value.refusalReason.${reason}`),
            }))}
            defaultValue={mine?.values.refusalReason}
            error={fieldErrors.refusalReason}
            onValueChange={setReason}
          />
          <TextAreaField
            name="reasonText"
            label={labels.reasonText}
            hint={t('decision.reasonTextHint')}
            required
            rows={4}
            defaultValue={mine?.values.reasonText}
            error={fieldErrors.reasonText}
          />
          <fieldset className="conditional-field" hidden={!onwardShown}>
            <legend>{t('decision.onwardTitle')}</legend>
            <p className="muted">{t('decision.onwardIntro')}</p>
            {services.length === 0 ? (
              <p className="notice">{t('decision.onwardNoServices')}</p>
            ) : null}
            <SelectField
              name="onwardServiceId"
              label={labels.onwardServiceId}
              hint={t('decision.onwardServiceHint')}
              placeholder={t('form.choose')}
              options={services.map((s) => ({
                value: s.id,
                label: `${s.name} (${t(`value.serviceKind.${s.kind}`)})`,
              }))}
              defaultValue={mine?.values.onwardServiceId}
              error={fieldErrors.onwardServiceId}
            />
            <TextAreaField
              name="onwardNote"
              label={labels.onwardNote}
              hint={t('decision.onwardNoteHint')}
              rows={3}
              defaultValue={mine?.values.onwardNote}
              error={fieldErrors.onwardNote}
            />
          </fieldset>
        </div>
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('form.saving') : t('decision.submit')}
        </button>
      </Form>
    </>
  );
}

export default function ApplicationDetail() {
  const {
    organisationId,
    programme,
    application: a,
    me,
    interviewers,
    memberNames,
    can,
    services,
    outcomes,
    today,
  } = useLoaderData<typeof loader>();
  const outcomeSaved = useSearchParams()[0].get('outcome') === 'saved';
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const recordFor = a.interviews.find((i) => !i.completedAt)?.id;
  const pending = a.submissions.filter((s) => s.status === 'pending').length;
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <p className="breadcrumb">
        <Link to={intakePath(organisationId, programme.id, 'applications')}>
          {t('application.backToPipeline')}
        </Link>
      </p>
      <div className="page-heading">
        <h1>{a.name}</h1>
        <span className="status">{t(`value.stage.${a.stage}`)}</span>
      </div>
      {pending > 0 ? (
        <div className="notice" role="status">
          <p>
            {t('submission.notice', { count: pending })}{' '}
            <a href="#submissions">{t('submission.noticeLink')}</a>
          </p>
        </div>
      ) : null}

      <section className="panel" aria-labelledby="answers-title">
        <h2 id="answers-title">{t('application.answers')}</h2>
        <dl className="details">
          <dt>{t('application.role')}</dt>
          <dd>{t(`value.role.${a.role}`)}</dd>
          <dt>{t('apply.email')}</dt>
          <dd>{a.email}</dd>
          <dt>{t('apply.phone')}</dt>
          <dd>{a.phone ?? '—'}</dd>
          <dt>{t('apply.preferredLocale')}</dt>
          <dd>{languageName(translator, a.preferredLocale)}</dd>
          <dt>{t('apply.availability')}</dt>
          <dd>{availabilityText(translator, a.availability)}</dd>
          <dt>{t('application.place')}</dt>
          <dd>
            {a.postcode} {a.municipality}
          </dd>
          <dt>{t('apply.languages')}</dt>
          <dd>
            {translator.formatList(a.languages.map((code) => languageName(translator, code)))}
          </dd>
          <dt>{t(a.role === 'mentor' ? 'apply.sectorMentor' : 'apply.sectorMentee')}</dt>
          <dd>{a.sector}</dd>
          {a.role === 'mentor' ? (
            <>
              <dt>{t('apply.experienceYears')}</dt>
              <dd>{a.experienceYears ?? '—'}</dd>
            </>
          ) : null}
          <dt>{t(a.role === 'mentor' ? 'apply.goalMentor' : 'apply.goalMentee')}</dt>
          <dd>{a.goal}</dd>
          <dt>{t('apply.birthYear')}</dt>
          <dd>{a.birthYear}</dd>
          <dt>{t('apply.interests')}</dt>
          <dd>{a.interests.length > 0 ? translator.formatList(a.interests) : '—'}</dd>
          <dt>{t('application.channel')}</dt>
          <dd>
            {a.channel.name} ({t(`value.channelKind.${a.channel.kind as IntakeChannelKind}`)})
          </dd>
          <dt>{t('application.consent')}</dt>
          <dd>
            {t('application.consentGiven', {
              date: translator.formatDate(a.consentAt, 'dateTime'),
              version: a.consentTextVersion,
            })}
          </dd>
          <dt>{t('application.submitted')}</dt>
          <dd>
            {translator.formatDate(a.submittedAt, 'dateTime')}
            {a.submissionCount > 1
              ? ` · ${t('application.submissions', { count: a.submissionCount })}`
              : ''}
          </dd>
        </dl>
      </section>

      <ApplicationSubmissions
        role={a.role}
        held={a}
        submissions={a.submissions}
        memberNames={memberNames}
        canReview={can.manage}
        result={
          result?.intent === 'mergeSubmission' || result?.intent === 'dismissSubmission'
            ? result
            : undefined
        }
      />

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('application.infoSessions')}</h2>
        {a.infoSessions.length === 0 ? (
          <p className="muted">{t('application.noInfoSessions')}</p>
        ) : (
          <ul className="card-list">
            {a.infoSessions.map((s) => (
              <li key={s.infoSessionId} className="card">
                <Link
                  to={`${intakePath(organisationId, programme.id, 'info-sessions')}/${s.infoSessionId}`}
                >
                  {translator.formatDate(s.startsAt, 'dateTime')}
                </Link>
                <p>
                  {s.attended === true
                    ? t('application.attended')
                    : s.attended === false
                      ? t('application.absent')
                      : t('application.attendanceUnknown')}
                  {' · '}
                  {coversAllInfoSessionTopics(s.topicsCovered)
                    ? t('infoSessions.allTopics')
                    : t('infoSessions.topicsCount', { count: s.topicsCovered.length })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="interviews-title" id="interviews">
        <h2 id="interviews-title">{t('application.interviews')}</h2>
        {a.interviews.length === 0 ? (
          <p className="muted">{t('application.noInterviews')}</p>
        ) : (
          <ul className="card-list">
            {a.interviews.map((i) => (
              <li key={i.id} className="card">
                <h3>
                  {translator.formatDate(i.scheduledAt, 'dateTime')} ·{' '}
                  {t(`value.interviewMode.${i.mode}`)}
                </h3>
                <p>
                  {t('interview.interviewer')}:{' '}
                  {memberNames[i.interviewerUserId] ?? t('interview.colleague')}
                </p>
                {i.completedAt ? (
                  <dl className="details">
                    <dt>{t('interview.committedPeriodMonths')}</dt>
                    <dd>{i.committedPeriodMonths ?? '—'}</dd>
                    <dt>{t('interview.committedContactIntervalDays')}</dt>
                    <dd>{i.committedContactIntervalDays ?? '—'}</dd>
                    <dt>{t('interview.expectationsRealistic')}</dt>
                    <dd>
                      {i.expectationsRealistic === null
                        ? '—'
                        : t(i.expectationsRealistic ? 'form.yes' : 'form.no')}
                    </dd>
                    {i.expectationsNote ? (
                      <>
                        <dt>{t('interview.expectationsNote')}</dt>
                        <dd>{i.expectationsNote}</dd>
                      </>
                    ) : null}
                    <dt>{t('interview.status')}</dt>
                    <dd>{t(i.complete ? 'interview.complete' : 'interview.incomplete')}</dd>
                  </dl>
                ) : (
                  <p className="status">{t('interview.planned')}</p>
                )}
                {can.interview && i.id === recordFor && !a.decision ? (
                  <RecordOutcomeForm interviewId={i.id} result={result} />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {can.interview && !a.decision ? (
          <ScheduleInterviewForm me={me} interviewers={interviewers} result={result} />
        ) : null}
      </section>

      <section aria-labelledby="decision-title" id="decision">
        <h2 id="decision-title">{t('application.decision')}</h2>
        {a.decision ? (
          <div className="panel">
            <p>
              <strong>{t(`value.outcome.${a.decision.outcome}`)}</strong> ·{' '}
              {translator.formatDate(a.decision.decidedAt, 'dateTime')}
            </p>
            {a.decision.refusalReason ? (
              <p>
                {t(`value.refusalReason.${a.decision.refusalReason}`)}
                {a.decision.reasonText ? ` — ${a.decision.reasonText}` : ''}
              </p>
            ) : null}
            {a.decision.onwardReferral ? (
              <div className="notice" id="onward-referral">
                <h3>{t('decision.onwardRecorded')}</h3>
                <dl className="details">
                  <dt>{t('decision.onwardService')}</dt>
                  <dd>
                    {services.find((s) => s.id === a.decision?.onwardReferral?.serviceId)?.name ??
                      '—'}
                  </dd>
                  <dt>{t('decision.onwardNote')}</dt>
                  <dd>{a.decision.onwardReferral.note}</dd>
                  {a.decision.onwardReferral.sentAt ? (
                    <>
                      <dt>{t('decision.onwardSentAt')}</dt>
                      <dd>{translator.formatDate(a.decision.onwardReferral.sentAt, 'dateTime')}</dd>
                    </>
                  ) : null}
                </dl>
                <Link to={socialMapPath(organisationId, programme.id)}>
                  {t('decision.onwardToSocialMap')}
                </Link>
              </div>
            ) : null}
            {a.decision.onwardReferralOwed ? (
              <p className="notice">{t('decision.onwardReferralOwed')}</p>
            ) : null}
            <h3>{t('decision.messages')}</h3>
            <ul>
              {a.decision.messages.map((m) => (
                <li key={m.id}>
                  {m.subject} · {t(`value.outboxStatus.${m.status}`)}
                  {m.sentAt ? ` · ${translator.formatDate(m.sentAt, 'dateTime')}` : ''}
                </li>
              ))}
            </ul>
            <Link to={outboxPath(organisationId)}>{t('decision.toOutbox')}</Link>
          </div>
        ) : can.decide ? (
          <DecisionForm result={result} services={services} />
        ) : (
          <p className="muted">{t('decision.none')}</p>
        )}
      </section>
      {outcomes ? (
        <OutcomeSection
          moments={['intake']}
          history={outcomes}
          intro={t('outcome.section.introIntake')}
          today={can.manage ? today : null}
          saved={outcomeSaved}
          failed={
            result?.intent === 'outcome' ? { errors: result, values: result.values } : undefined
          }
        />
      ) : null}
      <ApplicationTrainingCoverage
        organisationId={organisationId}
        programmeId={programme.id}
        coverage={useLoaderData<typeof loader>().trainingCoverage}
      />
      {can.personalData ? (
        <PersonalDataExport
          organisationId={organisationId}
          programmeId={programme.id}
          applicationId={a.id}
        />
      ) : null}
    </>
  );
}
