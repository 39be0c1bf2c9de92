export const programmesPath = (organisationId: string) => `/o/${organisationId}/programmes`;

export const programmePath = (organisationId: string, programmeId: string) =>
  `${programmesPath(organisationId)}/${programmeId}`;
