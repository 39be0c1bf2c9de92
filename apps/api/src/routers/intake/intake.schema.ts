import {
  APPLICATION_STAGES,
  APPLICATION_SUBMISSION_FIELDS,
  DAY_PARTS,
  DECISION_MESSAGE_KINDS,
  DECISION_OUTCOMES,
  INTAKE_CHANNEL_AUDIENCES,
  INTAKE_CHANNEL_KINDS,
  INTAKE_CONSENT_TEXT_VERSION,
  INTAKE_INFO_SESSION_TOPIC_IDS,
  INTAKE_REFUSAL_REASONS,
  INTAKE_ROLES,
  INTERVIEW_MODES,
  MAX_COMMITTED_CONTACT_INTERVAL_DAYS,
  MAX_COMMITTED_PERIOD_MONTHS,
  OUTBOX_STATUSES,
  WEEKDAYS,
} from '@tandem/domain';
import { z } from 'zod';
import {
  AttendanceEntries,
  requirePlaceOrLink,
  ScheduledSessionFields,
  SessionCapacity,
} from '../../sessions/scheduled-session.schema.ts';
import {
  Email,
  FreeText,
  Instant,
  LanguageCode,
  LineText,
  Locale,
  Name,
  OrganisationId,
  OrganisationSlug,
  Phone,
} from '../../shared.schema.ts';

/** Input schemas of the intake routers (criteria A1–A4, B1–B4). */

const Id = z.uuid();
const Role = z.enum(INTAKE_ROLES);
const LongText = (max: number) => FreeText.min(1).max(max);
const OptionalText = (max: number) => FreeText.max(max).nullish();

const OrganisationScope = z.object({ organisationId: OrganisationId });
const ProgrammeScope = OrganisationScope.extend({ programmeId: Id });

// Recruitment channels (A2, B1)

const ChannelFields = {
  kind: z.enum(INTAKE_CHANNEL_KINDS),
  name: Name,
  audience: z.enum(INTAKE_CHANNEL_AUDIENCES),
};
export const ListChannelsInput = ProgrammeScope;
export const CreateChannelInput = ProgrammeScope.extend(ChannelFields);
export const UpdateChannelInput = OrganisationScope.extend({ channelId: Id, ...ChannelFields });
export const DeleteChannelInput = OrganisationScope.extend({ channelId: Id });

// Info sessions (A1, B2)

export const ListInfoSessionsInput = ProgrammeScope;
export const GetInfoSessionInput = OrganisationScope.extend({ infoSessionId: Id });
export const ScheduleInfoSessionInput = ProgrammeScope.extend({
  audience: Role,
  ...ScheduledSessionFields,
  capacity: SessionCapacity,
}).superRefine(requirePlaceOrLink);
export const RecordAttendanceInput = OrganisationScope.extend({
  infoSessionId: Id,
  attendance: AttendanceEntries(z.object({ registrationId: Id, attended: z.boolean() })),
});
export const SetTopicsCoveredInput = OrganisationScope.extend({
  infoSessionId: Id,
  topics: z.array(z.enum(INTAKE_INFO_SESSION_TOPIC_IDS)).max(INTAKE_INFO_SESSION_TOPIC_IDS.length),
});

// Public intake: no account, a programme found by organisation slug (see procedures.ts)

const PublicProgramme = z.object({
  organisationSlug: OrganisationSlug,
  programmeId: Id,
});
/** Consent to the processing of the person's data, as worded in the given text version. */
const Consent = z.object({
  given: z.literal(true, { error: 'intake.consent_required' }),
  textVersion: z.literal(INTAKE_CONSENT_TEXT_VERSION, {
    error: 'intake.consent_version_outdated',
  }),
});

export const PublicProgrammeInput = PublicProgramme;
export const RegisterForInfoSessionInput = PublicProgramme.extend({
  infoSessionId: Id,
  name: Name,
  email: Email,
  phone: Phone,
  locale: Locale,
  consent: Consent,
});

const currentYear = new Date().getUTCFullYear();
export const ApplyInput = PublicProgramme.extend({
  role: Role,
  name: Name,
  email: Email,
  phone: Phone,
  preferredLocale: Locale,
  availability: z
    .array(z.object({ day: z.enum(WEEKDAYS), part: z.enum(DAY_PARTS) }))
    .min(1)
    .max(WEEKDAYS.length * DAY_PARTS.length),
  postcode: LineText.regex(/^[0-9A-Za-z -]{3,10}$/),
  municipality: Name,
  languages: z.array(LanguageCode).min(1).max(20),
  /** Mentor: the sector of their experience; mentee: the sector they seek work in. */
  sector: Name,
  /** Mentors: years of professional experience; ignored for mentees. */
  experienceYears: z.int().min(0).max(80).nullish(),
  goal: LongText(2000),
  birthYear: z
    .int()
    .min(1920)
    .max(currentYear - 16),
  interests: z.array(LineText.min(1).max(60)).max(20).default([]),
  channelId: Id,
  consent: Consent,
});

// Applications pipeline

export const ListApplicationsInput = ProgrammeScope.extend({
  role: Role.optional(),
  stage: z.enum(APPLICATION_STAGES).optional(),
  channelId: Id.optional(),
  /** Part of the name or e-mail address, case-insensitive. */
  search: LineText.max(200).optional(),
});
export const GetApplicationInput = OrganisationScope.extend({ applicationId: Id });

/** A later submission by the applicant's e-mail: the fields staff take over from it. */
export const MergeSubmissionInput = OrganisationScope.extend({
  submissionId: Id,
  fields: z
    .array(z.enum(APPLICATION_SUBMISSION_FIELDS))
    .min(1, { error: 'intake.submission_fields_required' })
    .max(APPLICATION_SUBMISSION_FIELDS.length),
});
export const DismissSubmissionInput = OrganisationScope.extend({ submissionId: Id });

// Interviews (A3, B3)

export const ScheduleInterviewInput = OrganisationScope.extend({
  applicationId: Id,
  interviewerUserId: Id,
  scheduledAt: Instant,
  mode: z.enum(INTERVIEW_MODES),
});
export const RecordInterviewOutcomeInput = OrganisationScope.extend({
  interviewId: Id,
  committedPeriodMonths: z.int().min(1).max(MAX_COMMITTED_PERIOD_MONTHS),
  /** The longest interval in days between two contacts the person commits to. */
  committedContactIntervalDays: z.int().min(1).max(MAX_COMMITTED_CONTACT_INTERVAL_DAYS),
  expectationsRealistic: z.boolean(),
  expectationsNote: OptionalText(2000),
});

// Decisions (A4, B4), message templates and the outbox

export const DecideInput = OrganisationScope.extend({
  applicationId: Id,
  outcome: z.enum(DECISION_OUTCOMES),
  refusalReason: z.enum(INTAKE_REFUSAL_REASONS).nullish(),
  /** Shown to the applicant in the refusal message. */
  reasonText: OptionalText(2000),
  /** B5: required when refusing as "needs other support": a social-map service and a note. */
  onwardReferral: z.object({ serviceId: Id, note: LongText(2000) }).nullish(),
}).superRefine((value, ctx) => {
  if (value.outcome !== 'refused') return;
  if (value.refusalReason === 'needs_other_support' && !value.onwardReferral)
    ctx.addIssue({
      code: 'custom',
      path: ['onwardReferral'],
      message: 'intake.onward_referral_required',
    });
  if (!value.refusalReason)
    ctx.addIssue({
      code: 'custom',
      path: ['refusalReason'],
      message: 'intake.refusal_reason_required',
    });
  if (!value.reasonText)
    ctx.addIssue({ code: 'custom', path: ['reasonText'], message: 'intake.refusal_text_required' });
});

export const ListMessageTemplatesInput = ProgrammeScope;
export const SaveMessageTemplateInput = ProgrammeScope.extend({
  kind: z.enum(DECISION_MESSAGE_KINDS),
  locale: Locale,
  subject: LineText.min(1).max(300),
  body: LongText(10_000),
});

export const ListOutboxInput = OrganisationScope.extend({
  status: z.enum(OUTBOX_STATUSES).optional(),
});
export const MarkMessageSentInput = OrganisationScope.extend({ messageId: Id });
export const RetryMessageInput = OrganisationScope.extend({ messageId: Id });
