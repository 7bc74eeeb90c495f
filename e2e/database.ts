// The e2e server's database, for specs that seed what the UI would take minutes to make (many
// learners' quiz answers). scripts/e2e-server.mjs says where it is.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase, type Database } from "@/server/db/connection";
import { databaseTarget } from "@/server/db/database-url";

export function e2eDatabase(): Database {
  const port = process.env.E2E_PORT ?? "3210";
  const url = readFileSync(path.join(os.tmpdir(), `faq-study-e2e-${port}.database-url`), "utf8");
  return createDatabase(databaseTarget(url));
}

/** Seeds `count` users named `<prefix> 01`… (emails `<prefix>-01-<tag>@example.test`) into the team as members; their ids. */
export async function seedMembers(db: Database, teamId: string, prefix: string, count: number, now: Date) {
  const tag = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(2, "0");
    const user = await db.user.create({
      data: {
        email: `${prefix.toLowerCase()}-${n}-${tag}@example.test`,
        name: `${prefix} ${n}`,
        createdAt: now,
        updatedAt: now,
        memberships: { create: { teamId, role: "member", joinedAt: now } },
      },
    });
    ids.push(user.id);
  }
  return ids;
}
