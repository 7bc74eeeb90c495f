// The load balancer's one query on the grade path: a learner's cards coming due in a window, summed
// per hour in the database (study days start on the hour, so hours add up to days exactly).
import { Prisma } from "@/generated/sqlite/client";
import { dialect } from "@/server/progress/card-aggregates";
import type { Database } from "@/server/db/connection";

/** Studied, unsuspended cards of all the learner's decks due in [from, until), per hour from `from`. */
export async function dueTimesIn(
  db: Database,
  userId: string,
  from: Date,
  until: Date,
): Promise<{ at: Date; count: number }[]> {
  const d = dialect(db);
  const hour = Prisma.sql`floor(${d.days(d.time(from.toISOString()), Prisma.sql`uc."due"`)} * 24 + 0.000001)`; // a due time on the hour stays in that hour
  // Served by the (userId, due) index; GROUP BY 1 because PostgreSQL does not match two copies of a parameterized expression.
  const rows = await db.$queryRaw<{ hour: unknown; count: unknown }[]>`
    SELECT ${hour} AS "hour", COUNT(*) AS "count" FROM "UserCard" uc
    WHERE uc."userId" = ${userId} AND uc."due" >= ${d.time(from.toISOString())} AND uc."due" < ${d.time(until.toISOString())}
      AND uc."state" <> 'new' AND uc."suspended" = ${d.falseValue}
    GROUP BY 1`;
  return rows.map((r) => ({ at: new Date(from.getTime() + Number(r.hour) * 3_600_000), count: Number(r.count) }));
}
