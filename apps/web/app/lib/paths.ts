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

/** A person's data as staff export it from one of their applications (GDPR access). */
export const applicationPersonalDataPath = (
  organisationId: string,
  programmeId: string,
  applicationId: string,
  format: 'json' | 'pdf',
) =>
  `${intakePath(organisationId, programmeId, 'applications')}/${applicationId}/personal-data/${format}`;

/** The public pages of a programme: no account needed. */
export const publicProgrammePath = (organisationSlug: string, programmeId: string) =>
  `/p/${organisationSlug}/${programmeId}`;

/** A programme's quality criteria; `query` keeps the chosen period (`?start=…&end=…`). */
export const qualityPath = (organisationId: string, programmeId: string, query = '') =>
  `${programmePath(organisationId, programmeId)}/quality${query}`;

/** The dashboard as a file, PDF report or CSV export, for the period in `query`. */
export const qualityReportPath = (
  organisationId: string,
  programmeId: string,
  format: 'pdf' | 'csv',
  query = '',
) => `${qualityPath(organisationId, programmeId)}/report.${format}${query}`;

/** The records behind one side of a criterion's measure. */
export const qualityDrillDownPath = (
  organisationId: string,
  programmeId: string,
  criterionId: string,
  side: 'numerator' | 'denominator' | 'missing',
  query = '',
) => `${qualityPath(organisationId, programmeId)}/${criterionId}/${side}${query}`;

/** A programme's social map: the local services people are referred on to (B5). */
export const socialMapPath = (organisationId: string, programmeId: string, page = '') =>
  `${programmePath(organisationId, programmeId)}/social-map${page ? `/${page}` : ''}`;

/** A programme's library of supporting material (D4), or one of its files. */
export const libraryPath = (organisationId: string, programmeId: string, resourceId = '') =>
  `${programmePath(organisationId, programmeId)}/library${resourceId ? `/${resourceId}/file` : ''}`;

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

/** A duo's page for staff: its span, contact log and pauses (D1, D2). */
export const duoPath = (organisationId: string, programmeId: string, duoId: string) =>
  `${programmePath(organisationId, programmeId)}/duos/${duoId}`;

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

/** The portal's "I had contact" form of a duo. */
export const portalContactPath = (organisationSlug: string, duoId: string) =>
  `${portalPath(organisationSlug)}/duos/${duoId}/contact`;

/** The portal's page where a participant ends their duo. */
export const portalEndPath = (organisationSlug: string, duoId: string) =>
  `${portalPath(organisationSlug)}/duos/${duoId}/end`;

/** The portal's library: what the programme offers the person, and its files. */
export const portalLibraryPath = (organisationSlug: string, resourceId = '') =>
  `${portalPath(organisationSlug)}/library${resourceId ? `/${resourceId}/file` : ''}`;

/** The participant's own data, to download from the portal. */
export const portalPersonalDataPath = (organisationSlug: string, format: 'json' | 'pdf') =>
  `${portalPath(organisationSlug)}/my-data/${format}`;

/** The organisation of a portal page's address, for the header's links; null elsewhere. */
export function portalSlugOfPath(pathname: string): string | null {
  const slug = /^\/portal\/([^/]+)/.exec(pathname)?.[1]?.toLowerCase();
  return slug && organisationSlugPattern.test(slug) ? slug : null;
}

/** A coach's caseload, "My duos"; a coordinator may ask for another coach's. */
export const caseloadPath = (organisationId: string, coachUserId = '') =>
  `/o/${organisationId}/caseload${coachUserId ? `?coach=${encodeURIComponent(coachUserId)}` : ''}`;

/** A programme's criteria by quarter; with a criterion, that one's trend shown large. */
export const qualityTrendPath = (organisationId: string, programmeId: string, criterionId = '') =>
  `${qualityPath(organisationId, programmeId)}/trends${criterionId ? `?${new URLSearchParams({ criterion: criterionId })}` : ''}`;
