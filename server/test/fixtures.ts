// What the data-layer tests set up again and again: a database of their own for the file, users
// and teams.
import { afterAll, beforeAll } from "vitest";
import type { TeamRole } from "@/lib/teams/permissions";
import type { Database } from "@/server/db/connection";
import { createTempDatabase } from "./temp-database";

/** A temp database for this test file, made before its other beforeAll hooks and removed after it. */
export function useTempDatabase(): { readonly db: Database } {
  let temp: Awaited<ReturnType<typeof createTempDatabase>> | undefined;
  beforeAll(async () => {
    temp = await createTempDatabase();
  });
  afterAll(() => temp?.cleanUp());
  return {
    get db() {
      return temp!.db;
    },
  };
}

/** A user per name (`<name>@example.test`), their ids in the same order. */
export async function createUsers(db: Database, ...names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) ids.push((await db.user.create({ data: { email: `${name}@example.test` } })).id);
  return ids;
}

/** A team with these members and roles; its id. */
export async function createTeamWith(db: Database, name: string, members: [string, TeamRole][]): Promise<string> {
  const team = await db.team.create({
    data: { name, members: { create: members.map(([userId, role]) => ({ userId, role })) } },
    select: { id: true },
  });
  return team.id;
}

/** Client request ids for tests: the same n, the same id. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
