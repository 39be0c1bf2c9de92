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
  ],
  coordinator: [
    'programme.read',
    'programme.write',
    'intake.read',
    'intake.manage',
    'intake.interview',
    'intake.decide',
    'quality.read',
  ],
  // Coaches follow duos; programme settings and selection decisions are the operational
  // team's. They see intake and may hold selection interviews.
  coach: ['programme.read', 'intake.read', 'intake.interview', 'quality.read'],
};

export function roleCan(role: MembershipRole, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isMembershipRole(value: string): value is MembershipRole {
  return (MEMBERSHIP_ROLES as readonly string[]).includes(value);
}
