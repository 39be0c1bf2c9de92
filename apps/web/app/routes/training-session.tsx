import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { type FormErrors, RadioGroup, useTranslator } from '@tandem/web-kit';
import { text, texts, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import {
  AttendanceSection,
  SavedStatus,
  ScheduledSessionDetails,
} from '../components/scheduled-session-detail.tsx';
import { TrainingNav } from '../components/training-nav.tsx';
import { TrainingReady } from '../components/training-ready.tsx';
import { requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { intakePath } from '../lib/paths.ts';
import { loadScheduledSession } from '../lib/scheduled-session.server.ts';
import {
  isTrainingAttendanceStatus,
  TRAINING_ATTENDANCE_STATUSES,
  TRAINING_TOPIC_TOTAL,
  trainingTopicLabel,
} from '../lib/training.ts';
import { trainingSessionPath } from '../lib/training-paths.ts';

export const meta: MetaFunction = (args) => title(args, 'trainingSession.title');

export async function loader(args: LoaderFunctionArgs) {
  const { access, programme, session } = await loadScheduledSession(args, (access) =>
    access.api.training.session.get.query({
      organisationId: access.organisationId,
      trainingSessionId: args.params.trainingSessionId ?? '',
    }),
  );
  return { organisationId: access.organisationId, programme, session, can: access.can };
}

type ActionResult = FormErrors & { values: Record<string, string> };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const form = await request.formData();
  const trainingSessionId = params.trainingSessionId ?? '';
  const values = Object.fromEntries(
    texts(form, 'applicationId').map((id) => [id, text(form, `status-${id}`)]),
  );
  try {
    await access.api.training.session.recordAttendance.mutate({
      organisationId: access.organisationId,
      trainingSessionId,
      attendance: Object.entries(values).map(([applicationId, status]) => ({
        applicationId,
        status: isTrainingAttendanceStatus(status) ? status : 'none',
      })),
    });
    return redirect(
      `${trainingSessionPath(access.organisationId, access.programmeId, trainingSessionId)}?saved=1`,
    );
  } catch (error) {
    return data<ActionResult>({ values, ...toFormErrors(error, access.t) }, { status: 400 });
  }
}

export default function TrainingSession() {
  const { organisationId, programme, session, can } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const submitting = useNavigation().state === 'submitting';
  const error = result ? (result.formError ?? Object.values(result.fieldErrors)[0]) : null;
  const applications = intakePath(organisationId, programme.id, 'applications');
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <TrainingNav organisationId={organisationId} programmeId={programme.id} />
      <h1>
        {t('trainingSession.heading', {
          date: translator.formatDate(session.startsAt, 'dateTime'),
        })}
      </h1>
      <ScheduledSessionDetails
        session={session}
        countsLabel={t('trainingSessions.registeredAttended')}
        counts={t('trainingSessions.counts', {
          registered: session.registered,
          attended: session.attended,
        })}
      >
        <dt>{t('trainingSessions.trainer')}</dt>
        <dd>{session.trainer}</dd>
        <dt>{t('trainingSessions.modules')}</dt>
        <dd>
          {session.modules.length === 0
            ? t('trainingSession.noModules')
            : translator.formatList(session.modules.map((m) => m.name))}
        </dd>
      </ScheduledSessionDetails>
      <section className="panel" aria-labelledby="session-topics-title">
        <h2 id="session-topics-title">
          {t('trainingSession.topicsTitle', {
            count: session.topicsCovered.length,
            total: TRAINING_TOPIC_TOTAL,
          })}
        </h2>
        <ul>
          {session.topicsCovered.map((topic) => (
            <li key={topic}>{trainingTopicLabel(translator, topic)}</li>
          ))}
        </ul>
      </section>
      <SavedStatus refused={Boolean(result)} message={t('trainingSession.saved')} />

      <AttendanceSection title={t('trainingSession.attendanceTitle')} error={error}>
        {!session.held ? <p className="notice">{t('trainingSession.notHeldYet')}</p> : null}
        {session.mentors.length === 0 ? (
          <p className="muted">{t('trainingSession.noMentors')}</p>
        ) : can.manage ? (
          <Form method="post" className="panel">
            {session.mentors.map((m) => (
              <div key={m.applicationId}>
                <input type="hidden" name="applicationId" value={m.applicationId} />
                <RadioGroup
                  name={`status-${m.applicationId}`}
                  legend={m.name}
                  hint={`${m.email} · ${t('trainingCoverage.countOf', {
                    count: m.coverage.coveredCount,
                    total: TRAINING_TOPIC_TOTAL,
                  })}`}
                  required
                  options={TRAINING_ATTENDANCE_STATUSES.map((status) => ({
                    value: status,
                    label: t(`trainingSession.status.${status}`),
                  }))}
                  defaultValue={result?.values[m.applicationId] ?? m.status}
                />
              </div>
            ))}
            <button type="submit" className="button" disabled={submitting}>
              {submitting ? t('form.saving') : t('trainingSession.attendanceSubmit')}
            </button>
          </Form>
        ) : (
          <ul className="panel">
            {session.mentors.map((m) => (
              <li key={m.applicationId}>
                <Link to={`${applications}/${m.applicationId}`}>{m.name}</Link>:{' '}
                {t(`trainingSession.status.${m.status}`)} <TrainingReady ready={m.coverage.ready} />
              </li>
            ))}
          </ul>
        )}
      </AttendanceSection>
    </>
  );
}
