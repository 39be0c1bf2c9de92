import { TRAINING_TOPIC_IDS } from '@tandem/domain';
import { z } from 'zod';
import { FreeText, LineText, Name, OrganisationId, WebAddress } from '../../shared.schema.ts';

/** Input schemas of the mentor training routers (criterion A5). */

const Id = z.uuid();
const Instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
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
  startsAt: Instant,
  place: LineText.max(300).nullish(),
  onlineUrl: WebAddress.nullish(),
  trainer: Name,
  /** Modules taught; their topics are added to `topics`. */
  moduleIds: z.array(Id).max(50).default([]),
  /** Topics covered beyond the modules' own. */
  topics: Topics.default([]),
}).superRefine((value, ctx) => {
  if (!value.place && !value.onlineUrl)
    ctx.addIssue({ code: 'custom', path: ['place'], message: 'intake.place_or_link_required' });
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
  attendance: z
    .array(z.object({ applicationId: Id, status: z.enum(TRAINING_ATTENDANCE_STATUSES) }))
    .min(1)
    .max(10_000),
});

// Coverage

export const ListCoverageInput = ProgrammeScope;
export const GetApplicationCoverageInput = OrganisationScope.extend({ applicationId: Id });
