// The grade benchmark's baseline: POST /api/study/grade on bare `node:http`, the database's own driver
// (better-sqlite3 or pg) and the app's scheduler, doing the same transaction as the app (idempotency
// check, read the card at its version, FSRS, optimistic update, review log) and nothing else: no
// session, settings or visibility. Started by scripts/bench/grade-throughput.ts as its own process:
//   node --import tsx scripts/bench/bare-grade-server.ts <DATABASE_URL> <port>
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { applyGrade, type GradeName, type MemoryState } from "../../lib/study/scheduling";
import { DEFAULT_STUDY_SETTINGS } from "../../lib/study/settings";
import { usableSettings } from "../../lib/study/stored-settings";
import { studyDayKey } from "../../lib/study/study-day";
import { SQLITE_PRAGMAS } from "../../server/db/adapter";

type Grade = { userCardId: string; clientReviewId: string; version: number; grade: GradeName };
type Row = MemoryState & { id: string; userId: string; deckId: string; version: number; suspended: boolean };
type Outcome = { ok: boolean; reason?: string; version?: number; replayed?: boolean };

const settings = usableSettings(DEFAULT_STUDY_SETTINGS);
const [url, port] = [process.argv[2]!, Number(process.argv[3])];
const CARD_COLUMNS = `"id","userId","deckId","state","due","stability","difficulty","scheduledDays","learningSteps","reps","lapses","lastReview","version","suspended"`;
const LOG_COLUMNS = `"id","userId","userCardId","deckId","clientReviewId","grade","stateBefore","stateAfter","logDue","stabilityBefore","difficultyBefore","scheduledDaysBefore","learningStepsBefore","elapsedDays","lastElapsedDays","stabilityAfter","difficultyAfter","scheduledDaysAfter","dueAfter","reviewedAt","studyDay"`;

function gradeRow(row: Row, input: Grade, now: Date) {
  const { after, record } = applyGrade(row, now, input.grade, settings);
  const r = record;
  const log = [
    randomUUID(),
    row.userId,
    row.id,
    row.deckId,
    input.clientReviewId,
    r.grade,
    r.stateBefore,
    r.stateAfter,
    r.logDue,
    r.stabilityBefore,
    r.difficultyBefore,
    r.scheduledDaysBefore,
    r.learningStepsBefore,
    r.elapsedDays,
    r.lastElapsedDays,
    r.stabilityAfter,
    r.difficultyAfter,
    r.scheduledDaysAfter,
    r.dueAfter,
    r.reviewedAt,
    studyDayKey(now, settings.timeZone, settings.dayStartHour),
  ];
  const card = [
    after.state,
    after.due,
    after.stability,
    after.difficulty,
    after.scheduledDays,
    after.learningSteps,
    after.reps,
    after.lapses,
    after.lastReview,
    now,
  ];
  return { card, log };
}

const UPDATE_SET = `"state"=?,"due"=?,"stability"=?,"difficulty"=?,"scheduledDays"=?,"learningSteps"=?,"reps"=?,"lapses"=?,"lastReview"=?,"updatedAt"=?,"version"="version"+1`;

function sqliteGrade(databaseUrl: string) {
  const db = new Sqlite(databaseUrl.replace(/^file:/, ""));
  for (const pragma of SQLITE_PRAGMAS) db.exec(pragma);
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : v);
  const replay = db.prepare(
    `SELECT c."version" FROM "ReviewLog" l JOIN "UserCard" c ON c."id" = l."userCardId" WHERE l."userId" = ? AND l."clientReviewId" = ?`,
  );
  const read = db.prepare(`SELECT ${CARD_COLUMNS} FROM "UserCard" WHERE "id" = ?`);
  const update = db.prepare(`UPDATE "UserCard" SET ${UPDATE_SET} WHERE "id" = ? AND "version" = ?`);
  const insert = db.prepare(
    `INSERT INTO "ReviewLog" (${LOG_COLUMNS}) VALUES (${LOG_COLUMNS.split(",")
      .map(() => "?")
      .join(",")})`,
  );
  const apply = db.transaction((input: Grade, now: Date): Outcome => {
    const seen = replay.get(userIdOf(), input.clientReviewId) as { version: number } | undefined;
    if (seen) return { ok: true, replayed: true, version: seen.version };
    const raw = read.get(input.userCardId) as Record<string, unknown> | undefined;
    if (!raw) return { ok: false, reason: "not-found" };
    const row = {
      ...raw,
      due: new Date(raw.due as string),
      lastReview: raw.lastReview ? new Date(raw.lastReview as string) : null,
      suspended: raw.suspended === 1,
    } as Row;
    if (row.version !== input.version || row.suspended) return { ok: false, reason: "stale" };
    const { card, log } = gradeRow(row, input, now);
    if (update.run(...card.map(iso), row.id, input.version).changes !== 1) return { ok: false, reason: "stale" };
    insert.run(...log.map(iso));
    return { ok: true, version: input.version + 1 };
  });
  // Cards of one learner: the user id is read with the card in the app; here one lookup at start-up.
  const owner = db.prepare(`SELECT "userId" FROM "UserCard" LIMIT 1`).get() as { userId: string };
  const userIdOf = () => owner.userId;
  return async (input: Grade, now: Date) => apply(input, now);
}

function postgresGrade(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const placeholders = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(",");
  const updateSet = UPDATE_SET.split("?")
    .map((part, i, all) => (i < all.length - 1 ? `${part}$${i + 1}` : part))
    .join("");
  return async (input: Grade, now: Date): Promise<Outcome> => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const seen = await client.query(
        `SELECT c."version" FROM "ReviewLog" l JOIN "UserCard" c ON c."id" = l."userCardId" WHERE l."clientReviewId" = $1 AND l."userId" = c."userId"`,
        [input.clientReviewId],
      );
      if (seen.rows[0]) return await done(client, { ok: true, replayed: true, version: seen.rows[0].version });
      const { rows } = await client.query(`SELECT ${CARD_COLUMNS} FROM "UserCard" WHERE "id" = $1`, [input.userCardId]);
      const row = rows[0] as Row | undefined;
      if (!row) return await done(client, { ok: false, reason: "not-found" });
      if (row.version !== input.version || row.suspended) return await done(client, { ok: false, reason: "stale" });
      const { card, log } = gradeRow(row, input, now);
      const updated = await client.query(`UPDATE "UserCard" SET ${updateSet} WHERE "id" = $11 AND "version" = $12`, [
        ...card,
        row.id,
        input.version,
      ]);
      if (updated.rowCount !== 1) return await done(client, { ok: false, reason: "stale" });
      await client.query(`INSERT INTO "ReviewLog" (${LOG_COLUMNS}) VALUES (${placeholders(21)})`, log);
      return await done(client, { ok: true, version: input.version + 1 });
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  };
}

async function done(client: pg.PoolClient, outcome: Outcome): Promise<Outcome> {
  await client.query(outcome.ok && !outcome.replayed ? "COMMIT" : "ROLLBACK");
  return outcome;
}

const grade = url.startsWith("postgres") ? postgresGrade(url) : sqliteGrade(url);

createServer((request, response) => {
  if (request.method !== "POST") return void response.end("ok");
  const chunks: Buffer[] = [];
  request.on("data", (c: Buffer) => chunks.push(c));
  request.on("end", async () => {
    const outcome = await grade(JSON.parse(Buffer.concat(chunks).toString()) as Grade, new Date());
    response.writeHead(outcome.ok ? 200 : 409, { "content-type": "application/json" });
    response.end(JSON.stringify(outcome));
  });
}).listen(port, "127.0.0.1");
