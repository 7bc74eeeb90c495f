// A big import must not hold up other requests: reading, choosing questions and writing go off the
// thread or in chunks, as for a FAQ upload (see server/teams/team-deck-limits.test.ts).
import { describe, expect, it } from "vitest";
import { eventLoopGaps } from "@/server/test/event-loop-gaps";
import { seedUsers, useTempDatabase } from "@/server/test/fixtures";
import { studyQueue } from "@/server/study/study-service";
import { deletePersonalDeck, importPersonalDeck, previewImport } from "./personal-decks";

const now = new Date("2026-11-26T09:00:00Z");
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
/** n term/definition rows, the `edited` first ones with a changed back. */
const csv = (n: number, edited = 0) =>
  new TextEncoder().encode(
    [
      "front,back",
      ...Array.from({ length: n }, (_, i) => `Term ${i},${i < edited ? "Revised meaning" : "Meaning"} of term ${i}`),
    ].join("\n"),
  );

describe("a 5 000-card import", () => {
  const temp = useTempDatabase();

  // Written in one go, the import held the loop for seconds. Chunked, the same code's longest stretch
  // measured 136–243 ms from run to run on the 2-core machine (the re-import's), so the bound is 300.
  it("keeps the event loop free (no gap over 300 ms) while it is previewed, imported, studied, re-imported and deleted", async () => {
    const [learner] = await seedUsers(temp.db, ["bigimport"], now);
    const source = (bytes: Uint8Array) => ({ fileName: "big.csv", bytes, keepHistory: true });
    const gaps = eventLoopGaps();
    const steps: { step: string; ms: number; gap: { wall: number; blocked: number } }[] = [];
    const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
      gaps.reset();
      const started = performance.now();
      const result = await run();
      steps.push({ step, ms: performance.now() - started, gap: gaps.longest() });
      return result;
    };
    try {
      const preview = await timed("preview", () => previewImport(temp.db, learner, source(csv(5000)), later(1)));
      expect(preview.ok && preview.preview.cardCount).toBe(5000);
      const created = await timed("import", () => importPersonalDeck(temp.db, learner, source(csv(5000)), later(2)));
      if (!created.ok) throw new Error(created.reason);
      const deck = await temp.db.deck.findUniqueOrThrow({ where: { slug: created.slug } });
      expect(await temp.db.card.count({ where: { entry: { deckId: deck.id }, archivedAt: null } })).toBe(5000);
      await timed("study", () => studyQueue(temp.db, learner, deck.id, later(3)));
      const edited = await timed("re-import with 200 cards edited", () =>
        importPersonalDeck(temp.db, learner, source(csv(5000, 200)), later(4)),
      );
      expect(edited).toMatchObject({ ok: true, created: false });
      expect(await temp.db.card.count({ where: { entry: { deckId: deck.id }, back: { startsWith: "Revised" } } })).toBe(
        200,
      );
      await timed("delete", () => deletePersonalDeck(temp.db, learner, deck.id, later(5)));
      expect(await temp.db.card.count({ where: { entry: { deckId: deck.id } } })).toBe(0);
    } finally {
      gaps.stop();
      for (const { step, ms, gap } of steps)
        console.log(
          `5000 cards, ${step}: ${Math.round(ms)} ms; longest event loop gap ${Math.round(gap.wall)} ms, of which busy ${Math.round(gap.blocked)} ms`,
        );
    }
    for (const { step, gap } of steps)
      expect({ step, blocked: Math.min(gap.blocked, 300) }).toEqual({ step, blocked: gap.blocked });
  }, 180_000);
});
