import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import type { TrainingTopicId } from '@tandem/domain';
import { CheckboxGroup, TextField, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError, text, texts } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { ScheduleSessionForm, scheduleLabels } from '../components/scheduled-session-form.tsx';
import { ScheduledSessionList } from '../components/scheduled-session-list.tsx';
import { TrainingNav } from '../components/training-nav.tsx';
import { programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import {
  readScheduleForm,
  type ScheduleValues,
  scheduleSessionAction,
  toScheduleInput,
} from '../lib/scheduled-session.server.ts';
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

interface SessionValues extends ScheduleValues {
  trainer: string;
  moduleIds: string[];
  topics: string[];
}

export const action = (args: ActionFunctionArgs) =>
  scheduleSessionAction(
    args,
    (form): SessionValues => ({
      ...readScheduleForm(form),
      trainer: text(form, 'trainer'),
      moduleIds: texts(form, 'moduleIds'),
      topics: texts(form, 'topics'),
    }),
    async (access, values) => {
      const session = await access.api.training.session.schedule.mutate({
        organisationId: access.organisationId,
        programmeId: access.programmeId,
        ...toScheduleInput(values),
        trainer: values.trainer,
        moduleIds: values.moduleIds,
        topics: values.topics as TrainingTopicId[],
      });
      return trainingSessionPath(access.organisationId, access.programmeId, session.id);
    },
  );

export default function TrainingSessions() {
  const { organisationId, programme, sessions, modules, can } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const fieldErrors = result?.fieldErrors ?? {};
  const values = result?.values;
  const labels = {
    ...scheduleLabels(translator, t('trainingSessions.startsAt')),
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
      <ScheduledSessionList
        sessions={sessions}
        caption={t('trainingSessions.title')}
        captionId="training-sessions-caption"
        empty={t('trainingSessions.empty')}
        startsAtLabel={labels.startsAt}
        href={(s) => trainingSessionPath(organisationId, programme.id, s.id)}
        columns={[
          {
            header: t('infoSessions.where'),
            cell: (s) => (
              <>
                {s.place ?? ''}
                {s.place && s.onlineUrl ? ' · ' : ''}
                {s.onlineUrl ? t('publicProgramme.online') : ''}
              </>
            ),
          },
          { header: labels.trainer, cell: (s) => s.trainer },
          {
            header: t('trainingSessions.topics'),
            cell: (s) => trainingTopicList(translator, s.topicsCovered),
          },
          {
            header: t('trainingSessions.registeredAttended'),
            cell: (s) =>
              t('trainingSessions.counts', { registered: s.registered, attended: s.attended }),
          },
        ]}
      />
      {can.manage ? (
        <ScheduleSessionForm
          title={t('trainingSessions.scheduleTitle')}
          submitLabel={t('trainingSessions.scheduleSubmit')}
          labels={labels}
          startsAtHint={t('trainingSessions.startsAtHint')}
          errors={result}
          values={values}
        >
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
        </ScheduleSessionForm>
      ) : null}
    </>
  );
}
