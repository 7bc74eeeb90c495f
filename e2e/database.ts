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

/**
 * Starts the learner's study day half a day from now. A test grades a card Good and expects it back
 * in 10 minutes today: at 3:55 with the default 4 am rollover, it would be tomorrow's.
 */
export async function keepStudyDayRolloverAway(email: string): Promise<void> {
  // Opened and closed here: a connection kept open by the test process is one more writer the server would wait for.
  const db = e2eDatabase();
  try {
    const { id } = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const now = new Date();
    const dayStartHour = (now.getUTCHours() + 12) % 24;
    await db.studySettings.upsert({
      where: { userId: id },
      create: { userId: id, dayStartHour, updatedAt: now },
      update: { dayStartHour, updatedAt: now },
    });
  } finally {
    await db.$disconnect();
  }
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
