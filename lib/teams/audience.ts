// Who an assignment goes to, as the assignment form shows it before saving (the server applies the
// same rule when it reads assignments: server/teams/assignments.ts).
import type { TeamRole } from "./permissions";

/**
 * "The whole team" is its learners (role member) plus the owners or admins picked as well;
 * otherwise just the people picked, whatever their role.
 */
export function assignedPeople<Person extends { userId: string; role: TeamRole }>(
  people: Person[],
  wholeTeam: boolean,
  picked: ReadonlySet<string>,
): Person[] {
  return people.filter((p) => picked.has(p.userId) || (wholeTeam && p.role === "member"));
}
