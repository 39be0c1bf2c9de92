import type { InfoSessionAudience, InfoSessionTopicId } from '../criteria/info-session-topics.ts';
import type { DecisionMessageKind } from '../intake/messages.ts';
import type {
  IntakeChannelAudience,
  IntakeChannelKind,
  IntakeRefusalReason,
} from '../intake/rules.ts';
import type { Instant } from '../time/calendar-date.ts';
import type { DuoRole, MeetingMode, RecordId } from './record.ts';

/** Evidence of recruitment and selection (A1–A4, B1–B5). */

export interface InfoSession {
  readonly id: RecordId;
  readonly audience: InfoSessionAudience;
  readonly startsAt: Instant;
  readonly mode: MeetingMode;
  readonly place: string | null;
  readonly topicsCovered: readonly InfoSessionTopicId[];
}

/** A registration; `attended` is set after the session. */
export interface InfoSessionAttendance {
  readonly id: RecordId;
  readonly infoSessionId: RecordId;
  readonly personId: RecordId;
  readonly attended: boolean;
}

export interface RecruitmentChannel {
  readonly id: RecordId;
  readonly kind: IntakeChannelKind;
  readonly audience: IntakeChannelAudience;
  readonly name: string;
}

export interface Application {
  readonly id: RecordId;
  readonly personId: RecordId;
  readonly role: DuoRole;
  readonly channelId: RecordId;
  readonly submittedAt: Instant;
  /** The inbound referral that brought this person, if a partner referred them. */
  readonly partnerReferralId: RecordId | null;
}

/**
 * A selection interview (A3, B3); the field names follow intake's `InterviewRecord` so
 * `isInterviewComplete` judges both the form and the indicator. Null = not filled in.
 */
export interface Interview {
  readonly id: RecordId;
  readonly applicationId: RecordId;
  readonly at: Instant;
  readonly interviewerId: RecordId;
  readonly mode: MeetingMode;
  readonly completedAt: Instant | null;
  readonly committedPeriodMonths: number | null;
  /** Longest committed interval between contacts, in days (7 = weekly, 14 = fortnightly). */
  readonly committedContactIntervalDays: number | null;
  readonly expectationsRealistic: boolean | null;
  readonly expectationsNote: string | null;
}

export interface Decision {
  readonly id: RecordId;
  readonly applicationId: RecordId;
  readonly outcome: 'accepted' | 'refused';
  readonly decidedAt: Instant;
  readonly decidedById: RecordId;
  /** Required when refused; 'other' also needs `reasonText`. */
  readonly reasonCode: IntakeRefusalReason | null;
  readonly reasonText: string | null;
}

/** The confirmation or refusal message in the outbox; `sentAt` is null until delivered. */
export interface DecisionMessage {
  readonly id: RecordId;
  readonly decisionId: RecordId;
  readonly kind: DecisionMessageKind;
  readonly sentAt: Instant | null;
}

/** Inbound: a partner organisation refers a job seeker to the programme (B1). */
export interface PartnerReferral {
  readonly id: RecordId;
  readonly partnerOrganisationId: RecordId;
  readonly submittedAt: Instant;
  readonly via: 'web_form' | 'api' | 'staff';
}

/** Onward: a refused mentee is referred to a service on the social map (B5). */
export interface OnwardReferral {
  readonly id: RecordId;
  readonly decisionId: RecordId;
  readonly socialMapServiceId: RecordId;
  readonly sentAt: Instant | null;
  /** Set when the receiving partner uses the platform and has opened the referral. */
  readonly receivedAt: Instant | null;
}
