import type { CompiledDeck } from "@/lib/content/compile-deck";
import type { PreviousEntry } from "@/lib/content/entry-ids";
import type { Database } from "@/server/db/connection";
import type { Transaction } from "@/server/db/transaction";

export type ImportOutcome = {
  slug: string;
  status: "created" | "updated" | "unchanged";
  entries: number;
  cards: number;
  questions: number;
  archived: number;
};

/** Every entry a deck ever had (archived ones too), so ids survive small wording fixes. */
export async function previousEntriesBySlug(db: Database): Promise<Map<string, PreviousEntry[]>> {
  const rows = await db.entry.findMany({
    select: { id: true, question: true, deck: { select: { slug: true } } },
    orderBy: { position: "asc" },
  });
  const bySlug = new Map<string, PreviousEntry[]>();
  for (const row of rows)
    bySlug.set(row.deck.slug, [...(bySlug.get(row.deck.slug) ?? []), { id: row.id, question: row.question }]);
  return bySlug;
}

/**
 * Writes compiled decks, one transaction per deck. Entries, cards and questions that are no longer
 * generated are archived, never deleted, so learner history survives; so are decks whose folder is gone.
 */
export async function importDecks(db: Database, decks: CompiledDeck[], now: Date): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const deck of decks) outcomes.push(await importDeck(db, deck, now));
  // Team decks live in the database, not in content/: a content import never archives them.
  await db.deck.updateMany({
    where: { slug: { notIn: decks.map((d) => d.slug) }, archivedAt: null, teamId: null },
    data: { archivedAt: now, updatedAt: now },
  });
  return outcomes;
}

type Tx = Transaction;

/** Deck columns a caller may set besides the compiled ones (team decks keep their source and state here). */
export type DeckRecordFields = {
  teamId?: string | null;
  sourcePath?: string;
  sourceMarkdown?: string | null;
  overridesYaml?: string | null;
  publishedAt?: Date | null;
  compileWarnings?: string | null;
};

/** Imports one compiled deck in one transaction; an unchanged deck is left alone. */
export async function importDeck(db: Database, deck: CompiledDeck, now: Date): Promise<ImportOutcome> {
  const counts = { entries: deck.entries.length, cards: deck.cards.length, questions: deck.questions.length };
  const existing = await db.deck.findUnique({
    where: { slug: deck.slug },
    select: { id: true, contentHash: true, archivedAt: true },
  });
  if (existing && existing.contentHash === deck.contentHash && !existing.archivedAt)
    return { slug: deck.slug, status: "unchanged", ...counts, archived: 0 };
  return db.$transaction(
    async (tx) => {
      const { archived } = await writeDeck(tx, deck, now);
      return { slug: deck.slug, status: existing ? "updated" : "created", ...counts, archived } as const;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/**
 * Writes one compiled deck inside the caller's transaction: the deck row (with `extra` columns),
 * then its entries, cards and questions. A deck of another team (or a content/ deck when a team
 * deck is written, and the other way round) is never taken over by a slug that happens to match.
 */
export async function writeDeck(
  tx: Tx,
  deck: CompiledDeck,
  now: Date,
  extra: DeckRecordFields = {},
): Promise<{ deckId: string; archived: number }> {
  const fields = deckFields(deck, now, extra);
  const owner = await tx.deck.findUnique({ where: { slug: deck.slug }, select: { teamId: true } });
  if (owner && owner.teamId !== (extra.teamId ?? null)) throw new Error(`deck "${deck.slug}" belongs to another owner`);
  const { id: deckId } = await tx.deck.upsert({
    where: { slug: deck.slug },
    create: { slug: deck.slug, createdAt: now, ...fields },
    update: fields,
    select: { id: true },
  });
  const rows = deckRows(deck, deckId);
  let archived = 0;
  archived += await sync(tx.entry, { deckId }, rows.entry, now);
  for (const model of ["card", "question"] as const)
    archived += await sync(tx[model], { entry: { deckId } }, rows[model], now);
  return { deckId, archived };
}

/** The deck row's columns from the compiled deck, with the caller's `extra` ones. */
export function deckFields(deck: CompiledDeck, now: Date, extra: DeckRecordFields) {
  return {
    title: deck.manifest.title,
    language: deck.manifest.language,
    description: deck.manifest.description,
    sourcePath: deck.entries[0]?.file.replace(/\/[^/]*$/, "") ?? "",
    contentHash: deck.contentHash,
    archivedAt: null,
    updatedAt: now,
    ...extra,
  };
}

/** The deck's entries, cards and questions as rows of their tables (without timestamps). */
export function deckRows(deck: CompiledDeck, deckId: string): Record<"entry" | "card" | "question", Row[]> {
  const entry = deck.entries.map((e) => ({
    id: e.id,
    deckId,
    kind: e.kind,
    topic: e.topic,
    question: e.question,
    answer: e.answer,
    line: e.line,
    position: e.position,
  }));
  const card = deck.cards.map((c, position) => ({
    id: c.id,
    entryId: c.entryId,
    kind: c.kind,
    front: c.front,
    back: c.back,
    position,
  }));
  const question = deck.questions.map((q, position) => ({
    id: q.id,
    entryId: q.entryId,
    stem: q.stem,
    options: JSON.stringify(q.options),
    answerIndex: q.answer,
    explanation: q.explanation,
    position,
  }));
  return { entry, card, question };
}

type Row = { id: string } & Record<string, unknown>;
// The three delegates share this shape; Prisma's own types do not unify across models.
type Delegate = {
  findMany(args: { where: object; select?: object }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  update(args: { where: { id: string }; data: object }): Promise<unknown>;
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
};

/** Creates new rows, updates changed ones, un-archives returning ones and archives the rest. */
async function sync(
  model: Tx["entry"] | Tx["card"] | Tx["question"],
  scope: object,
  rows: Row[],
  now: Date,
): Promise<number> {
  const delegate = model as unknown as Delegate;
  const current = new Map((await delegate.findMany({ where: scope })).map((r) => [r.id, r]));
  const created: Row[] = [];
  for (const row of rows) {
    const before = current.get(row.id);
    if (!before) created.push({ ...row, createdAt: now, updatedAt: now });
    else if (before.archivedAt !== null || Object.keys(row).some((k) => before[k] !== row[k]))
      await delegate.update({ where: { id: row.id }, data: { ...row, archivedAt: null, updatedAt: now } });
  }
  for (let i = 0; i < created.length; i += 500) await delegate.createMany({ data: created.slice(i, i + 500) });
  const keep = new Set(rows.map((r) => r.id));
  const gone = [...current.values()].filter((r) => !keep.has(r.id) && r.archivedAt === null).map((r) => r.id);
  let archived = 0;
  for (let i = 0; i < gone.length; i += 500)
    archived += (
      await delegate.updateMany({
        where: { id: { in: gone.slice(i, i + 500) } },
        data: { archivedAt: now, updatedAt: now },
      })
    ).count;
  return archived;
}
