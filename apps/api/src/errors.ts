import { TRPCError } from '@trpc/server';

/**
 * Every error a person can meet, by translation key, with the tRPC code it travels as.
 * The apps translate the key; nothing else about the failure leaves the API.
 */
const ERROR_CODES = {
  'auth.invalid_credentials': 'UNAUTHORIZED',
  'auth.rate_limited': 'TOO_MANY_REQUESTS',
  'auth.unauthenticated': 'UNAUTHORIZED',
  'auth.password_token_invalid': 'BAD_REQUEST',
  'auth.current_password_wrong': 'BAD_REQUEST',
  'auth.sign_in_link_invalid': 'BAD_REQUEST',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  'conflict.slug_taken': 'CONFLICT',
  'conflict.email_taken': 'CONFLICT',
  'conflict.already_member': 'CONFLICT',
  'validation.invalid_input': 'BAD_REQUEST',
  'request.too_large': 'PAYLOAD_TOO_LARGE',
  'request.unsupported_media_type': 'UNSUPPORTED_MEDIA_TYPE',
  'intake.info_session_full': 'CONFLICT',
  'intake.info_session_past': 'CONFLICT',
  'intake.info_session_not_held': 'CONFLICT',
  'intake.registration_unknown': 'BAD_REQUEST',
  'intake.channel_invalid': 'BAD_REQUEST',
  'intake.channel_in_use': 'CONFLICT',
  'intake.interviewer_not_member': 'BAD_REQUEST',
  'intake.interview_required': 'PRECONDITION_FAILED',
  'intake.already_decided': 'CONFLICT',
  'intake.message_already_sent': 'CONFLICT',
  'outbox.message_sending': 'CONFLICT',
  'outbox.not_failed': 'CONFLICT',
  'reminders.stop_link_invalid': 'BAD_REQUEST',
  'intake.too_many_submissions': 'TOO_MANY_REQUESTS',
  'intake.submission_already_reviewed': 'CONFLICT',
  'training.module_unknown': 'BAD_REQUEST',
  'training.not_accepted_mentor': 'BAD_REQUEST',
  'training.session_not_held': 'CONFLICT',
  'workshop.cancelled': 'CONFLICT',
  'workshop.started': 'CONFLICT',
  'workshop.not_started': 'CONFLICT',
  'workshop.full': 'CONFLICT',
  'workshop.mentor_not_eligible': 'BAD_REQUEST',
  'import.empty': 'BAD_REQUEST',
  'import.missing_columns': 'BAD_REQUEST',
  'import.no_rows': 'BAD_REQUEST',
  'import.too_many_rows': 'BAD_REQUEST',
  'import.has_errors': 'BAD_REQUEST',
  'social_map.service_unknown': 'BAD_REQUEST',
  'social_map.service_in_use': 'CONFLICT',
  'social_map.partner_unknown': 'BAD_REQUEST',
  'social_map.csv_has_errors': 'BAD_REQUEST',
  'social_map.hsds_invalid': 'BAD_REQUEST',
  'social_map.hsds_too_many_services': 'BAD_REQUEST',
  'referral.status_transition_invalid': 'CONFLICT',
  'partner.not_linked': 'FORBIDDEN',
  'partner.link_in_use': 'CONFLICT',
  'partner.api_key_invalid': 'UNAUTHORIZED',
  'partner.rate_limited': 'TOO_MANY_REQUESTS',
  'partner.idempotency_key_required': 'BAD_REQUEST',
  'partner.idempotency_key_reused': 'UNPROCESSABLE_CONTENT',
  'duo.match_closed': 'CONFLICT',
  'duo.first_meeting_not_held': 'PRECONDITION_FAILED',
  'duo.not_validated': 'PRECONDITION_FAILED',
  'duo.agreement_reissued': 'CONFLICT',
  'duo.agreement_not_issued': 'PRECONDITION_FAILED',
  'contact.in_future': 'BAD_REQUEST',
  'contact.before_start': 'BAD_REQUEST',
  'contact.after_end': 'BAD_REQUEST',
  'pause.before_start': 'BAD_REQUEST',
  'pause.after_end': 'BAD_REQUEST',
  'pause.already_open': 'CONFLICT',
  'pause.overlaps': 'CONFLICT',
  'pause.not_open': 'CONFLICT',
  'pause.end_not_after_start': 'BAD_REQUEST',
  'duoEnd.already_ended': 'CONFLICT',
  'duoEnd.before_start': 'BAD_REQUEST',
  'duoEnd.in_future': 'BAD_REQUEST',
  'duoEnd.reason_required': 'BAD_REQUEST',
  'closingMeeting.already_planned': 'CONFLICT',
  'closingMeeting.not_planned': 'CONFLICT',
  'closingMeeting.held_in_future': 'BAD_REQUEST',
  'closingMeeting.held_before_start': 'BAD_REQUEST',
  'firstMeeting.already_planned': 'CONFLICT',
  'firstMeeting.not_planned': 'CONFLICT',
  'firstMeeting.not_started': 'PRECONDITION_FAILED',
  'firstMeeting.staff_not_member': 'BAD_REQUEST',
  'coach.not_a_coach': 'BAD_REQUEST',
  'coach.not_your_duo': 'FORBIDDEN',
  'coach.duo_ended': 'CONFLICT',
  'coach.date_before_start': 'BAD_REQUEST',
  'coach.change_before_current': 'CONFLICT',
  'coach.assignment_conflict': 'CONFLICT',
  'outcome.not_accepted_mentee': 'BAD_REQUEST',
  'outcome.duo_not_ended': 'CONFLICT',
  'outcome.date_in_future': 'BAD_REQUEST',
  'outcome.follow_up_not_due': 'CONFLICT',
  'outcome.already_answered': 'CONFLICT',
  'evaluation.already_answered': 'CONFLICT',
  'evaluation.answer_required': 'BAD_REQUEST',
  'matching.not_in_pool': 'BAD_REQUEST',
  'matching.mentee_twice': 'BAD_REQUEST',
  'matching.pair_excluded': 'CONFLICT',
  'matching.mentor_full': 'CONFLICT',
  'matching.mentee_already_matched': 'CONFLICT',
  'matching.match_not_open': 'CONFLICT',
  internal: 'INTERNAL_SERVER_ERROR',
} as const satisfies Record<string, TRPCError['code']>;

export type AppErrorKey = keyof typeof ERROR_CODES;
export type AppErrorParams = Record<string, string | number>;

export class AppError extends TRPCError {
  readonly key: AppErrorKey;
  readonly params: AppErrorParams | undefined;

  constructor(key: AppErrorKey, params?: AppErrorParams) {
    super({ code: ERROR_CODES[key], message: key });
    this.name = 'AppError';
    this.key = key;
    this.params = params;
  }
}

/**
 * Unique constraints that stand for a rule a person can break by racing someone else: the
 * database keeps the rule, and the person gets its message instead of a failure.
 */
const CONSTRAINT_ERRORS: Readonly<Record<string, AppErrorKey>> = {
  matches_open_mentee_key: 'matching.mentee_already_matched',
  first_meetings_planned_key: 'firstMeeting.already_planned',
  closing_meetings_planned_key: 'closingMeeting.already_planned',
  duo_closures_duo_key: 'duoEnd.already_ended',
  duo_pauses_open_key: 'pause.already_open',
  coach_assignments_open_key: 'coach.assignment_conflict',
};

/** The AppError for a database error that broke one of `CONSTRAINT_ERRORS`, if it is one. */
export function appErrorForConstraint(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { constraint, constraint_name, cause } = current as Record<string, unknown>;
    const name = constraint ?? constraint_name;
    if (typeof name === 'string' && Object.hasOwn(CONSTRAINT_ERRORS, name))
      return new AppError(CONSTRAINT_ERRORS[name] as AppErrorKey);
    current = cause;
  }
  return undefined;
}

/** Errors tRPC raises itself (unknown procedure, unparsable body, …) get a generic key. */
export function keyForTrpcCode(code: TRPCError['code']): AppErrorKey {
  switch (code) {
    case 'UNAUTHORIZED':
      return 'auth.unauthenticated';
    case 'FORBIDDEN':
      return 'forbidden';
    case 'NOT_FOUND':
      return 'not_found';
    case 'BAD_REQUEST':
    case 'PARSE_ERROR':
    case 'UNPROCESSABLE_CONTENT':
      return 'validation.invalid_input';
    case 'PAYLOAD_TOO_LARGE':
      return 'request.too_large';
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 'request.unsupported_media_type';
    default:
      return 'internal';
  }
}
