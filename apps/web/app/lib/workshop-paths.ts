import { programmePath } from './paths.ts';

/** A programme's workshops for mentors (D5); with an ID, one workshop's page. */
export const workshopsPath = (organisationId: string, programmeId: string, workshopId = '') =>
  `${programmePath(organisationId, programmeId)}/workshops${workshopId ? `/${workshopId}` : ''}`;

/** A mentor's workshop invitations in the portal; with an ID, that invitation's calendar file. */
export const portalWorkshopsPath = (organisationSlug: string, invitationId = '') =>
  `/portal/${organisationSlug}/workshops${invitationId ? `/${invitationId}/calendar.ics` : ''}`;
