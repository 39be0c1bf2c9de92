import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import {
  CheckboxGroup,
  type FormErrors,
  RadioGroup,
  TableScroll,
  useTranslator,
} from '@tandem/web-kit';
import { rethrowAsRouteError, text, texts, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import {
  AttendanceSection,
  FormAlert,
  SavedStatus,
  ScheduledSessionDetails,
} from '../components/scheduled-session-detail.tsx';
import { ScheduleSessionForm, scheduleLabels } from '../components/scheduled-session-form.tsx';
import {
  WorkshopLeadingFields,
  WorkshopTrailingFields,
  workshopLabels,
} from '../components/workshop-fields.tsx';
import { isoToBelgianLocal } from '../lib/intake.ts';
import { intentOf, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { loadScheduledSession } from '../lib/scheduled-session.server.ts';
import { readWorkshopForm } from '../lib/workshop-form.server.ts';
import { toWorkshopInput, type WorkshopValues } from '../lib/workshop-form.ts';
import { workshopsPath } from '../lib/workshop-paths.ts';

export const meta: MetaFunction = (args) => title(args, 'workshop.page.title');

export async function loader(args: LoaderFunctionArgs) {
  const { access, programme, session } = await loadScheduledSession(args, (access) =>
    access.api.workshop.get.query({
      organisationId: access.organisationId,
      workshopId: args.params.workshopId ?? '',
    }),
  );
  const mayInvite = access.can.support && !session.cancelled && !session.held;
  const eligible = mayInvite
    ? await access.api.workshop.eligible
        .query({ organisationId: access.organisationId, workshopId: session.id })
        .catch(rethrowAsRouteError)
    : [];
  return {
    organisationId: access.organisationId,
    programme,
    workshop: session,
    toInvite: eligible.filter((m) => !m.invited),
    can: access.can,
  };
}

const ATTENDANCE = ['attended', 'absent', 'unknown'] as const;

type ActionResult = FormErrors &
  (
    | { intent: 'edit'; values: WorkshopValues }
    | { intent: 'invite'; values: { applicationIds: string[] } }
    | { intent: 'attendance'; values: Record<string, string> }
    | { intent: 'cancel'; values: null }
  );

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const form = await request.formData();
  const organisationId = access.organisationId;
  const workshopId = params.workshopId ?? '';
  const intent = intentOf(form);
  const back = `${workshopsPath(organisationId, access.programmeId, workshopId)}?saved=1`;
  const refused = (error: unknown, result: Omit<ActionResult, keyof FormErrors>) =>
    data({ ...result, ...toFormErrors(error, access.t) } as ActionResult, { status: 400 });
  if (intent === 'edit') {
    const values = readWorkshopForm(form);
    try {
      await access.api.workshop.edit.mutate({
        organisationId,
        workshopId,
        ...toWorkshopInput(values),
      });
      return redirect(back);
    } catch (error) {
      return refused(error, { intent, values });
    }
  }
  if (intent === 'invite') {
    const applicationIds = texts(form, 'applicationIds');
    try {
      await access.api.workshop.invite.mutate({ organisationId, workshopId, applicationIds });
      return redirect(back);
    } catch (error) {
      return refused(error, { intent, values: { applicationIds } });
    }
  }
  if (intent === 'attendance') {
    const values = Object.fromEntries(
      texts(form, 'invitationId').map((id) => [id, text(form, `attendance-${id}`)]),
    );
    try {
      await access.api.workshop.recordAttendance.mutate({
        organisationId,
        workshopId,
        attendance: Object.entries(values).map(([invitationId, value]) => ({
          invitationId,
          attended: value === 'attended' ? true : value === 'absent' ? false : null,
        })),
      });
      return redirect(back);
    } catch (error) {
      return refused(error, { intent, values });
    }
  }
  try {
    await access.api.workshop.cancel.mutate({ organisationId, workshopId });
    return redirect(back);
  } catch (error) {
    return refused(error, { intent: 'cancel', values: null });
  }
}

const attendanceOf = (status: string) =>
  status === 'attended' ? 'attended' : status === 'absent' ? 'absent' : 'unknown';

export default function Workshop() {
  const { organisationId, programme, workshop, toInvite, can } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const submitting = useNavigation().state === 'submitting';
  const errorOf = (intent: ActionResult['intent']) =>
    result?.intent === intent
      ? (result.formError ?? Object.values(result.fieldErrors)[0] ?? null)
      : null;
  const registered = workshop.invitations.filter(
    (i) => i.status === 'registered' || i.status === 'attended' || i.status === 'absent',
  ).length;
  const editValues: WorkshopValues =
    result?.intent === 'edit'
      ? result.values
      : {
          startsAt: isoToBelgianLocal(workshop.startsAt),
          place: workshop.place ?? '',
          onlineUrl: workshop.onlineUrl ?? '',
          theme: workshop.theme,
          kind: workshop.kind,
          durationMinutes: String(workshop.durationMinutes),
          capacity: String(workshop.capacity),
        };
  const editErrors = result?.intent === 'edit' ? result : undefined;
  const invitedChecked =
    result?.intent === 'invite'
      ? result.values.applicationIds
      : toInvite.map((m) => m.applicationId);
  const manageable = can.support && !workshop.cancelled;
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <p className="breadcrumb">
        <Link to={workshopsPath(organisationId, programme.id)}>{t('workshops.title')}</Link>
      </p>
      <h1>
        {t('workshop.page.heading', {
          theme: workshop.theme,
          date: translator.formatDate(workshop.startsAt, 'dateTime'),
        })}
      </h1>
      <SavedStatus refused={Boolean(result)} message={t('workshop.page.saved')} />
      {workshop.cancelled ? (
        <p className="notice" role="status">
          {t('workshop.page.cancelledNotice')}
        </p>
      ) : null}
      <ScheduledSessionDetails
        session={workshop}
        countsLabel={t('workshops.capacity')}
        counts={t('workshop.page.seats', { registered, capacity: workshop.capacity })}
      >
        <dt>{t('workshops.kind')}</dt>
        <dd>{t(`workshop.kind.${workshop.kind}`)}</dd>
        <dt>{t('workshops.duration')}</dt>
        <dd>{workshop.durationMinutes}</dd>
      </ScheduledSessionDetails>

      {manageable && !workshop.held ? (
        <section aria-labelledby="invite-title">
          <h2 id="invite-title">{t('workshop.page.inviteTitle')}</h2>
          <FormAlert message={errorOf('invite')} />
          {toInvite.length === 0 ? (
            <p className="muted">{t('workshop.page.noEligible')}</p>
          ) : (
            <Form method="post" className="panel">
              <input type="hidden" name="intent" value="invite" />
              <CheckboxGroup
                name="applicationIds"
                legend={t('workshop.page.inviteTitle')}
                hint={t('workshop.page.inviteHint')}
                options={toInvite.map((m) => ({
                  value: m.applicationId,
                  label: `${m.name} (${m.email})`,
                }))}
                defaultValues={invitedChecked}
              />
              <button type="submit" className="button" disabled={submitting}>
                {t('workshop.page.inviteSubmit')}
              </button>
            </Form>
          )}
        </section>
      ) : null}

      <section aria-labelledby="invitations-title">
        <h2 id="invitations-title">{t('workshop.page.invitationsTitle')}</h2>
        {workshop.invitations.length === 0 ? (
          <p className="muted">{t('workshop.page.noInvitations')}</p>
        ) : (
          <TableScroll labelledBy="invitations-title">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('workshop.page.name')}</th>
                  <th scope="col">{t('workshop.page.email')}</th>
                  <th scope="col">{t('workshop.page.status')}</th>
                </tr>
              </thead>
              <tbody>
                {workshop.invitations.map((i) => (
                  <tr key={i.id}>
                    <td>{i.name}</td>
                    <td>{i.email}</td>
                    <td>{t(`workshop.status.${i.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      {can.support && workshop.invitations.length > 0 ? (
        <AttendanceSection title={t('workshop.page.attendanceTitle')} error={errorOf('attendance')}>
          {!workshop.held ? (
            <p className="notice">{t('workshop.page.notHeldYet')}</p>
          ) : (
            <Form method="post" className="panel">
              <input type="hidden" name="intent" value="attendance" />
              {workshop.invitations.map((i) => (
                <div key={i.id}>
                  <input type="hidden" name="invitationId" value={i.id} />
                  <RadioGroup
                    name={`attendance-${i.id}`}
                    legend={i.name}
                    hint={t(`workshop.status.${i.status}`)}
                    required
                    options={ATTENDANCE.map((value) => ({
                      value,
                      label: t(`workshop.page.attendance.${value}`),
                    }))}
                    defaultValue={
                      result?.intent === 'attendance' ? result.values[i.id] : attendanceOf(i.status)
                    }
                  />
                </div>
              ))}
              <button type="submit" className="button" disabled={submitting}>
                {submitting ? t('form.saving') : t('workshop.page.attendanceSubmit')}
              </button>
            </Form>
          )}
        </AttendanceSection>
      ) : null}

      {manageable ? (
        <>
          <ScheduleSessionForm
            title={t('workshop.page.editTitle')}
            submitLabel={t('workshop.page.editSubmit')}
            labels={{
              ...scheduleLabels(translator, t('workshops.startsAt')),
              ...workshopLabels(translator),
            }}
            errors={editErrors}
            values={editValues}
            leading={
              <>
                <input type="hidden" name="intent" value="edit" />
                <WorkshopLeadingFields errors={editErrors} values={editValues} />
              </>
            }
          >
            <WorkshopTrailingFields errors={editErrors} values={editValues} />
          </ScheduleSessionForm>
          <section aria-labelledby="cancel-title" className="narrow">
            <h2 id="cancel-title">{t('workshop.page.cancelTitle')}</h2>
            <FormAlert message={errorOf('cancel')} />
            <Form method="post" className="panel">
              <input type="hidden" name="intent" value="cancel" />
              <p>{t('workshop.page.cancelHint')}</p>
              <button type="submit" className="button button--danger" disabled={submitting}>
                {t('workshop.page.cancelSubmit')}
              </button>
            </Form>
          </section>
        </>
      ) : null}
    </>
  );
}
