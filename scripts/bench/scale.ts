// npm run bench:scale [learners] — the pages that read a learner's or a team's history, on a big
// database against a small one, in-process on SQLite (BENCH_POSTGRES=1: a throwaway PostgreSQL).
// Both hold a 5 000-card deck and a team of 200 learners who studied all of it (2 reviews a card,
// 10 000 reviews each) with its lead; the big one also holds 800 other learners with 10 000 reviews
// each on 1 000 of its cards: 10 million review rows in all. Timed, median of 5 after a warm-up:
// one member's study queue and progress dashboard, and the lead's results of an assignment of the
// deck to the team. Goal: the big database within 2× of the small one, and no statement that
// scans a learner-data table whole (SQLite query plans: SCAN of UserCard or ReviewLog).
// A benchmark, not a test: results go in docs/benchmarks.md.
import { randomUUID } from "node:crypto";
import { createDatabase, databaseProvider, type Database } from "../../server/db/connection";
import { databaseTarget } from "../../server/db/database-url";
import { progressDashboard } from "../../server/progress/progress-service";
import { studyQueue } from "../../server/study/study-service";
import { assignmentReport, createAssignment } from "../../server/teams/assignments";
import { createTeam } from "../../server/teams/teams";
import { benchDatabase, importSyntheticDeck } from "./bench-server";

const OTHERS = Number(process.argv[2] ?? 800);
const MEMBERS = 200;
const DECK_CARDS = 5_000;
const now = new Date();
const iso = (d: Date) => d.toISOString();

for (const others of [0, OTHERS]) {
  const bench = await benchDatabase("faq-bench-scale-");
  try {
    const started = performance.now();
    const setup = await seed(bench.db, others);
    const reviews = await bench.db.reviewLog.count();
    console.log(
      `${others ? "big" : "small"} database: ${1 + MEMBERS + others} learners, ${reviews.toLocaleString("en")} reviews, seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    // A fresh client, so that it gathers the planner's statistics on connecting, as the app's does.
    await bench.db.$disconnect();
    const db = createDatabase(databaseTarget(bench.url), { log: [{ emit: "event", level: "query" }] });
    const statements = new Map<string, string>();
    const slowest = new Map<string, number>();
    type QueryEvent = { query: string; params: string; duration: number };
    (db as unknown as { $on: (e: "query", f: (q: QueryEvent) => void) => void }).$on("query", (q) => {
      statements.set(q.query, q.params);
      slowest.set(q.query, Math.max(slowest.get(q.query) ?? 0, q.duration));
    });
    const timings = {
      "study queue": await median(() => studyQueue(db, setup.member, setup.deckId, now)),
      "progress dashboard": await median(() => progressDashboard(db, setup.member, now)),
      "lead's results (200 members)": await median(async () => {
        const report = await assignmentReport(db, setup.lead, setup.assignmentId, now);
        if (!report.ok || report.report.members.length !== MEMBERS) throw new Error("no report");
      }),
    };
    for (const [name, ms] of Object.entries(timings)) console.log(`  ${name}: ${ms.toFixed(1)} ms`);
    const top = [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 3);
    for (const [sql, ms] of top)
      console.log(`  slowest statement, ${ms} ms: ${sql.replace(/\s+/g, " ").slice(0, 160)}`);
    if (others && databaseProvider(db) === "sqlite") await reportScans(db, statements);
    await db.$disconnect();
  } finally {
    bench.remove();
  }
}

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[2]!;
}

/** The deck, the lead and the team's members with their history, and `others` learners more. */
async function seed(db: Database, others: number) {
  const deckId = await importSyntheticDeck(db, 2_400, now, "scale");
  const sqlite = databaseProvider(db) === "sqlite";
  const learners = MEMBERS + others;
  await db.user.createMany({
    data: Array.from({ length: learners + 1 }, (_, i) => ({
      id: `u${i}`,
      email: `u${i}@bench.test`,
      createdAt: now,
      updatedAt: now,
    })),
  });
  const team = await createTeam(db, "u0", "Scale", now);
  await db.teamMember.createMany({
    data: Array.from({ length: MEMBERS }, (_, i) => ({
      teamId: team.id,
      userId: `u${i + 1}`,
      role: "member",
      joinedAt: now,
    })),
  });
  // Learners 1–200 (the team) hold every card of the deck, the others its first 1 000.
  const cards = `SELECT c."id", c."entryId", row_number() OVER (ORDER BY c."id") AS n FROM "Card" c JOIN "Entry" e ON e."id" = c."entryId" WHERE e."deckId" = '${deckId}' AND c."archivedAt" IS NULL`;
  const users = sqlite
    ? `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ${learners}) SELECT i FROM k`
    : `SELECT generate_series(1, ${learners}) AS i`;
  const days = (n: string) =>
    sqlite
      ? `strftime('%Y-%m-%dT%H:%M:%S.000+00:00', '${iso(now)}', (${n}) || ' days')`
      : `(TIMESTAMP '${iso(now).slice(0, 19)}' + (${n}) * INTERVAL '1 day')`;
  const random = (mod: number) => (sqlite ? `(abs(random()) % ${mod})` : `floor(random() * ${mod})::int`);
  const falseValue = sqlite ? "0" : "false";
  await db.$executeRawUnsafe(`
    INSERT INTO "UserCard" ("id", "userId", "cardId", "deckId", "entryId", "state", "due", "stability", "difficulty",
      "scheduledDays", "learningSteps", "reps", "lapses", "lastReview", "suspended", "leech", "version", "createdAt", "updatedAt")
    SELECT 'uc' || u.i || '-' || c.n, 'u' || u.i, c."id", '${deckId}', c."entryId", 'review',
      ${days(`${random(60)} - 10`)}, 1 + ${random(200)}, 5, 20, 0, 2, 0, ${days(`-${random(30)} - 1`)},
      ${falseValue}, ${falseValue}, 2, ${days("-400")}, ${days("-1")}
    FROM (${users}) u CROSS JOIN (${cards}) c
    WHERE c.n <= CASE WHEN u.i <= ${MEMBERS} THEN ${DECK_CARDS} ELSE 1000 END`);
  // 2 reviews of each of a member's cards, 10 of each of another learner's: 10 000 each.
  const repeats = sqlite
    ? `WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < 10) SELECT j FROM k`
    : `SELECT generate_series(1, 10) AS j`;
  // The same pseudo-random day wherever a row's time is written, so that its columns agree.
  const offset = sqlite ? `((uc.rowid * 7919 + k.j * 104729) % 365)` : `(abs(hashtext(uc."id" || '-' || k.j)) % 365)`;
  const at = days(`-${offset} - 1`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ReviewLog" ("id", "userId", "userCardId", "deckId", "clientReviewId", "grade", "stateBefore", "stateAfter",
      "logDue", "stabilityBefore", "difficultyBefore", "scheduledDaysBefore", "learningStepsBefore", "elapsedDays",
      "lastElapsedDays", "stabilityAfter", "difficultyAfter", "scheduledDaysAfter", "dueAfter", "reviewedAt", "studyDay")
    SELECT 'r' || uc."id" || '-' || k.j, uc."userId", uc."id", uc."deckId", 'c' || uc."id" || '-' || k.j, 'good', 'review', 'review',
      ${at}, 10, 5, 10, 0, 10, 10, 20, 5, 20, ${at}, ${at}, substr(CAST(${at} AS TEXT), 1, 10)
    FROM "UserCard" uc CROSS JOIN (${repeats}) k
    WHERE k.j <= CASE WHEN CAST(substr(uc."userId", 2) AS INTEGER) <= ${MEMBERS} THEN 2 ELSE 10 END`);
  const made = await createAssignment(
    db,
    "u0",
    team.id,
    {
      deckId,
      topic: null,
      dueAt: new Date(now.getTime() + 14 * 86_400_000),
      requireStudy: true,
      minRecall: 0.8,
      requireQuiz: false,
      passPercent: 80,
      members: "all",
      clientRequestId: randomUUID(),
    },
    now,
  );
  if (!made.ok) throw new Error(`no assignment: ${made.reason}`);
  return { deckId, member: "u1", lead: "u0", assignmentId: made.assignmentId };
}

/** Every statement the timed calls ran whose SQLite plan scans UserCard or ReviewLog whole. */
async function reportScans(db: Database, statements: Map<string, string>) {
  let scans = 0;
  for (const [sql, params] of statements) {
    if (!/^\s*SELECT/i.test(sql)) continue;
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...JSON.parse(params));
    const whole = plan.filter((p) =>
      /^SCAN (?:\S+ AS )?\S*(?:UserCard|ReviewLog)\b/.test(p.detail.replace(/`main`\./g, "")),
    );
    if (whole.length === 0) continue;
    scans += 1;
    console.log(`  full scan: ${whole.map((p) => p.detail).join("; ")}\n    in: ${sql.slice(0, 300)}`);
  }
  console.log(`  ${statements.size} distinct statements, ${scans} with a full scan of UserCard or ReviewLog`);
}
