// Personal decks: a learner imports a file (CSV/TSV or an Anki package) into a deck only they see.
// Re-importing the same deck (the same title) updates its cards in place: cards keep their ids (from
// each card's source id), so learners keep their history, and cards gone from the file are archived.
import { createHash } from "node:crypto";
import type { CompiledImport } from "@/lib/interop/compile-imported-deck";
import type { ImportedDeck } from "@/lib/interop/imported-deck";
import type { ImportPreview } from "@/lib/interop/import-preview";
import { PREVIEW_CARDS } from "@/lib/interop/import-limits";
import { ownDeckWhere } from "@/server/access/access";
import { deleteDeckRows } from "@/server/content/delete-deck-rows";
import { applyDeckWrite, planDeckWrite, planInChunks, type DeckRecordFields } from "@/server/content/import-decks";
import { ROWS_PER_CHUNK, yieldToEventLoop } from "@/server/db/yield";
import { ABANDONED_AFTER_MS, writeNewDeck } from "@/server/content/write-new-deck";
import type { Database } from "@/server/db/connection";
import { isUniqueViolation } from "@/server/db/transaction";
import { safeFileName, titleSlug, type ContentProblem } from "@/server/teams/team-decks";
import { takeUploadSlot } from "@/server/teams/upload-rate";
import { compileImport, readImport, type ImportSource } from "./compile-import-file";
import { carryOverHistory } from "./carry-over-history";

type Refused = { ok: false; reason: "content"; problem: ContentProblem };
type RateLimited = { ok: false; reason: "rate-limited" };

/** Reads the file and shows what importing it would do; writes nothing but the upload count. */
export async function previewImport(
  db: Database,
  userId: string,
  source: ImportSource,
  now: Date,
): Promise<{ ok: true; preview: ImportPreview } | Refused | RateLimited> {
  if (!(await takeUploadSlot(db, userId, now))) return { ok: false, reason: "rate-limited" };
  const fileName = safeFileName(source.fileName);
  const read = await readImport({ ...source, fileName });
  if (!read.ok) return read;
  const { imported } = read;
  const slug = personalSlug(userId, imported.title);
  const made = await compileImport(imported, slug, fileName);
  if (!made.ok) return made;
  const { compiled } = made;
  const existing = await db.deck.findFirst({
    where: { slug, ownerId: userId, archivedAt: null, incompleteSince: null },
    select: { slug: true },
  });
  return {
    ok: true,
    preview: {
      title: imported.title,
      fileName,
      cardCount: compiled.cards.length,
      questionCount: compiled.questions.length,
      historyCount: imported.cards.filter((c) => c.reviews.length > 0).length,
      cards: imported.cards
        .slice(0, PREVIEW_CARDS)
        .map(({ front, back, kind, origin }) => ({ front, back, kind, origin })),
      warnings: imported.warnings,
      existing,
    },
  };
}

export type ImportOutcome = { ok: true; slug: string; created: boolean } | Refused | RateLimited;

/** Reads the file and creates the learner's deck from it, or updates the one a previous import made. */
export async function importPersonalDeck(
  db: Database,
  userId: string,
  source: ImportSource,
  now: Date,
): Promise<ImportOutcome> {
  if (!(await takeUploadSlot(db, userId, now))) return { ok: false, reason: "rate-limited" };
  const fileName = safeFileName(source.fileName);
  const read = await readImport({ ...source, fileName });
  if (!read.ok) return read;
  const made = await compileImport(read.imported, personalSlug(userId, read.imported.title), fileName);
  if (!made.ok) return made;
  return writePersonalDeck(db, userId, { imported: read.imported, compiled: made.compiled, fileName }, now);
}

/**
 * Writes an imported deck as the learner's own: a new deck in chunks (marked incomplete meanwhile),
 * or the changes to the existing one in chunks; then carries the review histories over.
 * Running twice (a double submit or a retry) changes nothing the second time.
 */
export async function writePersonalDeck(
  db: Database,
  userId: string,
  input: { imported: ImportedDeck; compiled: CompiledImport; fileName: string },
  now: Date,
): Promise<{ ok: true; slug: string; created: boolean }> {
  const { compiled } = input;
  const extra: DeckRecordFields = {
    ownerId: userId,
    sourcePath: input.fileName,
    publishedAt: now,
    compileWarnings: JSON.stringify(compiled.warnings),
  };
  let existing = await db.deck.findUnique({
    where: { slug: compiled.slug },
    select: { id: true, contentHash: true, archivedAt: true, incompleteSince: true, publishedAt: true },
  });
  if (existing?.incompleteSince) {
    // Another request is writing (or deleting) this deck: wait for it. One left behind by a stopped server is removed.
    if (now.getTime() - existing.incompleteSince.getTime() < ABANDONED_AFTER_MS) {
      await untilSettled(db, existing.id);
      return { ok: true, slug: compiled.slug, created: false };
    }
    await deleteDeckRows(db, existing.id);
    existing = null;
  }
  let deckId: string;
  if (!existing) {
    try {
      deckId = await writeNewDeck(db, compiled, now, extra);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same import running at once (a double submit): the other request writes the deck.
      const other = await db.deck.findUnique({ where: { slug: compiled.slug }, select: { id: true } });
      if (other) await untilSettled(db, other.id);
      return { ok: true, slug: compiled.slug, created: false };
    }
  } else {
    deckId = existing.id;
    const unchanged = existing.contentHash === compiled.contentHash && !existing.archivedAt;
    if (!unchanged) {
      const plan = await planDeckWrite(
        db,
        compiled,
        now,
        { ...extra, publishedAt: existing.publishedAt ?? now },
        { yieldBetweenPages: true },
      );
      // In short transactions, a chunk of rows each: only the owner sees the deck, and a deck of
      // thousands of changed cards written at once would hold up every other request meanwhile.
      for (const chunk of planInChunks(plan, ROWS_PER_CHUNK)) {
        await db.$transaction((tx) => applyDeckWrite(tx, chunk, now));
        await yieldToEventLoop();
      }
    }
  }
  await carryOverHistory(db, userId, { deckId, slug: compiled.slug, cards: input.imported.cards }, now);
  return { ok: true, slug: compiled.slug, created: !existing };
}

/** The owner deletes their personal deck, with their cards' states and reviews of it; anyone else gets not-found. */
export async function deletePersonalDeck(
  db: Database,
  userId: string,
  deckId: string,
  now: Date,
): Promise<{ ok: true } | { ok: false; reason: "not-found" }> {
  // Hidden first (incomplete), so that no page shows it half-deleted; a second delete finds nothing.
  const claimed = await db.deck.updateMany({
    where: ownDeckWhere(userId, deckId),
    data: { incompleteSince: now, updatedAt: now },
  });
  if (claimed.count === 0) return { ok: false, reason: "not-found" };
  await deleteDeckRows(db, deckId);
  return { ok: true };
}

/** Waits (up to a minute) until another request has finished writing or deleting the deck. */
async function untilSettled(db: Database, deckId: string): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 250) {
    const deck = await db.deck.findUnique({ where: { id: deckId }, select: { incompleteSince: true } });
    if (!deck?.incompleteSince) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** `me-<10 hex>-<title words>`: one deck per learner and title, so re-importing a file finds its deck. */
export function personalSlug(userId: string, title: string): string {
  const key = createHash("sha256").update(`${userId}\n${title.trim().toLowerCase()}`).digest("hex").slice(0, 10);
  return `me-${key}${titleSlug(title)}`;
}
