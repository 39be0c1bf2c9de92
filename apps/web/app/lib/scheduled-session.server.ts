import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from '@remix-run/node';
import type { FormResult } from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { belgianLocalToIso } from './intake.ts';
import { type IntakeAccess, programmeHeading, requireIntake } from './intake-access.server.ts';

/** When and where a session takes place, as typed into the schedule form. */
export interface ScheduleValues {
  startsAt: string;
  place: string;
  onlineUrl: string;
}

export function readScheduleForm(form: FormData): ScheduleValues {
  return {
    startsAt: text(form, 'startsAt'),
    place: text(form, 'place'),
    onlineUrl: text(form, 'onlineUrl'),
  };
}

/** The form's Belgian wall-clock time goes as an instant; an empty place or link as none. */
export function toScheduleInput(values: ScheduleValues) {
  return {
    startsAt: belgianLocalToIso(values.startsAt),
    place: values.place || null,
    onlineUrl: values.onlineUrl || null,
  };
}

/**
 * The schedule form's action: schedules the session and goes to its page, or hands back the
 * form as typed with the API's reasons.
 */
export async function scheduleSessionAction<V extends ScheduleValues>(
  { request, context, params }: ActionFunctionArgs,
  read: (form: FormData) => V,
  schedule: (access: IntakeAccess, values: V) => Promise<string>,
) {
  const access = await requireIntake(request, context, params);
  const values = read(await request.formData());
  try {
    return redirect(await schedule(access, values));
  } catch (error) {
    return data<FormResult<V>>({ values, ...toFormErrors(error, access.t) }, { status: 400 });
  }
}

/** A session's page: the programme's heading and the session, "not found" if of another programme. */
export async function loadScheduledSession<S extends { programmeId: string }>(
  { request, context, params }: LoaderFunctionArgs,
  get: (access: IntakeAccess) => Promise<S>,
) {
  const access = await requireIntake(request, context, params);
  const [programme, session] = await Promise.all([
    programmeHeading(access),
    get(access).catch(rethrowAsRouteError),
  ]);
  if (session.programmeId !== programme.id) throw data(null, { status: 404 });
  return { access, programme, session };
}
