import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDeck, type CompiledDeck } from "@/lib/content/compile-deck";
import type { Database } from "@/server/db/connection";
import { useTempDatabase } from "@/server/test/fixtures";
import { importDecks } from "./import-decks";

const now = new Date("2026-11-25T09:00:00Z");
const later = new Date("2026-11-26T09:00:00Z");

const manifest = { path: "content/demo/deck.yaml", bytes: Buffer.from("title: Demo\nlanguage: en\n") };
const deck = (md: string): CompiledDeck =>
  compileDeck({ slug: "demo", manifest, faqs: [{ path: "content/demo/faq.md", bytes: Buffer.from(md) }] });
const snapshot = (db: Database) =>
  db.entry.findMany({ orderBy: { id: "asc" }, select: { id: true, question: true, answer: true, archivedAt: true } });

describe("importDecks", () => {
  const temp = useTempDatabase();

  it("creates the seed deck with its 18 entries, then leaves it alone when nothing changed", async () => {
    const seed = compileDeck({
      slug: "ebpf",
      manifest: { path: "content/ebpf/deck.yaml", bytes: readFileSync("content/ebpf/deck.yaml") },
      faqs: [{ path: "content/ebpf/ebpf-faq.md", bytes: readFileSync("content/ebpf/ebpf-faq.md") }],
    });
    const counts = { entries: 18, cards: seed.cards.length, questions: seed.questions.length };
    expect(await importDecks(temp.db, [seed], now)).toEqual([
      { slug: "ebpf", status: "created", ...counts, archived: 0 },
    ]);
    expect(await importDecks(temp.db, [seed], now)).toEqual([
      { slug: "ebpf", status: "unchanged", ...counts, archived: 0 },
    ]);
    expect(await temp.db.entry.count({ where: { deck: { slug: "ebpf" }, archivedAt: null } })).toBe(18);
    expect(await temp.db.card.count({ where: { entry: { deck: { slug: "ebpf" } } } })).toBe(seed.cards.length);
    const stored = await temp.db.question.findFirstOrThrow({ where: { id: seed.questions[0]!.id } });
    expect(JSON.parse(stored.options)).toEqual(seed.questions[0]!.options);
    expect(stored.answerIndex).toBe(seed.questions[0]!.answer);
  });

  it("updates edited answers in place and archives removed entries instead of deleting them", async () => {
    await importDecks(temp.db, [deck("### What is A?\n\nOne.\n\n### What is B?\n\nTwo.")], now);
    const before = await temp.db.entry.findMany({
      where: { deck: { slug: "demo" } },
      select: { id: true, question: true },
    });
    const [outcome] = await importDecks(temp.db, [deck("### What is A?\n\nOne, revised.")], later);
    expect(outcome).toMatchObject({ status: "updated", entries: 1 });
    expect(
      await temp.db.card.count({
        where: { entryId: before.find((b) => b.question === "What is B?")!.id, archivedAt: null },
      }),
    ).toBe(0);
    const after = await temp.db.entry.findMany({
      where: { deck: { slug: "demo" } },
      select: { id: true, answer: true, archivedAt: true, createdAt: true, updatedAt: true },
    });
    expect(after).toHaveLength(2);
    const a = after.find((e) => e.id === before.find((b) => b.question === "What is A?")!.id)!;
    expect(a).toMatchObject({ answer: "One, revised.", archivedAt: null, createdAt: now, updatedAt: later });
    expect(after.find((e) => e.id !== a.id)).toMatchObject({ archivedAt: later, createdAt: now, updatedAt: later });
  });

  it("changes nothing when writing a deck fails part-way", async () => {
    const before = await snapshot(temp.db);
    const broken = deck("### What is C?\n\nThree.\n\n### What is D?\n\nFour.");
    broken.entries[1]!.question = null as unknown as string; // the second write fails
    await expect(importDecks(temp.db, [broken], now)).rejects.toThrow();
    expect(await snapshot(temp.db)).toEqual(before);
  });

  it("archives a deck whose folder is gone", async () => {
    await importDecks(temp.db, [deck("### What is A?\n\nOne.")], now);
    const archived = await temp.db.deck.findUniqueOrThrow({ where: { slug: "ebpf" }, select: { archivedAt: true } });
    expect(archived.archivedAt).toBeInstanceOf(Date);
  });
});
