import { beforeAll, describe, expect, it } from "vitest";
import { importSeedDeck } from "@/server/test/seed-deck";
import { seedUsers, useTempDatabase } from "@/server/test/fixtures";
import { onPostgres } from "@/server/test/temp-database";
import type { GradeName } from "@/lib/study/scheduling";
import { gradeCard, studyQueue, undoReview } from "./study-service";

const now = new Date("2026-11-25T09:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe("study service", () => {
  const temp = useTempDatabase();
  let deckId: string;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    deckId = await importSeedDeck(temp.db, now);
    [alice, bob] = await seedUsers(temp.db, ["alice", "bob"], now);
  });

  /** One grade, as the study page sends it. */
  const grade = (
    userId: string,
    clientReviewId: string,
    card: { userCardId: string; version: number },
    g: GradeName,
    at: Date,
  ) => gradeCard(temp.db, userId, { clientReviewId, ...card, grade: g }, at);

  it("creates a learner's card states lazily and queues new cards up to the daily limit, one per entry", async () => {
    expect(await temp.db.userCard.count({ where: { userId: alice } })).toBe(0);
    const { cards } = await studyQueue(temp.db, alice, deckId, now);
    expect(await temp.db.userCard.count({ where: { userId: alice } })).toBe(
      await temp.db.card.count({ where: { archivedAt: null } }),
    );
    expect(cards).toHaveLength(18); // 20 new per day, but siblings are buried: one card per entry
    expect(cards[0]).toMatchObject({
      state: "new",
      kind: "basic",
      version: 0,
      intervals: { again: "1m", hard: "6m", good: "10m" },
    });
  });

  it("gives a card added to a started deck its state, also when another card was archived meanwhile", async () => {
    const studied = await temp.db.card.findFirstOrThrow({ where: { archivedAt: null, entry: { deckId } } });
    await temp.db.card.update({ where: { id: studied.id }, data: { archivedAt: later(1) } });
    // As many live cards as before, but one of them has no state yet.
    const added = await temp.db.card.create({
      data: { ...studied, id: `${studied.id}-added`, kind: "added", archivedAt: null },
    });
    await studyQueue(temp.db, alice, deckId, later(2));
    expect(await temp.db.userCard.count({ where: { userId: alice, cardId: added.id } })).toBe(1);
    await temp.db.card.delete({ where: { id: added.id } });
    await temp.db.card.update({ where: { id: studied.id }, data: { archivedAt: null } });
  });

  it("gives a long answer's key point as the back, with the full answer to unfold", async () => {
    const { cards } = await studyQueue(temp.db, alice, deckId, now);
    const shortened = cards.filter((c) => c.fullAnswer !== null);
    expect(shortened.length).toBeGreaterThan(0);
    for (const c of shortened) expect(c.back.length).toBeLessThan(c.fullAnswer!.length);
    expect(cards.some((c) => c.fullAnswer === null)).toBe(true);
  });

  it("applies a grade once, however often the request is retried", async () => {
    const [card] = (await studyQueue(temp.db, alice, deckId, now)).cards;
    const input = {
      clientReviewId: "rev-1",
      userCardId: card!.userCardId,
      version: card!.version,
      grade: "good" as const,
    };
    const first = await gradeCard(temp.db, alice, input, now);
    const retried = await gradeCard(temp.db, alice, input, later(1));
    expect(first).toMatchObject({ ok: true, replayed: false, version: 1 });
    // The card comes back in the state its button promised, so the page's counts were right at once.
    expect(first.ok && first.again).toMatchObject({ state: card!.nextStates.good, version: 1 });
    expect(retried).toMatchObject({ ok: true, replayed: true, version: 1 });
    expect(await temp.db.reviewLog.count({ where: { userId: alice } })).toBe(1);
  });

  it("writes nothing when a used client review id comes with the card's new version, or twice at once", async () => {
    const [, card] = (await studyQueue(temp.db, alice, deckId, now)).cards;
    const input = {
      clientReviewId: "rev-2",
      userCardId: card!.userCardId,
      version: card!.version,
      grade: "good" as const,
    };
    const [a, b] = await Promise.all([gradeCard(temp.db, alice, input, now), gradeCard(temp.db, alice, input, now)]);
    expect([a, b].map((o) => o.ok && o.replayed).sort()).toEqual([false, true]);
    // The card's write succeeds at version 1, then the log's unique id refuses the copy: both are undone.
    const reused = await gradeCard(temp.db, alice, { ...input, version: 1, grade: "again" }, later(2));
    expect(reused).toMatchObject({ ok: true, replayed: true, version: 1 });
    const row = await temp.db.userCard.findUniqueOrThrow({ where: { id: card!.userCardId } });
    expect(row).toMatchObject({ version: 1, state: card!.nextStates.good });
    expect(await temp.db.reviewLog.count({ where: { userCardId: card!.userCardId } })).toBe(1);
  });

  it("applies one of two grades sent at once from two tabs for the same card version, and logs only that one", async () => {
    const [, , card] = (await studyQueue(temp.db, alice, deckId, now)).cards;
    const input = { userCardId: card!.userCardId, version: card!.version };
    const outcomes = await Promise.all([
      gradeCard(temp.db, alice, { ...input, clientReviewId: "tab-1", grade: "good" }, now),
      gradeCard(temp.db, alice, { ...input, clientReviewId: "tab-2", grade: "again" }, now),
    ]);
    expect(outcomes.map((o) => (o.ok ? "applied" : o.reason)).sort()).toEqual(["applied", "stale"]);
    const logs = await temp.db.reviewLog.findMany({ where: { userCardId: card!.userCardId } });
    expect(logs).toHaveLength(1);
    const applied = outcomes.findIndex((o) => o.ok);
    expect(logs[0]!.clientReviewId).toBe(`tab-${applied + 1}`);
    expect(await temp.db.userCard.findUniqueOrThrow({ where: { id: card!.userCardId } })).toMatchObject({ version: 1 });
  });

  it("applies grades of many cards sent at once, and a reused review id among them spoils only its own", async () => {
    const cards = (await studyQueue(temp.db, alice, deckId, later(5))).cards.slice(3, 9);
    expect(cards).toHaveLength(6);
    const [reusing, ...others] = cards;
    const outcomes = await Promise.all([
      ...others.map((c, i) =>
        grade(alice, `many-${i}`, { userCardId: c.userCardId, version: c.version }, "good", later(5)),
      ),
      grade(alice, "rev-1", { userCardId: reusing!.userCardId, version: reusing!.version }, "easy", later(5)),
    ]);
    expect(outcomes.slice(0, 5)).toEqual(others.map(() => expect.objectContaining({ ok: true, replayed: false })));
    expect(outcomes[5]).toMatchObject({ ok: true, replayed: true });
    for (const c of others) expect(await temp.db.reviewLog.count({ where: { userCardId: c.userCardId } })).toBe(1);
    expect(await temp.db.userCard.findUniqueOrThrow({ where: { id: reusing!.userCardId } })).toMatchObject({
      version: reusing!.version,
    });
    expect(await temp.db.reviewLog.count({ where: { userCardId: reusing!.userCardId } })).toBe(0);
  });

  it("refuses a grade from a stale tab and a grade for another learner's card", async () => {
    const [card] = (await studyQueue(temp.db, bob, deckId, now)).cards;
    expect(await grade(bob, "tab-1", { userCardId: card!.userCardId, version: 0 }, "good", now)).toMatchObject({
      ok: true,
    });
    expect(await grade(bob, "tab-2", { userCardId: card!.userCardId, version: 0 }, "easy", now)).toEqual({
      ok: false,
      reason: "stale",
    });
    expect(await grade(alice, "steal", { userCardId: card!.userCardId, version: 1 }, "again", now)).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await temp.db.reviewLog.count({ where: { userId: bob } })).toBe(1);
  });

  it("undoes the latest grade: restores the state and removes its log row", async () => {
    const [card] = (await studyQueue(temp.db, alice, deckId, later(30))).cards;
    const before = await temp.db.userCard.findUniqueOrThrow({ where: { id: card!.userCardId } });
    await grade(alice, "rev-undo", { userCardId: card!.userCardId, version: card!.version }, "again", later(30));
    const undone = await undoReview(temp.db, alice, "rev-undo", later(31));
    expect(undone.ok).toBe(true);
    const after = await temp.db.userCard.findUniqueOrThrow({ where: { id: card!.userCardId } });
    expect({ ...after, version: 0, updatedAt: null, due: null }).toEqual({
      ...before,
      version: 0,
      updatedAt: null,
      due: null,
    });
    expect(after.version).toBe(before.version + 2);
    expect(await temp.db.reviewLog.count({ where: { clientReviewId: "rev-undo" } })).toBe(0);
    expect(await undoReview(temp.db, bob, "rev-1", later(31))).toEqual({ ok: false, reason: "not-found" });
  });

  it("studies and grades with the defaults when stored steps are ones ts-fsrs refuses", async () => {
    const [carol] = await seedUsers(temp.db, ["carol"], now);
    const data = { newPerDay: 20, maxReviewsPerDay: 200, desiredRetention: 0.9, timeZone: "UTC", dayStartHour: 4 };
    await temp.db.studySettings.create({
      data: {
        userId: carol,
        ...data,
        learningSteps: "30s 10m",
        relearningSteps: "99999999999999999999d",
        updatedAt: now,
      },
    });
    const [card] = (await studyQueue(temp.db, carol, deckId, now)).cards;
    expect(card!.intervals).toMatchObject({ again: "1m", good: "10m" }); // the default 1m 10m
    const outcome = await grade(carol, "carol-1", card!, "again", now);
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.ok && outcome.again?.intervals.again).toBe("1m");
  });

  it("suspends a card as a leech at its eighth lapse and says so", async () => {
    const [card] = (await studyQueue(temp.db, bob, deckId, later(60))).cards;
    await temp.db.userCard.update({
      where: { id: card!.userCardId },
      data: {
        state: "review",
        stability: 2,
        difficulty: 8,
        scheduledDays: 2,
        reps: 30,
        lapses: 7,
        lastReview: later(-3 * 24 * 60),
        due: later(-60),
        version: 5,
      },
    });
    const outcome = await grade(bob, "leech-1", { userCardId: card!.userCardId, version: 5 }, "again", later(60));
    expect(outcome).toMatchObject({ ok: true, leech: true, again: null });
    expect(await temp.db.userCard.findUniqueOrThrow({ where: { id: card!.userCardId } })).toMatchObject({
      lapses: 8,
      leech: true,
      suspended: true,
    });
    expect(
      (await studyQueue(temp.db, bob, deckId, later(61))).cards.some((c) => c.userCardId === card!.userCardId),
    ).toBe(false);
  });

  it.skipIf(onPostgres)(
    "does not scan the review log to build the queue: the due query uses the (user, deck, due) index",
    async () => {
      const plan = await temp.db.$queryRawUnsafe<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN SELECT id FROM "UserCard" WHERE "userId" = ? AND "deckId" = ? AND "due" < ?`,
        alice,
        deckId,
        now.toISOString(),
      );
      expect(plan.map((p) => p.detail).join(" ")).toMatch(/USING INDEX UserCard_userId_deckId_due_idx/);
    },
  );
});
