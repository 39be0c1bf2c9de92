/**
 * Roles are held per membership (person × organisation), never globally;
 * only "platform operator" is global and lives outside this table.
 */
export const MEMBERSHIP_ROLES = ['admin', 'coordinator', 'coach'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const PERMISSIONS = ['programme.read', 'programme.write', 'membership.manage'] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<MembershipRole, readonly Permission[]> = {
  admin: ['programme.read', 'programme.write', 'membership.manage'],
  coordinator: ['programme.read', 'programme.write'],
  // Coaches follow duos; programme settings are the operational team's decision.
  coach: ['programme.read'],
};

export function roleCan(role: MembershipRole, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isMembershipRole(value: string): value is MembershipRole {
  return (MEMBERSHIP_ROLES as readonly string[]).includes(value);
}
