import { describe, expect, it } from "vitest";
import type { Database } from "@/server/db/connection";
import { findInChunks, IDS_PER_QUERY } from "@/server/db/in-chunks";
import { useTempDatabase } from "@/server/test/fixtures";
import { liveEntries } from "./deck-entries";

const now = new Date("2026-11-26T09:00:00Z");
const ENTRIES = 20_000;

/** A deck of n entries, every 10th with a card and a question, written straight to the tables (fast). */
async function writeBigDeck(db: Database, n: number): Promise<string> {
  const stamps = { createdAt: now, updatedAt: now };
  const { id: deckId } = await db.deck.create({
    data: { slug: "big", title: "Big", language: "en", description: "", sourcePath: "", contentHash: "", ...stamps },
  });
  const ids = Array.from({ length: n }, (_, i) => `big/${i}`);
  const withItems = ids.filter((_, i) => i % 10 === 9);
  for (let i = 0; i < n; i += 2000) {
    await db.entry.createMany({
      data: ids.slice(i, i + 2000).map((id, j) => {
        const position = i + j;
        return {
          id,
          deckId,
          kind: "question",
          question: `Question ${position}?`,
          answer: "A.",
          line: position + 1,
          position,
          ...stamps,
        };
      }),
    });
  }
  await db.card.createMany({
    data: withItems.map((entryId, position) => ({
      id: `${entryId}:basic`,
      entryId,
      kind: "basic",
      front: "F",
      back: "B",
      position,
      ...stamps,
    })),
  });
  await db.question.createMany({
    data: withItems.map((entryId, position) => ({
      ...{ id: `${entryId}:mcq`, entryId, stem: "S", options: JSON.stringify(["a", "b", "c", "d"]), answerIndex: 0 },
      ...{ explanation: "E", position, ...stamps },
    })),
  });
  return deckId;
}

describe("a deck of 20 000 entries", () => {
  const temp = useTempDatabase();

  it("is loaded for its deck page and preview with every card and question (no parameter limit)", async () => {
    const deckId = await writeBigDeck(temp.db, ENTRIES);
    const entries = await liveEntries(temp.db, deckId);
    expect(entries).toHaveLength(ENTRIES);
    expect(entries[ENTRIES - 1]).toMatchObject({
      question: `Question ${ENTRIES - 1}?`,
      cards: [{ id: `big/${ENTRIES - 1}:basic` }],
      questions: [{ options: ["a", "b", "c", "d"], answerIndex: 0 }],
    });
    expect(entries[ENTRIES - 2]).toMatchObject({ cards: [], questions: [] });
  }, 600_000);

  it("queries ids in chunks of at most IDS_PER_QUERY, in order", async () => {
    const seen: number[] = [];
    const ids = Array.from({ length: 2 * IDS_PER_QUERY + 5 }, (_, i) => String(i));
    const found = await findInChunks(ids, async (chunk) => (seen.push(chunk.length), chunk));
    expect(seen).toEqual([IDS_PER_QUERY, IDS_PER_QUERY, 5]);
    expect(found).toEqual(ids);
  });
});
