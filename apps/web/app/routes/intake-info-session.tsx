import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import {
  Form,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
} from '@remix-run/react';
import { INTAKE_INFO_SESSION_TOPIC_IDS, type InfoSessionTopicId } from '@tandem/domain';
import { CheckboxGroup, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError, texts, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { topicLabel } from '../lib/intake.ts';
import { intentOf, programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { languageName } from '../lib/languages.ts';
import { title } from '../lib/meta.ts';
import { intakePath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'infoSession.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const [programme, session] = await Promise.all([
    programmeHeading(access),
    access.api.infoSession.get
      .query({ organisationId: access.organisationId, infoSessionId: params.infoSessionId ?? '' })
      .catch(rethrowAsRouteError),
  ]);
  if (session.programmeId !== programme.id) throw data(null, { status: 404 });
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
  const [searchParams] = useSearchParams();
  const saved = searchParams.get('saved') && !result;
  const error = (intent: string) =>
    result?.intent === intent && (result.formError || Object.values(result.fieldErrors)[0]) ? (
      <p className="error-summary" role="alert" tabIndex={-1}>
        {result.formError ?? Object.values(result.fieldErrors)[0]}
      </p>
    ) : null;
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <h1>
        {t('infoSession.heading', {
          audience: t(`value.sessionAudience.${session.audience}`),
          date: translator.formatDate(session.startsAt, 'dateTime'),
        })}
      </h1>
      <dl className="details panel">
        <dt>{t('infoSessions.where')}</dt>
        <dd>
          {session.place ?? ''}
          {session.place && session.onlineUrl ? ' · ' : ''}
          {session.onlineUrl ? <a href={session.onlineUrl}>{session.onlineUrl}</a> : null}
        </dd>
        <dt>{t('infoSessions.registeredAttended')}</dt>
        <dd>
          {t('infoSessions.counts', {
            registered: session.registered,
            capacity: session.capacity,
            attended: session.attended,
          })}
        </dd>
      </dl>
      {saved ? (
        <p className="success" role="status">
          {t('infoSession.saved')}
        </p>
      ) : null}

      <section aria-labelledby="attendance-title">
        <h2 id="attendance-title">{t('infoSession.attendanceTitle')}</h2>
        {error('attendance')}
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
      </section>

      <section aria-labelledby="topics-title">
        <h2 id="topics-title">{t('infoSession.topicsTitle')}</h2>
        {error('topics')}
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
