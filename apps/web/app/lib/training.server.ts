import { rethrowAsRouteError } from '@tandem/web-kit/server';
import type { IntakeAccess } from './intake-access.server.ts';

/** An application's coverage of the ten A5 topics, for its page (`applies` for accepted mentors). */
export async function loadApplicationTrainingCoverage(access: IntakeAccess, applicationId: string) {
  return access.api.training.coverage.get
    .query({ organisationId: access.organisationId, applicationId })
    .catch(rethrowAsRouteError);
}
