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

/** A programme's quality criteria; `query` keeps the chosen period (`?start=…&end=…`). */
export const qualityPath = (organisationId: string, programmeId: string, query = '') =>
  `${programmePath(organisationId, programmeId)}/quality${query}`;

/** The records behind one side of a criterion's measure. */
export const qualityDrillDownPath = (
  organisationId: string,
  programmeId: string,
  criterionId: string,
  side: 'numerator' | 'denominator',
  query = '',
) => `${qualityPath(organisationId, programmeId)}/${criterionId}/${side}${query}`;

/** A programme's social map: the local services people are referred on to (B5). */
export const socialMapPath = (organisationId: string, programmeId: string, page = '') =>
  `${programmePath(organisationId, programmeId)}/social-map${page ? `/${page}` : ''}`;

/** The referrals partner organisations sent to the organisation (B1). */
export const referralsPath = (organisationId: string, referralId = '') =>
  `/o/${organisationId}/referrals${referralId ? `/${referralId}` : ''}`;

/** Which partner organisations refer to the organisation. */
export const partnerLinksPath = (organisationId: string) => `/o/${organisationId}/partners`;

/** The partner area: people of a partner organisation (B1). */
export const partnerAreaPath = (
  partnerId: string,
  page: '' | 'referrals/new' | 'onward' | 'api-keys' = '',
) => `/partner/${partnerId}${page ? `/${page}` : ''}`;

/** A programme's matching (C1, C2): the cohort proposal, or its criteria and capacities. */
export const matchingPath = (
  organisationId: string,
  programmeId: string,
  page: '' | 'settings' | 'duos' = '',
) => `${programmePath(organisationId, programmeId)}/matching${page ? `/${page}` : ''}`;

export const organisationSlugPattern = /^[a-z0-9-]{1,60}$/;

/** The participant portal of an organisation: mentors and mentees, phone first. */
export const portalPath = (organisationSlug: string) => `/portal/${organisationSlug}`;

export const portalSignInPath = (organisationSlug: string) =>
  `${portalPath(organisationSlug)}/sign-in`;

export const portalMatchPath = (
  organisationSlug: string,
  matchId: string,
  page: 'validate' | 'agreement' | 'agreement.pdf',
) => `${portalPath(organisationSlug)}/matches/${matchId}/${page}`;

/** The organisation of a portal page's address, for the header's links; null elsewhere. */
export function portalSlugOfPath(pathname: string): string | null {
  const slug = /^\/portal\/([^/]+)/.exec(pathname)?.[1]?.toLowerCase();
  return slug && organisationSlugPattern.test(slug) ? slug : null;
}
