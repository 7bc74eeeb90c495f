import { beforeAll, describe, expect, it } from "vitest";
import { importSeedDeck } from "@/server/test/seed-deck";
import { useTempDatabase } from "@/server/test/fixtures";
import { entryPage } from "./deck-entries";

const now = new Date("2026-11-25T10:00:00Z");

describe("a deck page's entries", () => {
  const temp = useTempDatabase();
  let deckId: string;

  beforeAll(async () => {
    deckId = await importSeedDeck(temp.db, now);
  });

  it("counts each entry's live cards and questions, not archived ones", async () => {
    const first = await temp.db.entry.findFirstOrThrow({ where: { deckId }, orderBy: { position: "asc" } });
    const card = await temp.db.card.findFirstOrThrow({ where: { entryId: first.id } });
    await temp.db.card.update({ where: { id: card.id }, data: { archivedAt: now } });
    const page = await entryPage(temp.db, deckId, undefined);
    for (const entry of page.entries) {
      const live = { entryId: entry.id, archivedAt: null };
      expect(entry.cardCount).toBe(await temp.db.card.count({ where: live }));
      expect(entry.questionCount).toBe(await temp.db.question.count({ where: live }));
    }
    const all = await temp.db.card.count({ where: { entryId: first.id } });
    expect(page.entries[0]!.cardCount).toBe(all - 1);
    expect(page.entries.some((e) => e.questionCount > 0)).toBe(true);
  });
});
