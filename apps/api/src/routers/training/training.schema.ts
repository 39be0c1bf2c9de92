import { TRAINING_TOPIC_IDS } from '@tandem/domain';
import { z } from 'zod';
import {
  AttendanceEntries,
  requirePlaceOrLink,
  ScheduledSessionFields,
} from '../../sessions/scheduled-session.schema.ts';
import { FreeText, Name, OrganisationId } from '../../shared.schema.ts';

/** Input schemas of the mentor training routers (criterion A5). */

const Id = z.uuid();
const Topic = z.enum(TRAINING_TOPIC_IDS);
const Topics = z.array(Topic).max(TRAINING_TOPIC_IDS.length * 2);

const OrganisationScope = z.object({ organisationId: OrganisationId });
const ProgrammeScope = OrganisationScope.extend({ programmeId: Id });

// Curriculum

export const ListCurriculumInput = ProgrammeScope;
/** Creates a module, or updates it when `moduleId` is given. */
export const SaveModuleInput = ProgrammeScope.extend({
  moduleId: Id.nullish(),
  name: Name,
  description: FreeText.max(2000).default(''),
  topics: Topics.min(1, { error: 'training.topics_required' }),
});
export const DeleteModuleInput = OrganisationScope.extend({ moduleId: Id });

// Sessions

export const ListTrainingSessionsInput = ProgrammeScope;
export const GetTrainingSessionInput = OrganisationScope.extend({ trainingSessionId: Id });
export const ScheduleTrainingSessionInput = ProgrammeScope.extend({
  ...ScheduledSessionFields,
  trainer: Name,
  /** Modules taught; their topics are added to `topics`. */
  moduleIds: z.array(Id).max(50).default([]),
  /** Topics covered beyond the modules' own. */
  topics: Topics.default([]),
}).superRefine((value, ctx) => {
  requirePlaceOrLink(value, ctx);
  if (value.moduleIds.length === 0 && value.topics.length === 0)
    ctx.addIssue({ code: 'custom', path: ['topics'], message: 'training.topics_required' });
});

/**
 * Per accepted mentor: `registered` (expected), `attended`, `absent`, or `none` (removes the
 * registration). Attended and absent need the session to have started.
 */
export const TRAINING_ATTENDANCE_STATUSES = ['none', 'registered', 'attended', 'absent'] as const;
export const RecordTrainingAttendanceInput = OrganisationScope.extend({
  trainingSessionId: Id,
  attendance: AttendanceEntries(
    z.object({ applicationId: Id, status: z.enum(TRAINING_ATTENDANCE_STATUSES) }),
  ),
});

// Coverage

export const ListCoverageInput = ProgrammeScope;
export const GetApplicationCoverageInput = OrganisationScope.extend({ applicationId: Id });
