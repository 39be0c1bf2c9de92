import { programmePath } from './paths.ts';

/**
 * Staff pages of a programme's mentor training (criterion A5); without a page, the training
 * area as a whole (it opens on the curriculum).
 */
export const trainingPath = (
  organisationId: string,
  programmeId: string,
  page: '' | 'curriculum' | 'sessions' | 'coverage' = '',
) => `${programmePath(organisationId, programmeId)}/training${page ? `/${page}` : ''}`;

/** One training session's page, with the attendance of the accepted mentors. */
export const trainingSessionPath = (
  organisationId: string,
  programmeId: string,
  trainingSessionId: string,
) => `${trainingPath(organisationId, programmeId, 'sessions')}/${trainingSessionId}`;
