import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { INTAKE_ROLES, type IntakeRole } from '@tandem/domain';
import { RadioGroup, TextField, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError, text } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { ScheduleSessionForm, scheduleLabels } from '../components/scheduled-session-form.tsx';
import { ScheduledSessionList } from '../components/scheduled-session-list.tsx';
import { wholeNumber } from '../lib/intake.ts';
import { programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { intakePath } from '../lib/paths.ts';
import {
  readScheduleForm,
  type ScheduleValues,
  scheduleSessionAction,
  toScheduleInput,
} from '../lib/scheduled-session.server.ts';

export const meta: MetaFunction = (args) => title(args, 'infoSessions.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const [programme, sessions] = await Promise.all([
    programmeHeading(access),
    access.api.infoSession.list
      .query({ organisationId: access.organisationId, programmeId: access.programmeId })
      .catch(rethrowAsRouteError),
  ]);
  return { organisationId: access.organisationId, programme, sessions, can: access.can };
}

interface SessionValues extends ScheduleValues {
  audience: string;
  capacity: string;
}

export const action = (args: ActionFunctionArgs) =>
  scheduleSessionAction(
    args,
    (form): SessionValues => ({
      audience: text(form, 'audience'),
      ...readScheduleForm(form),
      capacity: text(form, 'capacity'),
    }),
    async (access, values) => {
      const session = await access.api.infoSession.schedule.mutate({
        organisationId: access.organisationId,
        programmeId: access.programmeId,
        audience: values.audience as IntakeRole,
        ...toScheduleInput(values),
        capacity: wholeNumber(values.capacity),
      });
      return `${intakePath(access.organisationId, access.programmeId, 'info-sessions')}/${session.id}`;
    },
  );

export default function InfoSessions() {
  const { organisationId, programme, sessions, can } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const fieldErrors = result?.fieldErrors ?? {};
  const values = result?.values;
  const base = intakePath(organisationId, programme.id, 'info-sessions');
  const labels = {
    audience: t('infoSessions.audience'),
    ...scheduleLabels(translator, t('infoSessions.startsAt')),
    capacity: t('infoSessions.capacity'),
  };
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <h1>{t('infoSessions.title')}</h1>
      <p>{t('infoSessions.intro')}</p>
      <ScheduledSessionList
        sessions={sessions}
        caption={t('infoSessions.title')}
        captionId="sessions-caption"
        empty={t('infoSessions.empty')}
        startsAtLabel={labels.startsAt}
        href={(s) => `${base}/${s.id}`}
        columns={[
          { header: labels.audience, cell: (s) => t(`value.role.${s.audience}`) },
          {
            header: t('infoSessions.where'),
            cell: (s) => s.place ?? t('publicProgramme.online'),
          },
          {
            header: t('infoSessions.registeredAttended'),
            cell: (s) =>
              t('infoSessions.counts', {
                registered: s.registered,
                capacity: s.capacity,
                attended: s.attended,
              }),
          },
          {
            header: t('infoSessions.topics'),
            cell: (s) =>
              s.coversAllTopics
                ? t('infoSessions.allTopics')
                : t('infoSessions.topicsCount', { count: s.topicsCovered.length }),
          },
        ]}
      />
      {can.manage ? (
        <ScheduleSessionForm
          title={t('infoSessions.scheduleTitle')}
          submitLabel={t('infoSessions.scheduleSubmit')}
          labels={labels}
          errors={result}
          values={values}
          leading={
            <RadioGroup
              name="audience"
              legend={labels.audience}
              required
              options={INTAKE_ROLES.map((role) => ({
                value: role,
                label: t(`value.sessionAudience.${role}`),
              }))}
              defaultValue={values?.audience}
              error={fieldErrors.audience}
            />
          }
        >
          <TextField
            name="capacity"
            type="number"
            inputMode="numeric"
            min={1}
            max={10000}
            label={labels.capacity}
            required
            defaultValue={values?.capacity ?? '20'}
            error={fieldErrors.capacity}
          />
        </ScheduleSessionForm>
      ) : null}
    </>
  );
}
