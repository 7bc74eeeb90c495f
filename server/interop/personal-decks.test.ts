import { describe, expect, it } from "vitest";
import { compileImportedDeck, importedCardId } from "@/lib/interop/compile-imported-deck";
import type { ImportedCard, ImportedDeck } from "@/lib/interop/imported-deck";
import { replayReviews } from "@/lib/interop/replay-reviews";
import { canSeeDeck } from "@/server/access/access";
import { gradeCard, learnerSettings, studyQueue } from "@/server/study/study-service";
import { seedUsers, useTempDatabase } from "@/server/test/fixtures";
import { currentCollection, currentPackage } from "./anki/anki-test-packages";
import {
  deletePersonalDeck,
  importPersonalDeck,
  personalSlug,
  previewImport,
  writePersonalDeck,
} from "./personal-decks";

const now = new Date("2026-11-25T09:00:00Z");
const later = new Date("2026-11-26T09:00:00Z");
const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n, 9));

const card = (n: number, back = `Capital number ${n}`, reviews: ImportedCard["reviews"] = []): ImportedCard => ({
  sourceId: `csv:${n}`,
  kind: "basic",
  front: `Country ${n}`,
  back,
  tags: [],
  origin: `line ${n}`,
  reviews,
});
const deckOf = (cards: ImportedCard[]): ImportedDeck => ({ title: "Capitals", cards, warnings: [] });

/** Writes the deck as `userId`'s personal deck, compiled here (the service compiles in a worker). */
async function write(db: Parameters<typeof writePersonalDeck>[0], userId: string, imported: ImportedDeck, at: Date) {
  const compiled = compileImportedDeck(imported, personalSlug(userId, imported.title), "capitals.csv");
  return writePersonalDeck(db, userId, { imported, compiled, fileName: "capitals.csv" }, at);
}

describe("importing a deck into a personal deck", () => {
  const temp = useTempDatabase();

  it("creates the learner's deck with one entry and card per imported card; importing it again changes nothing", async () => {
    const [learner] = await seedUsers(temp.db, ["importer"], now);
    const imported = deckOf([1, 2, 3, 4, 5].map((n) => card(n)));
    const first = await write(temp.db, learner, imported, now);
    expect(first).toEqual({ ok: true, slug: personalSlug(learner, "Capitals"), created: true });
    const deck = await temp.db.deck.findUniqueOrThrow({ where: { slug: first.slug } });
    expect(deck).toMatchObject({ ownerId: learner, teamId: null, incompleteSince: null, title: "Capitals" });
    const cards = await temp.db.card.findMany({ where: { entry: { deckId: deck.id } }, orderBy: { position: "asc" } });
    expect(cards.map((c) => [c.front, c.back, c.kind])).toEqual(imported.cards.map((c) => [c.front, c.back, "basic"]));
    expect(await temp.db.entry.count({ where: { deckId: deck.id, kind: "imported" } })).toBe(5);

    expect(await write(temp.db, learner, imported, later)).toEqual({ ok: true, slug: first.slug, created: false });
    expect(await temp.db.card.count({ where: { entry: { deckId: deck.id } } })).toBe(5);
    expect((await temp.db.deck.findUniqueOrThrow({ where: { id: deck.id } })).updatedAt).toEqual(now);
  });

  it("makes one deck of a double-submitted import", async () => {
    const [learner] = await seedUsers(temp.db, ["doubleclick"], now);
    const imported = deckOf(Array.from({ length: 120 }, (_, i) => card(i + 1)));
    const both = await Promise.all([write(temp.db, learner, imported, now), write(temp.db, learner, imported, now)]);
    expect(both.map((b) => b.created).sort()).toEqual([false, true]);
    const decks = await temp.db.deck.findMany({ where: { ownerId: learner } });
    expect(decks).toHaveLength(1);
    expect(decks[0]!.incompleteSince).toBeNull();
    expect(await temp.db.card.count({ where: { entry: { deckId: decks[0]!.id } } })).toBe(120);
  });

  it("updates changed cards in place, archives removed ones, and keeps every review and card state", async () => {
    const [learner] = await seedUsers(temp.db, ["reimporter"], now);
    const { slug } = await write(temp.db, learner, deckOf([1, 2, 3, 4, 5].map((n) => card(n))), now);
    const deckId = (await temp.db.deck.findUniqueOrThrow({ where: { slug } })).id;
    // Study every card once.
    for (const [i, c] of (await studyQueue(temp.db, learner, deckId, now)).cards.entries()) {
      const graded = await gradeCard(
        temp.db,
        learner,
        { clientReviewId: `r-${i}`, userCardId: c.userCardId, version: c.version, grade: "good" },
        now,
      );
      expect(graded.ok).toBe(true);
    }
    const before = await temp.db.userCard.findMany({ where: { userId: learner }, orderBy: { id: "asc" } });
    expect(before).toHaveLength(5);

    // Card 2 edited, card 5 gone, card 6 new.
    const edited = deckOf([card(1), card(2, "Capital number two, edited"), card(3), card(4), card(6)]);
    expect(await write(temp.db, learner, edited, later)).toMatchObject({ ok: true, slug, created: false });

    const id = (n: number) => importedCardId(slug, card(n));
    const rows = await temp.db.card.findMany({ where: { entry: { deckId } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(id(2))).toMatchObject({ back: "Capital number two, edited", archivedAt: null, updatedAt: later });
    expect(byId.get(id(5))).toMatchObject({ archivedAt: later });
    expect(byId.get(id(6))).toMatchObject({ archivedAt: null, createdAt: later });
    expect(byId.get(id(1))).toMatchObject({ archivedAt: null, updatedAt: now });

    expect(await temp.db.reviewLog.count({ where: { userId: learner } })).toBe(5);
    expect(await temp.db.userCard.findMany({ where: { userId: learner }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("replays a card's review history into the learner's state and review log, once", async () => {
    const [learner] = await seedUsers(temp.db, ["ankiuser"], now);
    await temp.db.studySettings.create({
      data: { userId: learner, desiredRetention: 0.85, learningSteps: "5m", timeZone: "Asia/Shanghai", updatedAt: now },
    });
    const reviews: ImportedCard["reviews"] = [
      { reviewedAt: day(0), rating: 3, durationMs: 5000 },
      { reviewedAt: day(1), rating: 3, durationMs: 4000 },
      { reviewedAt: day(5), rating: 1, durationMs: 8000 },
      { reviewedAt: day(6), rating: 4, durationMs: 3000 },
    ];
    const imported = deckOf([card(1, "Paris", reviews), card(2), card(3), card(4)]);
    const { slug } = await write(temp.db, learner, imported, now);
    const expected = replayReviews(reviews, await learnerSettings(temp.db, learner), now)!;

    const userCard = await temp.db.userCard.findUniqueOrThrow({
      where: { userId_cardId: { userId: learner, cardId: importedCardId(slug, imported.cards[0]!) } },
      include: { reviews: { orderBy: { reviewedAt: "asc" } } },
    });
    expect(userCard).toMatchObject({ ...expected.state, reps: 4, lapses: expected.state.lapses });
    expect(userCard.state).toBe(expected.state.state);
    expect(userCard.reviews.map((r) => [r.grade, r.reviewedAt, r.durationMs, r.studyDay])).toEqual([
      ["good", day(0), 5000, "2026-10-01"],
      ["good", day(1), 4000, "2026-10-02"],
      ["again", day(5), 8000, "2026-10-06"],
      ["easy", day(6), 3000, "2026-10-07"],
    ]);
    expect(await temp.db.userCard.count({ where: { userId: learner } })).toBe(1);

    await write(temp.db, learner, imported, later);
    expect(await temp.db.reviewLog.count({ where: { userId: learner } })).toBe(4);
  });

  it("reads a CSV file through the dispatcher: the preview, then the deck; a file with no card changes nothing", async () => {
    const [learner] = await seedUsers(temp.db, ["csvuser"], now);
    const csv = "front,back\nFrance,Paris\nGermany,Berlin\nItaly\nSpain,Madrid\n";
    const source = { fileName: "capitals.csv", bytes: new TextEncoder().encode(csv), keepHistory: true };
    const previewed = await previewImport(temp.db, learner, source, now);
    if (!previewed.ok) throw new Error(previewed.reason);
    expect(previewed.preview).toMatchObject({ title: "capitals", cardCount: 3, existing: null });
    expect(previewed.preview.cards.map((c) => c.front)).toEqual(["France", "Germany", "Spain"]);
    expect(previewed.preview.warnings).toEqual([expect.objectContaining({ line: 4 })]);
    expect(await temp.db.deck.count({ where: { ownerId: learner } })).toBe(0);

    const imported = await importPersonalDeck(temp.db, learner, source, now);
    expect(imported).toMatchObject({ ok: true, created: true });
    const again = await previewImport(temp.db, learner, source, now);
    expect(again.ok && again.preview.existing).toEqual({ slug: imported.ok && imported.slug });

    const empty = { ...source, bytes: new TextEncoder().encode("") };
    expect(await importPersonalDeck(temp.db, learner, empty, now)).toMatchObject({ ok: false, reason: "content" });
    const binary = { ...source, fileName: "deck.pdf" };
    expect(await importPersonalDeck(temp.db, learner, binary, now)).toMatchObject({ ok: false, reason: "content" });
    expect(await temp.db.deck.count({ where: { ownerId: learner } })).toBe(1);
  });

  it("reads an Anki package: cloze cards stay cloze, and the kept history is replayed", async () => {
    const [learner] = await seedUsers(temp.db, ["ankipackage"], now);
    const collection = currentCollection({
      notetypes: [
        {
          id: 1,
          name: "Basic",
          fields: ["Front", "Back"],
          templates: [{ name: "Card 1", front: "{{Front}}", back: "{{Back}}" }],
        },
        {
          id: 2,
          name: "Cloze",
          cloze: true,
          fields: ["Text", "Back Extra"],
          templates: [{ name: "Cloze", front: "{{cloze:Text}}", back: "{{cloze:Text}}" }],
        },
      ],
      decks: [{ id: 1, name: "Spanish" }],
      notes: [
        { id: 10, guid: "n-hola", notetypeId: 1, fields: ["hola", "hello"] },
        { id: 20, guid: "n-madrid", notetypeId: 2, fields: ["{{c1::Madrid}} is the capital of Spain", ""] },
      ],
      cards: [
        { id: 100, noteId: 10, ord: 0, deckId: 1 },
        { id: 200, noteId: 20, ord: 0, deckId: 1 },
      ],
      revlog: [
        { id: Date.UTC(2026, 9, 1, 8), cardId: 100, ease: 3, time: 6_000, type: 0 },
        { id: Date.UTC(2026, 9, 3, 8), cardId: 100, ease: 3, time: 4_000, type: 1 },
      ],
    });
    const source = { fileName: "spanish.apkg", bytes: currentPackage(collection), keepHistory: true };
    const imported = await importPersonalDeck(temp.db, learner, source, now);
    if (!imported.ok) throw new Error(JSON.stringify(imported));
    const deck = await temp.db.deck.findUniqueOrThrow({ where: { slug: imported.slug } });
    const cards = await temp.db.card.findMany({ where: { entry: { deckId: deck.id } }, orderBy: { position: "asc" } });
    expect(cards.map((c) => c.kind)).toEqual(["basic", "cloze"]);
    const logs = await temp.db.reviewLog.findMany({ where: { userId: learner }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((l) => [l.grade, l.reviewedAt])).toEqual([
      ["good", new Date(Date.UTC(2026, 9, 1, 8))],
      ["good", new Date(Date.UTC(2026, 9, 3, 8))],
    ]);

    // Without the history, a new learner's import writes no review.
    const [other] = await seedUsers(temp.db, ["ankifresh"], now);
    expect((await importPersonalDeck(temp.db, other, { ...source, keepHistory: false }, now)).ok).toBe(true);
    expect(await temp.db.reviewLog.count({ where: { userId: other } })).toBe(0);
  });

  it("is seen by its owner only, and deleted by its owner only", async () => {
    const [owner, other] = await seedUsers(temp.db, ["deckowner", "someoneelse"], now);
    const { slug } = await write(temp.db, owner, deckOf([1, 2, 3, 4].map((n) => card(n))), now);
    const deckId = (await temp.db.deck.findUniqueOrThrow({ where: { slug } })).id;
    expect(await canSeeDeck(temp.db, owner, deckId)).toBe(true);
    expect(await canSeeDeck(temp.db, other, deckId)).toBe(false);
    expect(await deletePersonalDeck(temp.db, other, deckId, now)).toEqual({ ok: false, reason: "not-found" });
    expect(await deletePersonalDeck(temp.db, owner, deckId, now)).toEqual({ ok: true });
    expect(await temp.db.deck.count({ where: { id: deckId } })).toBe(0);
    expect(await deletePersonalDeck(temp.db, owner, deckId, now)).toEqual({ ok: false, reason: "not-found" });
  });
});
