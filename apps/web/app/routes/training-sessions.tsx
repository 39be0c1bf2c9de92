import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { TrainingTopicId } from '@tandem/domain';
import {
  CheckboxGroup,
  ErrorSummary,
  type FormResult,
  TableScroll,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { rethrowAsRouteError, text, texts, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { TrainingNav } from '../components/training-nav.tsx';
import { belgianLocalToIso } from '../lib/intake.ts';
import { programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { trainingTopicList, trainingTopicOptions } from '../lib/training.ts';
import { trainingSessionPath } from '../lib/training-paths.ts';

export const meta: MetaFunction = (args) => title(args, 'trainingSessions.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const scope = { organisationId: access.organisationId, programmeId: access.programmeId };
  const [programme, sessions, curriculum] = await Promise.all([
    programmeHeading(access),
    access.api.training.session.list.query(scope).catch(rethrowAsRouteError),
    access.api.training.curriculum.list.query(scope).catch(rethrowAsRouteError),
  ]);
  return {
    organisationId: access.organisationId,
    programme,
    sessions,
    modules: curriculum.modules.map((m) => ({ id: m.id, name: m.name })),
    can: access.can,
  };
}

interface SessionValues {
  startsAt: string;
  place: string;
  onlineUrl: string;
  trainer: string;
  moduleIds: string[];
  topics: string[];
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const form = await request.formData();
  const values: SessionValues = {
    startsAt: text(form, 'startsAt'),
    place: text(form, 'place'),
    onlineUrl: text(form, 'onlineUrl'),
    trainer: text(form, 'trainer'),
    moduleIds: texts(form, 'moduleIds'),
    topics: texts(form, 'topics'),
  };
  try {
    const session = await access.api.training.session.schedule.mutate({
      organisationId: access.organisationId,
      programmeId: access.programmeId,
      startsAt: belgianLocalToIso(values.startsAt),
      place: values.place || null,
      onlineUrl: values.onlineUrl || null,
      trainer: values.trainer,
      moduleIds: values.moduleIds,
      topics: values.topics as TrainingTopicId[],
    });
    return redirect(trainingSessionPath(access.organisationId, access.programmeId, session.id));
  } catch (error) {
    return data<FormResult<SessionValues>>(
      { values, ...toFormErrors(error, access.t) },
      { status: 400 },
    );
  }
}

export default function TrainingSessions() {
  const { organisationId, programme, sessions, modules, can } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const submitting = useNavigation().state === 'submitting';
  const fieldErrors = result?.fieldErrors ?? {};
  const values = result?.values;
  const labels = {
    startsAt: t('trainingSessions.startsAt'),
    place: t('infoSessions.place'),
    onlineUrl: t('infoSessions.onlineUrl'),
    trainer: t('trainingSessions.trainer'),
    moduleIds: t('trainingSessions.modules'),
    topics: t('trainingSessions.extraTopics'),
  };
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <TrainingNav organisationId={organisationId} programmeId={programme.id} />
      <h1>{t('trainingSessions.title')}</h1>
      <p>{t('trainingSessions.intro')}</p>
      {sessions.length === 0 ? (
        <p className="notice">{t('trainingSessions.empty')}</p>
      ) : (
        <TableScroll labelledBy="training-sessions-caption">
          <table>
            <caption id="training-sessions-caption" className="visually-hidden">
              {t('trainingSessions.title')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{labels.startsAt}</th>
                <th scope="col">{t('infoSessions.where')}</th>
                <th scope="col">{labels.trainer}</th>
                <th scope="col">{t('trainingSessions.topics')}</th>
                <th scope="col">{t('trainingSessions.registeredAttended')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={trainingSessionPath(organisationId, programme.id, s.id)}>
                      {translator.formatDate(s.startsAt, 'dateTime')}
                    </Link>
                  </td>
                  <td>
                    {s.place ?? ''}
                    {s.place && s.onlineUrl ? ' · ' : ''}
                    {s.onlineUrl ? t('publicProgramme.online') : ''}
                  </td>
                  <td>{s.trainer}</td>
                  <td>{trainingTopicList(translator, s.topicsCovered)}</td>
                  <td>
                    {t('trainingSessions.counts', {
                      registered: s.registered,
                      attended: s.attended,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {can.manage ? (
        <section aria-labelledby="schedule-title" className="narrow">
          <h2 id="schedule-title">{t('trainingSessions.scheduleTitle')}</h2>
          <ErrorSummary formError={result?.formError} fieldErrors={fieldErrors} labels={labels} />
          <Form method="post" noValidate className="panel">
            <TextField
              name="startsAt"
              type="datetime-local"
              label={labels.startsAt}
              hint={t('trainingSessions.startsAtHint')}
              required
              defaultValue={values?.startsAt}
              error={fieldErrors.startsAt}
            />
            <TextField
              name="place"
              label={labels.place}
              hint={t('infoSessions.placeHint')}
              defaultValue={values?.place}
              error={fieldErrors.place}
            />
            <TextField
              name="onlineUrl"
              type="url"
              label={labels.onlineUrl}
              defaultValue={values?.onlineUrl}
              error={fieldErrors.onlineUrl}
            />
            <TextField
              name="trainer"
              label={labels.trainer}
              required
              defaultValue={values?.trainer}
              error={fieldErrors.trainer}
            />
            {modules.length > 0 ? (
              <CheckboxGroup
                name="moduleIds"
                legend={labels.moduleIds}
                hint={t('trainingSessions.modulesHint')}
                options={modules.map((m) => ({ value: m.id, label: m.name }))}
                defaultValues={values?.moduleIds ?? []}
                error={fieldErrors.moduleIds}
              />
            ) : null}
            <CheckboxGroup
              name="topics"
              legend={labels.topics}
              hint={t('trainingSessions.extraTopicsHint')}
              options={trainingTopicOptions(translator)}
              defaultValues={values?.topics ?? []}
              error={fieldErrors.topics}
            />
            <button type="submit" className="button" disabled={submitting}>
              {submitting ? t('form.saving') : t('trainingSessions.scheduleSubmit')}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
