import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { INTAKE_ROLES, type IntakeRole } from '@tandem/domain';
import {
  ErrorSummary,
  type FormResult,
  RadioGroup,
  TableScroll,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { belgianLocalToIso, wholeNumber } from '../lib/intake.ts';
import { programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { intakePath } from '../lib/paths.ts';

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

interface SessionValues {
  audience: string;
  startsAt: string;
  place: string;
  onlineUrl: string;
  capacity: string;
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const form = await request.formData();
  const values: SessionValues = {
    audience: text(form, 'audience'),
    startsAt: text(form, 'startsAt'),
    place: text(form, 'place'),
    onlineUrl: text(form, 'onlineUrl'),
    capacity: text(form, 'capacity'),
  };
  try {
    const session = await access.api.infoSession.schedule.mutate({
      organisationId: access.organisationId,
      programmeId: access.programmeId,
      audience: values.audience as IntakeRole,
      startsAt: belgianLocalToIso(values.startsAt),
      place: values.place || null,
      onlineUrl: values.onlineUrl || null,
      capacity: wholeNumber(values.capacity),
    });
    return redirect(
      `${intakePath(access.organisationId, access.programmeId, 'info-sessions')}/${session.id}`,
    );
  } catch (error) {
    return data<FormResult<SessionValues>>(
      { values, ...toFormErrors(error, access.t) },
      { status: 400 },
    );
  }
}

export default function InfoSessions() {
  const { organisationId, programme, sessions, can } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const submitting = useNavigation().state === 'submitting';
  const fieldErrors = result?.fieldErrors ?? {};
  const values = result?.values;
  const base = intakePath(organisationId, programme.id, 'info-sessions');
  const labels = {
    audience: t('infoSessions.audience'),
    startsAt: t('infoSessions.startsAt'),
    place: t('infoSessions.place'),
    onlineUrl: t('infoSessions.onlineUrl'),
    capacity: t('infoSessions.capacity'),
  };
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <h1>{t('infoSessions.title')}</h1>
      <p>{t('infoSessions.intro')}</p>
      {sessions.length === 0 ? (
        <p className="notice">{t('infoSessions.empty')}</p>
      ) : (
        <TableScroll labelledBy="sessions-caption">
          <table>
            <caption id="sessions-caption" className="visually-hidden">
              {t('infoSessions.title')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{labels.startsAt}</th>
                <th scope="col">{labels.audience}</th>
                <th scope="col">{t('infoSessions.where')}</th>
                <th scope="col">{t('infoSessions.registeredAttended')}</th>
                <th scope="col">{t('infoSessions.topics')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`${base}/${s.id}`}>
                      {translator.formatDate(s.startsAt, 'dateTime')}
                    </Link>
                  </td>
                  <td>{t(`value.role.${s.audience}`)}</td>
                  <td>{s.place ?? t('publicProgramme.online')}</td>
                  <td>
                    {t('infoSessions.counts', {
                      registered: s.registered,
                      capacity: s.capacity,
                      attended: s.attended,
                    })}
                  </td>
                  <td>
                    {s.coversAllTopics
                      ? t('infoSessions.allTopics')
                      : t('infoSessions.topicsCount', { count: s.topicsCovered.length })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {can.manage ? (
        <section aria-labelledby="schedule-title" className="narrow">
          <h2 id="schedule-title">{t('infoSessions.scheduleTitle')}</h2>
          <ErrorSummary formError={result?.formError} fieldErrors={fieldErrors} labels={labels} />
          <Form method="post" noValidate className="panel">
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
            <TextField
              name="startsAt"
              type="datetime-local"
              label={labels.startsAt}
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
            <button type="submit" className="button" disabled={submitting}>
              {submitting ? t('form.saving') : t('infoSessions.scheduleSubmit')}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
