import type { AppLoadContext } from '@remix-run/node';
import { roleCan } from '@tandem/domain';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { requireMembership } from './membership.server.ts';

/**
 * The signed-in staff member on an intake page of a programme, with what their role lets
 * them do. The API checks every call again; this only decides which actions to show.
 */
export async function requireIntake(
  request: Request,
  context: AppLoadContext,
  params: { organisationId?: string; programmeId?: string },
) {
  const { viewer, membership, t } = await requireMembership(
    request,
    context,
    params.organisationId,
  );
  const role = membership.role;
  return {
    api: viewer.api,
    userId: viewer.me.user.id,
    userName: viewer.me.user.name,
    organisationId: membership.organisationId,
    programmeId: params.programmeId ?? '',
    can: {
      manage: roleCan(role, 'intake.manage'),
      interview: roleCan(role, 'intake.interview'),
      decide: roleCan(role, 'intake.decide'),
      match: roleCan(role, 'matching.manage'),
      support: roleCan(role, 'support.manage'),
      coordinate: roleCan(role, 'duo.coordinate'),
      personalData: roleCan(role, 'personalData.manage'),
    },
    t,
  };
}

export type IntakeAccess = Awaited<ReturnType<typeof requireIntake>>;

/** The programme's name and id, for headings and breadcrumbs. */
export async function programmeHeading(access: IntakeAccess) {
  const programme = await access.api.programme.get
    .query({ organisationId: access.organisationId, programmeId: access.programmeId })
    .catch(rethrowAsRouteError);
  return { id: programme.id, name: programme.name };
}

/** Which of a page's forms was sent. */
export function intentOf(form: FormData): string {
  const value = form.get('intent');
  return typeof value === 'string' ? value : '';
}
