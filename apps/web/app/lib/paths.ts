export const programmesPath = (organisationId: string) => `/o/${organisationId}/programmes`;

export const programmePath = (organisationId: string, programmeId: string) =>
  `${programmesPath(organisationId)}/${programmeId}`;

export const outboxPath = (organisationId: string) => `/o/${organisationId}/outbox`;

/** Staff pages of a programme's intake. */
export const intakePath = (
  organisationId: string,
  programmeId: string,
  page: 'channels' | 'info-sessions' | 'applications',
) => `${programmePath(organisationId, programmeId)}/${page}`;

/** The public pages of a programme: no account needed. */
export const publicProgrammePath = (organisationSlug: string, programmeId: string) =>
  `/p/${organisationSlug}/${programmeId}`;
