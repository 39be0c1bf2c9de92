/**
 * Roles are held per membership (person × organisation), never globally;
 * only "platform operator" is global and lives outside this table.
 */
export const MEMBERSHIP_ROLES = ['admin', 'coordinator', 'coach'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const PERMISSIONS = [
  'programme.read',
  'programme.write',
  'membership.manage',
  /** Intake: see channels, info sessions, the application pipeline and the outbox. */
  'intake.read',
  /** Intake set-up and running: channels, info sessions, attendance, message templates. */
  'intake.manage',
  /** Schedule interviews and record their outcome (a coach only for interviews they hold). */
  'intake.interview',
  /** Accept or refuse applications and mark outbox messages as sent. */
  'intake.decide',
  /** Quality criteria: a programme's indicators and the records behind them (staff only). */
  'quality.read',
  /** Matching criteria, cohort proposals and deciding matches (C1, C2). */
  'matching.manage',
  /** See matches and duos: stages, first meetings, validations, agreements. */
  'duo.read',
  /** Run a duo's start: first meetings, answers received by phone, agreements (C3–C5). */
  'duo.manage',
  /**
   * Follow every duo, not only one's own: assign and change coaches, and log check-ins and
   * mediation notes for duos someone else coaches (D3).
   */
  'duo.coordinate',
  /** A programme's library of supporting material, its social map import and workshops (D4, D5). */
  'support.manage',
  /** Answer a person's requests about the data held on them (GDPR access and portability). */
  'personalData.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<MembershipRole, readonly Permission[]> = {
  admin: [
    'programme.read',
    'programme.write',
    'membership.manage',
    'intake.read',
    'intake.manage',
    'intake.interview',
    'intake.decide',
    'quality.read',
    'matching.manage',
    'duo.read',
    'duo.manage',
    'duo.coordinate',
    'support.manage',
    'personalData.manage',
  ],
  coordinator: [
    'programme.read',
    'programme.write',
    'intake.read',
    'intake.manage',
    'intake.interview',
    'intake.decide',
    'quality.read',
    'matching.manage',
    'duo.read',
    'duo.manage',
    'duo.coordinate',
    'support.manage',
    'personalData.manage',
  ],
  // Coaches follow duos; programme settings and selection decisions are the operational
  // team's. They see intake and may hold selection interviews.
  // They are at the first meeting and follow the duo from its start, but do not match.
  coach: [
    'programme.read',
    'intake.read',
    'intake.interview',
    'quality.read',
    'duo.read',
    'duo.manage',
  ],
};

export function roleCan(role: MembershipRole, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isMembershipRole(value: string): value is MembershipRole {
  return (MEMBERSHIP_ROLES as readonly string[]).includes(value);
}
