// Who may do what in a team: the one table every team page, action and route handler consults.
export const TEAM_ROLES = ["owner", "admin", "member"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TEAM_ACTIONS = [
  "team.view",
  "team.leave",
  "members.view",
  "members.changeRole",
  "members.remove",
  "invites.manage",
  "assignments.view",
  "assignments.manage",
  "assignments.viewResults",
  "decks.study",
  "decks.upload",
  "reports.create",
  "reports.resolve",
] as const;
export type TeamAction = (typeof TEAM_ACTIONS)[number];

const EVERYONE: readonly TeamRole[] = ["owner", "admin", "member"];
const ADMINS: readonly TeamRole[] = ["owner", "admin"];
const OWNERS: readonly TeamRole[] = ["owner"];

const ALLOWED: Record<TeamAction, readonly TeamRole[]> = {
  "team.view": EVERYONE,
  "team.leave": EVERYONE,
  // The member list (names and roles) is shared; members' study data is not.
  "members.view": EVERYONE,
  "members.changeRole": OWNERS,
  "members.remove": OWNERS,
  "invites.manage": ADMINS,
  "assignments.view": EVERYONE,
  "assignments.manage": ADMINS,
  "assignments.viewResults": ADMINS,
  "decks.study": EVERYONE,
  "decks.upload": ADMINS,
  "reports.create": EVERYONE,
  "reports.resolve": ADMINS,
};

/** Whether a user with this role (null: not a member) may do this. Non-members may do nothing. */
export function can(role: TeamRole | null, action: TeamAction): boolean {
  return role !== null && ALLOWED[action].includes(role);
}

export function isTeamRole(value: string): value is TeamRole {
  return (TEAM_ROLES as readonly string[]).includes(value);
}

/** Whether removing or demoting this member would leave the team without an owner. */
export function wouldLeaveNoOwner(ownerCount: number, member: { role: TeamRole }, newRole: TeamRole | null): boolean {
  return member.role === "owner" && newRole !== "owner" && ownerCount <= 1;
}
