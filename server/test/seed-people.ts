import type { Database } from "@/server/db/connection";
import type { TeamRole } from "@/lib/teams/permissions";

/** One user per name (`<name>@example.test`, named so), created at `now`; their ids in the same order. */
export async function seedUsers<const Names extends readonly string[]>(
  db: Database,
  names: Names,
  now: Date,
): Promise<{ [K in keyof Names]: string }> {
  const ids: string[] = [];
  for (const name of names)
    ids.push(
      (await db.user.create({ data: { email: `${name}@example.test`, name, createdAt: now, updatedAt: now } })).id,
    );
  return ids as { [K in keyof Names]: string };
}

/** A team with these members, made at `now`; returns its id. */
export async function seedTeam(
  db: Database,
  name: string,
  members: [userId: string, role: TeamRole][],
  now: Date,
): Promise<string> {
  const team = await db.team.create({
    data: {
      name,
      createdAt: now,
      members: { create: members.map(([userId, role]) => ({ userId, role, joinedAt: now })) },
    },
  });
  return team.id;
}
