import { beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "@/lib/interop/csv/read-csv";
import { writeDeckCsv } from "@/lib/interop/csv/write-csv";
import { reviewHistoryRow, type HistoryReview } from "@/lib/interop/review-history";
import type { GradeName } from "@/lib/study/scheduling";
import type { StudyCard } from "@/lib/study/study-card";
import { gradeCard, studyQueue, undoReview } from "@/server/study/study-service";
import { importSeedDeck } from "@/server/test/seed-deck";
import { seedTeam, seedUsers, useTempDatabase } from "@/server/test/fixtures";
import { deckForExport } from "./deck-export";
import { reviewHistoryPages } from "./review-history";

const now = new Date("2026-11-25T09:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

async function collect(pages: AsyncGenerator<HistoryReview[]>): Promise<{ pages: number; rows: HistoryReview[] }> {
  const rows: HistoryReview[] = [];
  let count = 0;
  for await (const page of pages) {
    expect(page.length).toBeGreaterThan(0);
    rows.push(...page);
    count++;
  }
  return { pages: count, rows };
}

describe("review history export", () => {
  const temp = useTempDatabase();
  let deckId: string;
  let alice: string;
  let bob: string;
  /** What was graded, as the history should list it. */
  const graded: HistoryReview[] = [];

  async function grade(userId: string, card: StudyCard, g: GradeName, at: Date, id: string, durationMs?: number) {
    const outcome = await gradeCard(
      temp.db,
      userId,
      { clientReviewId: id, userCardId: card.userCardId, version: card.version, grade: g, durationMs },
      at,
    );
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome;
  }

  beforeAll(async () => {
    deckId = await importSeedDeck(temp.db, now);
    [alice, bob] = await seedUsers(temp.db, ["alice", "bob"], now);

    // Two grades at the same instant (the page order then rests on the id), a learning step, a retry
    // that must count once, an undone grade that must not count, and another learner's grades.
    const [first, second, third] = (await studyQueue(temp.db, alice, deckId, now)).cards;
    const plan: [StudyCard, GradeName, Date, string, number | undefined][] = [
      [first!, "good", now, "alice-001", 1200],
      [second!, "again", now, "alice-002", undefined],
      [third!, "easy", later(1), "alice-003", 4800],
    ];
    for (const [card, g, at, id, durationMs] of plan) {
      await grade(alice, card, g, at, id, durationMs);
      graded.push({
        cardId: card.cardId,
        reviewedAt: at,
        grade: g,
        stateBefore: card.state,
        durationMs: durationMs ?? null,
      });
    }
    await grade(alice, third!, "easy", later(1), "alice-003", 4800);

    const relearn = (await studyQueue(temp.db, alice, deckId, later(2))).cards.find(
      (c) => c.cardId === second!.cardId,
    )!;
    await grade(alice, relearn, "hard", later(2), "alice-004", 900);
    graded.push({
      cardId: relearn.cardId,
      reviewedAt: later(2),
      grade: "hard",
      stateBefore: relearn.state,
      durationMs: 900,
    });

    const again = (await studyQueue(temp.db, alice, deckId, later(20))).cards.find((c) => c.cardId === first!.cardId)!;
    await grade(alice, again, "again", later(20), "alice-005", 700);
    expect((await undoReview(temp.db, alice, "alice-005", later(21))).ok).toBe(true);

    const [bobs] = (await studyQueue(temp.db, bob, deckId, now)).cards;
    await grade(bob, bobs!, "good", now, "bob-00001", 100);
  });

  it("lists every review the learner graded, once, oldest first, and nothing else", async () => {
    expect(graded.map((r) => r.stateBefore)).toEqual(["new", "new", "new", "learning"]);
    const { rows } = await collect(reviewHistoryPages(temp.db, alice));
    // Two grades of one instant come in id order, which the test cannot know: compare them sorted by card.
    const byTimeThenCard = (a: HistoryReview, b: HistoryReview) =>
      a.reviewedAt.getTime() - b.reviewedAt.getTime() || a.cardId.localeCompare(b.cardId);
    expect([...rows].sort(byTimeThenCard).map(reviewHistoryRow)).toEqual(
      [...graded].sort(byTimeThenCard).map(reviewHistoryRow),
    );
    expect(rows.map((r) => r.reviewedAt.getTime())).toEqual(graded.map((r) => r.reviewedAt.getTime()));
  });

  it("pages through the history without losing or repeating a row where pages split grades of one instant", async () => {
    const all = await collect(reviewHistoryPages(temp.db, alice));
    for (const size of [1, 2, 3]) {
      const paged = await collect(reviewHistoryPages(temp.db, alice, size));
      expect(paged.rows).toEqual(all.rows);
      expect(paged.pages).toBe(Math.ceil(graded.length / size));
    }
  });

  it("gives a learner without reviews no pages", async () => {
    const [carol] = await seedUsers(temp.db, ["carol"], now);
    expect(await collect(reviewHistoryPages(temp.db, carol))).toEqual({ pages: 0, rows: [] });
  });

  it("exports a deck's live cards in deck order, which read back as the same cards", async () => {
    const found = await deckForExport(temp.db, alice, "ebpf");
    if (!found.ok) throw new Error(found.reason);
    const live = await temp.db.card.findMany({
      where: { archivedAt: null, entry: { deckId, archivedAt: null } },
      orderBy: [{ entry: { position: "asc" } }, { position: "asc" }],
      select: { id: true, front: true, back: true },
    });
    expect(found.deck.title).toBe("eBPF 与 XDP 常见问题");
    expect(found.deck.cards.map(({ id, front, back }) => ({ id, front, back }))).toEqual(live);
    const read = readCsv(writeDeckCsv(found.deck.cards), "ebpf.csv");
    if (!read.ok) throw new Error(read.error.message);
    expect(read.deck.cards.map(({ front, back, tags }) => ({ front, back, tags }))).toEqual(
      found.deck.cards.map(({ front, back, tags }) => ({ front, back, tags })),
    );
  });

  it("exports a team's deck only to its members once published, and no deck that does not exist", async () => {
    const team = await seedTeam(temp.db, "Platform", [[bob, "member"]], now);
    await temp.db.deck.update({ where: { id: deckId }, data: { teamId: team, publishedAt: null } });
    expect(await deckForExport(temp.db, bob, "ebpf")).toEqual({ ok: false, reason: "not-found" });
    await temp.db.deck.update({ where: { id: deckId }, data: { publishedAt: now } });
    expect((await deckForExport(temp.db, bob, "ebpf")).ok).toBe(true);
    expect(await deckForExport(temp.db, alice, "ebpf")).toEqual({ ok: false, reason: "not-found" });
    expect(await deckForExport(temp.db, null, "ebpf")).toEqual({ ok: false, reason: "not-found" });
    expect(await deckForExport(temp.db, bob, "no-such-deck")).toEqual({ ok: false, reason: "not-found" });
  });
});
