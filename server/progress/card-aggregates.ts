// A learner's card states summed in the database, one row per deck and topic, so the dashboard
// never loads thousands of cards. SQLite and PostgreSQL differ in date arithmetic only.
import { Prisma } from "@/generated/sqlite/client";
import { FORGETTING_CURVE } from "@/lib/study/scheduling";
import { databaseProvider, type Database } from "@/server/db/connection";

export type CardGroup = {
  deckId: string;
  topic: string | null;
  cards: number;
  studied: number;
  mastered: number;
  /** Sum of predicted recall now over the studied cards. */
  recallSum: number;
  dueNow: number;
  newCards: number;
};

type Dialect = {
  days: (from: Prisma.Sql, to: Prisma.Sql) => Prisma.Sql;
  time: (iso: string) => Prisma.Sql;
  greatest: (a: Prisma.Sql, b: Prisma.Sql) => Prisma.Sql;
  pow: string;
  falseValue: Prisma.Sql;
};

const dialects: Record<"sqlite" | "postgresql", Dialect> = {
  sqlite: {
    days: (from, to) => Prisma.sql`(julianday(${to}) - julianday(${from}))`,
    // Stored as text like Prisma writes it ("…+00:00"), so that text comparison orders correctly.
    time: (iso) => Prisma.sql`${iso.replace("Z", "+00:00")}`,
    greatest: (a, b) => Prisma.sql`MAX(${a}, ${b})`,
    pow: "pow",
    falseValue: Prisma.sql`0`,
  },
  postgresql: {
    days: (from, to) => Prisma.sql`(EXTRACT(EPOCH FROM (${to} - ${from})) / 86400)`,
    time: (iso) => Prisma.sql`CAST(${iso} AS timestamp)`,
    greatest: (a, b) => Prisma.sql`GREATEST(${a}, ${b})`,
    pow: "power",
    falseValue: Prisma.sql`false`,
  },
};

/** The SQL that differs between SQLite and PostgreSQL, for the raw queries that sum in the database. */
export const dialect = (db: Database) => dialects[databaseProvider(db)];

/** A studied card's (`uc`) predicted recall at `now`, on FSRS's forgetting curve, in SQL. */
export function recallNowSql(db: Database, now: Date): Prisma.Sql {
  const d = dialect(db);
  const elapsedDays = d.greatest(
    Prisma.sql`floor(${d.days(Prisma.sql`uc."lastReview"`, d.time(now.toISOString()))})`,
    Prisma.sql`0`,
  );
  return Prisma.sql`${Prisma.raw(d.pow)}(1 + ${FORGETTING_CURVE.factor} * ${elapsedDays} / uc."stability", ${FORGETTING_CURVE.decay})`;
}

/**
 * Card counts, mastery, recall, due-now and new cards per deck and topic, for live cards of live
 * entries. Cards are summed per entry from one covering index; the learner's few cards that were
 * archived (hidden by overrides, dropped by an import) are summed apart and subtracted, which is
 * far cheaper than looking up every card.
 */
export async function cardGroups(
  db: Database,
  userId: string,
  now: Date,
  masteredAboveDays: number,
): Promise<CardGroup[]> {
  const d = dialect(db);
  const nowSql = d.time(now.toISOString());
  const studied = Prisma.sql`uc."state" <> 'new'`;
  const recall = recallNowSql(db, now);
  const sums = Prisma.sql`uc."entryId" AS "entryId", uc."deckId" AS "deckId", COUNT(*) AS "cards",
        SUM(CASE WHEN ${studied} THEN 1 ELSE 0 END) AS "studied",
        SUM(CASE WHEN ${studied} AND uc."stability" > ${masteredAboveDays} THEN 1 ELSE 0 END) AS "mastered",
        SUM(CASE WHEN ${studied} AND uc."stability" > 0 THEN ${recall} ELSE 0 END) AS "recallSum",
        SUM(CASE WHEN ${studied} AND uc."suspended" = ${d.falseValue} AND uc."due" <= ${nowSql} THEN 1 ELSE 0 END) AS "dueNow",
        SUM(CASE WHEN uc."state" = 'new' AND uc."suspended" = ${d.falseValue} THEN 1 ELSE 0 END) AS "newCards"`;
  const byTopic = (perEntry: Prisma.Sql) => db.$queryRaw<Record<keyof CardGroup, unknown>[]>`
    SELECT x."deckId" AS "deckId", e."topic" AS "topic", SUM(x."cards") AS "cards", SUM(x."studied") AS "studied", SUM(x."mastered") AS "mastered",
      SUM(x."recallSum") AS "recallSum", SUM(x."dueNow") AS "dueNow", SUM(x."newCards") AS "newCards"
    FROM (${perEntry}) x JOIN "Entry" e ON e."id" = x."entryId"
    WHERE e."archivedAt" IS NULL
    GROUP BY x."deckId", e."topic"`;
  const [all, archived] = await Promise.all([
    byTopic(
      Prisma.sql`SELECT ${sums} FROM "UserCard" uc WHERE uc."userId" = ${userId} GROUP BY uc."entryId", uc."deckId"`,
    ),
    byTopic(
      Prisma.sql`SELECT ${sums} FROM "Card" c JOIN "UserCard" uc ON uc."cardId" = c."id" AND uc."userId" = ${userId} WHERE c."archivedAt" IS NOT NULL GROUP BY uc."entryId", uc."deckId"`,
    ),
  ]);
  const key = (r: Record<keyof CardGroup, unknown>) =>
    `${String(r.deckId)}\u0000${r.topic === null ? "" : String(r.topic)}`;
  const gone = new Map(archived.map((r) => [key(r), toGroup(r)]));
  return all.map((r) => {
    const group = toGroup(r);
    const minus = gone.get(key(r));
    if (!minus) return group;
    return {
      ...group,
      cards: group.cards - minus.cards,
      studied: group.studied - minus.studied,
      mastered: group.mastered - minus.mastered,
      recallSum: group.recallSum - minus.recallSum,
      dueNow: group.dueNow - minus.dueNow,
      newCards: group.newCards - minus.newCards,
    };
  });
}

function toGroup(r: Record<keyof CardGroup, unknown>): CardGroup {
  return {
    deckId: String(r.deckId),
    topic: r.topic === null ? null : String(r.topic),
    cards: Number(r.cards),
    studied: Number(r.studied),
    mastered: Number(r.mastered),
    recallSum: Number(r.recallSum ?? 0),
    dueNow: Number(r.dueNow),
    newCards: Number(r.newCards),
  };
}

/** Live cards (studied, not suspended) of these decks coming due before `until`, counted per hour from `from`. */
export async function dueHours(
  db: Database,
  userId: string,
  deckIds: string[],
  from: Date,
  until: Date,
): Promise<{ hour: number; count: number }[]> {
  if (deckIds.length === 0) return [];
  const d = dialect(db);
  const hours = (due: Prisma.Sql) => Prisma.sql`floor(${d.days(d.time(from.toISOString()), due)} * 24)`;
  const dueBefore = Prisma.sql`uc."userId" = ${userId} AND uc."deckId" IN (${Prisma.join(deckIds)}) AND uc."state" <> 'new' AND uc."suspended" = ${d.falseValue} AND uc."due" < ${d.time(until.toISOString())}`;
  // GROUP BY 1: PostgreSQL does not match two copies of a parameterized expression.
  const [all, archived] = await Promise.all([
    db.$queryRaw<
      { hour: unknown; count: unknown }[]
    >`SELECT ${hours(Prisma.sql`uc."due"`)} AS "hour", COUNT(*) AS "count" FROM "UserCard" uc WHERE ${dueBefore} GROUP BY 1`,
    db.$queryRaw<
      { hour: unknown; count: unknown }[]
    >`SELECT ${hours(Prisma.sql`uc."due"`)} AS "hour", COUNT(*) AS "count" FROM "Card" c JOIN "UserCard" uc ON uc."cardId" = c."id" WHERE c."archivedAt" IS NOT NULL AND ${dueBefore} GROUP BY 1`,
  ]);
  const counts = new Map(all.map((r) => [Number(r.hour), Number(r.count)]));
  for (const r of archived) counts.set(Number(r.hour), (counts.get(Number(r.hour)) ?? 0) - Number(r.count));
  return [...counts].map(([hour, count]) => ({ hour, count }));
}
