import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { ScheduleSessionForm, scheduleLabels } from '../components/scheduled-session-form.tsx';
import { ScheduledSessionList } from '../components/scheduled-session-list.tsx';
import {
  WorkshopLeadingFields,
  WorkshopTrailingFields,
  workshopLabels,
} from '../components/workshop-fields.tsx';
import { programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { scheduleSessionAction } from '../lib/scheduled-session.server.ts';
import { readWorkshopForm } from '../lib/workshop-form.server.ts';
import { toWorkshopInput } from '../lib/workshop-form.ts';
import { workshopsPath } from '../lib/workshop-paths.ts';

export const meta: MetaFunction = (args) => title(args, 'workshops.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const [programme, workshops] = await Promise.all([
    programmeHeading(access),
    access.api.workshop.list
      .query({ organisationId: access.organisationId, programmeId: access.programmeId })
      .catch(rethrowAsRouteError),
  ]);
  return { organisationId: access.organisationId, programme, workshops, can: access.can };
}

export const action = (args: ActionFunctionArgs) =>
  scheduleSessionAction(args, readWorkshopForm, async (access, values) => {
    const workshop = await access.api.workshop.plan.mutate({
      organisationId: access.organisationId,
      programmeId: access.programmeId,
      ...toWorkshopInput(values),
    });
    return workshopsPath(access.organisationId, access.programmeId, workshop.id);
  });

export default function Workshops() {
  const { organisationId, programme, workshops, can } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const labels = {
    ...scheduleLabels(translator, t('workshops.startsAt')),
    ...workshopLabels(translator),
  };
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <h1>{t('workshops.title')}</h1>
      <p>{t('workshops.intro')}</p>
      <ScheduledSessionList
        sessions={workshops}
        caption={t('workshops.title')}
        captionId="workshops-caption"
        empty={t('workshops.empty')}
        startsAtLabel={labels.startsAt}
        href={(w) => workshopsPath(organisationId, programme.id, w.id)}
        columns={[
          {
            header: labels.theme,
            cell: (w) => (
              <>
                {w.theme}
                {w.cancelled ? ` (${t('workshops.cancelledMark')})` : ''}
              </>
            ),
          },
          { header: labels.kind, cell: (w) => t(`workshop.kind.${w.kind}`) },
          {
            header: t('infoSessions.where'),
            cell: (w) => (
              <>
                {w.place ?? ''}
                {w.place && w.onlineUrl ? ' · ' : ''}
                {w.onlineUrl ? t('publicProgramme.online') : ''}
              </>
            ),
          },
          { header: labels.capacity, cell: (w) => w.capacity },
          {
            header: t('workshops.countsLabel'),
            cell: (w) =>
              t('workshops.counts', {
                invited: w.invited,
                registered: w.registered,
                attended: w.attended,
              }),
          },
        ]}
      />
      {can.support ? (
        <ScheduleSessionForm
          title={t('workshops.planTitle')}
          submitLabel={t('workshops.planSubmit')}
          labels={labels}
          errors={result}
          values={result?.values}
          leading={<WorkshopLeadingFields errors={result} values={result?.values} />}
        >
          <WorkshopTrailingFields errors={result} values={result?.values} />
        </ScheduleSessionForm>
      ) : null}
    </>
  );
}
