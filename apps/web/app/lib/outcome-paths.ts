/** The mentee's end and six-month questions in the portal; the six-month e-mail links here. */
export const portalOutcomePath = (organisationSlug: string, duoId: string) =>
  `/portal/${organisationSlug}/outcomes/${duoId}`;
