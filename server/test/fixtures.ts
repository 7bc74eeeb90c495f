// What the data-layer tests set up again and again: a database of their own for the file, users
// and teams.
import { afterAll, beforeAll } from "vitest";
import type { QuizSize } from "@/lib/quiz/sizes";
import type { AttemptView } from "@/lib/quiz/views";
import type { TeamRole } from "@/lib/teams/permissions";
import { optionsOf } from "@/server/db/columns";
import type { Database } from "@/server/db/connection";
import { answerQuestion, attemptView, startAttempt } from "@/server/quiz/quiz-service";
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

/** A test file's team: "Platform", with a user per role named after it, and an outsider in no team. */
export type TestTeam = { id: string; owner: string; admin: string; member: string; outsider: string };

/** Seeds the file's TestTeam at `now` (users owner@example.test, …), in time for the file's own beforeAll hooks. */
export function useTestTeam(temp: { readonly db: Database }, now: Date): TestTeam {
  const team = {} as TestTeam;
  beforeAll(async () => {
    const [owner, admin, member, outsider] = await seedUsers(temp.db, ["owner", "admin", "member", "outsider"], now);
    const roles: [string, TeamRole][] = [
      [owner, "owner"],
      [admin, "admin"],
      [member, "member"],
    ];
    Object.assign(team, { id: await seedTeam(temp.db, "Platform", roles, now), owner, admin, member, outsider });
  });
  return team;
}

/** Where a question's right answer stands among the options as an attempt shows them (shuffled). */
export async function rightChoice(db: Database, questionId: string, shownOptions: string[]): Promise<number> {
  const stored = await db.question.findUniqueOrThrow({ where: { id: questionId } });
  return shownOptions.indexOf(optionsOf(stored.options)[stored.answerIndex]!);
}

/** Starts a quiz and answers every question, right except at the positions in `wrongAt`; returns the finished attempt. */
export async function takeQuiz(
  db: Database,
  userId: string,
  input: { deckId: string; size: QuizSize; clientAttemptId: string },
  now: Date,
  wrongAt: number[] = [],
): Promise<AttemptView> {
  const started = await startAttempt(db, userId, input, now);
  if (!started.ok) throw new Error(`quiz not started: ${started.reason}`);
  for (const [i, q] of (await attemptView(db, userId, started.attemptId))!.questions.entries()) {
    const right = await rightChoice(db, q.questionId, q.options);
    const choice = wrongAt.includes(i) ? (right + 1) % q.options.length : right;
    await answerQuestion(db, userId, { attemptId: started.attemptId, questionId: q.questionId, choice }, now);
  }
  return (await attemptView(db, userId, started.attemptId))!;
}

/** Client request ids for tests: the same n, the same id. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
