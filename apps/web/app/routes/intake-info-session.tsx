import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { INTAKE_INFO_SESSION_TOPIC_IDS, type InfoSessionTopicId } from '@tandem/domain';
import { CheckboxGroup, useTranslator } from '@tandem/web-kit';
import { texts, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import {
  AttendanceSection,
  FormAlert,
  SavedStatus,
  ScheduledSessionDetails,
} from '../components/scheduled-session-detail.tsx';
import { topicLabel } from '../lib/intake.ts';
import { intentOf, requireIntake } from '../lib/intake-access.server.ts';
import { languageName } from '../lib/languages.ts';
import { title } from '../lib/meta.ts';
import { intakePath } from '../lib/paths.ts';
import { loadScheduledSession } from '../lib/scheduled-session.server.ts';

export const meta: MetaFunction = (args) => title(args, 'infoSession.title');

export async function loader(args: LoaderFunctionArgs) {
  const { access, programme, session } = await loadScheduledSession(args, (access) =>
    access.api.infoSession.get.query({
      organisationId: access.organisationId,
      infoSessionId: args.params.infoSessionId ?? '',
    }),
  );
  return {
    organisationId: access.organisationId,
    programme,
    session,
    held: new Date(session.startsAt).getTime() <= Date.now(),
    can: access.can,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const form = await request.formData();
  const intent = intentOf(form);
  const infoSessionId = params.infoSessionId ?? '';
  const here = `${intakePath(access.organisationId, access.programmeId, 'info-sessions')}/${infoSessionId}`;
  try {
    if (intent === 'attendance') {
      const present = new Set(texts(form, 'attended'));
      await access.api.infoSession.recordAttendance.mutate({
        organisationId: access.organisationId,
        infoSessionId,
        attendance: texts(form, 'registrationId').map((registrationId) => ({
          registrationId,
          attended: present.has(registrationId),
        })),
      });
      return redirect(`${here}?saved=attendance`);
    }
    if (intent === 'topics') {
      await access.api.infoSession.setTopicsCovered.mutate({
        organisationId: access.organisationId,
        infoSessionId,
        topics: texts(form, 'topics') as InfoSessionTopicId[],
      });
      return redirect(`${here}?saved=topics`);
    }
    throw data(null, { status: 400 });
  } catch (error) {
    if (error instanceof Response) throw error;
    return data({ intent, ...toFormErrors(error, access.t) }, { status: 400 });
  }
}

export default function InfoSession() {
  const { organisationId, programme, session, held, can } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const navigation = useNavigation();
  const errorOf = (intent: string) =>
    result?.intent === intent
      ? (result.formError ?? Object.values(result.fieldErrors)[0])
      : undefined;
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <h1>
        {t('infoSession.heading', {
          audience: t(`value.sessionAudience.${session.audience}`),
          date: translator.formatDate(session.startsAt, 'dateTime'),
        })}
      </h1>
      <ScheduledSessionDetails
        session={session}
        countsLabel={t('infoSessions.registeredAttended')}
        counts={t('infoSessions.counts', {
          registered: session.registered,
          capacity: session.capacity,
          attended: session.attended,
        })}
      />
      <SavedStatus refused={Boolean(result)} message={t('infoSession.saved')} />

      <AttendanceSection title={t('infoSession.attendanceTitle')} error={errorOf('attendance')}>
        {session.registrations.length === 0 ? (
          <p className="muted">{t('infoSession.noRegistrations')}</p>
        ) : (
          <Form method="post" className="panel">
            <input type="hidden" name="intent" value="attendance" />
            {!held ? <p className="notice">{t('infoSession.notHeldYet')}</p> : null}
            <fieldset className="field checkbox-group">
              <legend>{t('infoSession.attendanceLegend')}</legend>
              {session.registrations.map((r) => (
                <div className="checkbox" key={r.id}>
                  <input type="hidden" name="registrationId" value={r.id} />
                  <input
                    type="checkbox"
                    id={`attended-${r.id}`}
                    name="attended"
                    value={r.id}
                    defaultChecked={r.attended === true}
                    disabled={!can.manage}
                  />
                  <label htmlFor={`attended-${r.id}`}>
                    {r.name}{' '}
                    <span className="muted">
                      ({r.email} · {languageName(translator, r.locale)})
                    </span>
                  </label>
                </div>
              ))}
            </fieldset>
            {can.manage ? (
              <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
                {t('infoSession.attendanceSubmit')}
              </button>
            ) : null}
          </Form>
        )}
      </AttendanceSection>

      <section aria-labelledby="topics-title">
        <h2 id="topics-title">{t('infoSession.topicsTitle')}</h2>
        <FormAlert message={errorOf('topics')} />
        {can.manage ? (
          <Form method="post" className="panel">
            <input type="hidden" name="intent" value="topics" />
            <CheckboxGroup
              name="topics"
              legend={t('infoSession.topicsLegend')}
              hint={t('infoSession.topicsHint')}
              required
              options={INTAKE_INFO_SESSION_TOPIC_IDS.map((topic) => ({
                value: topic,
                label: topicLabel(translator, session.audience, topic),
              }))}
              defaultValues={session.topicsCovered}
            />
            <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
              {t('infoSession.topicsSubmit')}
            </button>
          </Form>
        ) : (
          <ul>
            {session.topicsCovered.map((topic) => (
              <li key={topic}>
                {topicLabel(translator, session.audience, topic as InfoSessionTopicId)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
