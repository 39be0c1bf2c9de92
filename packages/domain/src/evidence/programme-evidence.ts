import type { TrainingTopicId } from '../criteria/training-topics.ts';
import type { ClosingMeeting, Closure, Evaluation } from './closure.ts';
import type { CheckIn, CoachAssignment, Contact, Duo, DuoPause } from './duo.ts';
import type { Agreement, FirstMeeting, Match, Validation } from './match.ts';
import type { Outcome } from './outcome.ts';
import type { RecordId } from './record.ts';
import type {
  Application,
  Decision,
  DecisionMessage,
  InfoSession,
  InfoSessionAttendance,
  Interview,
  OnwardReferral,
  PartnerReferral,
  RecruitmentChannel,
} from './selection.ts';
import type { Resource, Workshop, WorkshopInvitation } from './support.ts';
import type { TrainingAttendance, TrainingSession } from './training.ts';

/** The programme settings the indicators read (D1's planned duration, A5's curriculum). */
export interface ProgrammeFacts {
  readonly id: RecordId;
  readonly plannedDurationMonths: number;
  readonly curriculumTopics: readonly TrainingTopicId[];
}

/**
 * Everything recorded for one programme. The caller scopes it (one tenant, one programme)
 * and may pass records from outside the period: each indicator picks its period's units
 * itself, because several rules look before or after the period (A1's info session before
 * acceptance, D2's fortnights that started earlier).
 */
export interface ProgrammeEvidence {
  readonly programme: ProgrammeFacts;
  readonly infoSessions: readonly InfoSession[];
  readonly infoSessionAttendances: readonly InfoSessionAttendance[];
  readonly recruitmentChannels: readonly RecruitmentChannel[];
  readonly applications: readonly Application[];
  readonly interviews: readonly Interview[];
  readonly decisions: readonly Decision[];
  readonly decisionMessages: readonly DecisionMessage[];
  readonly partnerReferrals: readonly PartnerReferral[];
  readonly onwardReferrals: readonly OnwardReferral[];
  readonly trainingSessions: readonly TrainingSession[];
  readonly trainingAttendances: readonly TrainingAttendance[];
  readonly matches: readonly Match[];
  readonly firstMeetings: readonly FirstMeeting[];
  readonly validations: readonly Validation[];
  readonly agreements: readonly Agreement[];
  readonly duos: readonly Duo[];
  readonly pauses: readonly DuoPause[];
  readonly contacts: readonly Contact[];
  readonly coachAssignments: readonly CoachAssignment[];
  readonly checkIns: readonly CheckIn[];
  readonly resources: readonly Resource[];
  readonly workshops: readonly Workshop[];
  readonly workshopInvitations: readonly WorkshopInvitation[];
  readonly closures: readonly Closure[];
  readonly closingMeetings: readonly ClosingMeeting[];
  readonly evaluations: readonly Evaluation[];
  readonly outcomes: readonly Outcome[];
}

/** A programme with nothing recorded yet; tests and fixtures spread their records onto it. */
export function emptyProgrammeEvidence(programme: ProgrammeFacts): ProgrammeEvidence {
  return {
    programme,
    infoSessions: [],
    infoSessionAttendances: [],
    recruitmentChannels: [],
    applications: [],
    interviews: [],
    decisions: [],
    decisionMessages: [],
    partnerReferrals: [],
    onwardReferrals: [],
    trainingSessions: [],
    trainingAttendances: [],
    matches: [],
    firstMeetings: [],
    validations: [],
    agreements: [],
    duos: [],
    pauses: [],
    contacts: [],
    coachAssignments: [],
    checkIns: [],
    resources: [],
    workshops: [],
    workshopInvitations: [],
    closures: [],
    closingMeetings: [],
    evaluations: [],
    outcomes: [],
  };
}
