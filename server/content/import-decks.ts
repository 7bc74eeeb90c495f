import type { CompiledDeck, CompiledEntry } from "@/lib/content/compile-deck";
import type { PreviousEntry } from "@/lib/content/entry-ids";
import type { Database } from "@/server/db/connection";
import type { Transaction } from "@/server/db/transaction";
import { yieldToEventLoop } from "@/server/db/yield";

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
  // Team and personal decks live in the database, not in content/: a content import never archives them.
  await db.deck.updateMany({
    where: { slug: { notIn: decks.map((d) => d.slug) }, archivedAt: null, teamId: null, ownerId: null },
    data: { archivedAt: now, updatedAt: now },
  });
  return outcomes;
}

type Tx = Transaction;

/** What the writers store: a compiled FAQ deck, or an imported one (lib/interop), whose entries are of their own kind. */
export type WritableDeck = Pick<CompiledDeck, "slug" | "manifest" | "cards" | "questions" | "contentHash"> & {
  entries: (Omit<CompiledEntry, "kind" | "lists"> & { kind: string })[];
};

/** Deck columns a caller may set besides the compiled ones (team decks keep their source and state here). */
export type DeckRecordFields = {
  teamId?: string | null;
  ownerId?: string | null;
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
      const { archived } = await applyDeckWrite(tx, await planDeckWrite(tx, deck, now), now);
      return { slug: deck.slug, status: existing ? "updated" : "created", ...counts, archived } as const;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** What writing a compiled deck changes: the deck row, and the rows to create, update and archive. */
export type DeckWritePlan = {
  slug: string;
  deckId: string | null;
  fields: ReturnType<typeof deckFields>;
  changes: Record<Model, { created: Row[]; updated: Row[]; archived: string[] }>;
};

type Model = "entry" | "card" | "question";
const MODELS: Model[] = ["entry", "card", "question"];

/**
 * Reads the deck's rows and works out what changes. A deck of another team (or a content/ deck when
 * a team deck is written, and the other way round) is never taken over by a slug that happens to match. Outside a transaction (`db`), it reads in pages
 * and gives the event loop back between them, so a big deck holds no one up; the caller then
 * applies the plan in a short transaction, guarded against another change in between.
 */
export async function planDeckWrite(
  db: Database | Tx,
  deck: WritableDeck,
  now: Date,
  extra: DeckRecordFields = {},
  { yieldBetweenPages = false } = {},
): Promise<DeckWritePlan> {
  const owner = await db.deck.findUnique({
    where: { slug: deck.slug },
    select: { id: true, teamId: true, ownerId: true },
  });
  if (owner && (owner.teamId !== (extra.teamId ?? null) || owner.ownerId !== (extra.ownerId ?? null)))
    throw new Error(`deck "${deck.slug}" belongs to another owner`);
  const rows = deckRows(deck, owner?.id ?? NEW_DECK);
  const scope = (model: Model) => (model === "entry" ? { deckId: owner?.id } : { entry: { deckId: owner?.id } });
  const changes = {} as DeckWritePlan["changes"];
  for (const model of MODELS) {
    const current = owner ? await readRows(db[model] as unknown as Delegate, scope(model), yieldBetweenPages) : [];
    changes[model] = diffRows(current, rows[model]);
  }
  return { slug: deck.slug, deckId: owner?.id ?? null, fields: deckFields(deck, now, extra), changes };
}

/** Applies a plan: creates or updates the deck row, then only the rows that change. */
export async function applyDeckWrite(
  tx: Tx,
  plan: DeckWritePlan,
  now: Date,
): Promise<{ deckId: string; archived: number }> {
  const { id: deckId } = await tx.deck.upsert({
    where: { slug: plan.slug },
    create: { slug: plan.slug, createdAt: now, ...plan.fields },
    update: plan.fields,
    select: { id: true },
  });
  let archived = 0;
  for (const model of MODELS) {
    const delegate = tx[model] as unknown as Delegate;
    const { created, updated, archived: gone } = plan.changes[model];
    const withDeck = (row: Row) => (row.deckId === NEW_DECK ? { ...row, deckId } : row);
    for (const row of updated)
      await delegate.update({ where: { id: row.id }, data: { ...withDeck(row), archivedAt: null, updatedAt: now } });
    for (let i = 0; i < created.length; i += 500)
      await delegate.createMany({
        data: created.slice(i, i + 500).map((row) => ({ ...withDeck(row), createdAt: now, updatedAt: now })),
      });
    for (let i = 0; i < gone.length; i += 500)
      archived += (
        await delegate.updateMany({
          where: { id: { in: gone.slice(i, i + 500) } },
          data: { archivedAt: now, updatedAt: now },
        })
      ).count;
  }
  return { deckId, archived };
}

/**
 * A plan for an existing deck as smaller ones of at most `rows` changed rows, in the order they must
 * be applied (entries before their cards and questions): each can be applied in a short transaction
 * of its own, with the event loop given back in between, when the change need not be all at once.
 */
export function planInChunks(plan: DeckWritePlan, rows: number): DeckWritePlan[] {
  const none = () => ({ created: [], updated: [], archived: [] });
  const chunks: DeckWritePlan[] = [];
  for (const model of MODELS)
    for (const kind of ["created", "updated", "archived"] as const) {
      const list: (Row | string)[] = plan.changes[model][kind];
      for (let i = 0; i < list.length; i += rows) {
        const changes: DeckWritePlan["changes"] = { entry: none(), card: none(), question: none() };
        (changes[model][kind] as (Row | string)[]) = list.slice(i, i + rows);
        chunks.push({ ...plan, changes });
      }
    }
  return chunks.length > 0 ? chunks : [{ ...plan, changes: { entry: none(), card: none(), question: none() } }];
}

/** Stands for the id of a deck the plan creates. */
const NEW_DECK = "";
const PAGE = 1000;

/** The rows in scope, read a page at a time (by id) when `yieldBetweenPages`. */
async function readRows(delegate: Delegate, where: object, yieldBetweenPages: boolean): Promise<Row[]> {
  if (!yieldBetweenPages) return delegate.findMany({ where });
  const rows: Row[] = [];
  for (let after: string | null = null; ;) {
    const page: Row[] = await delegate.findMany({
      where: after === null ? where : { AND: [where, { id: { gt: after } }] },
      orderBy: { id: "asc" },
      take: PAGE,
    });
    rows.push(...page);
    if (page.length < PAGE) return rows;
    after = page.at(-1)!.id;
    await yieldToEventLoop();
  }
}

/** New rows, rows that differ (or come back from the archive), and live rows no longer generated. */
function diffRows(current: Row[], rows: Row[]): { created: Row[]; updated: Row[]; archived: string[] } {
  const byId = new Map(current.map((r) => [r.id, r]));
  const created: Row[] = [];
  const updated: Row[] = [];
  for (const row of rows) {
    const before = byId.get(row.id);
    if (!before) created.push(row);
    else if (before.archivedAt !== null || Object.keys(row).some((k) => before[k] !== row[k])) updated.push(row);
  }
  const keep = new Set(rows.map((r) => r.id));
  const archived = current.filter((r) => !keep.has(r.id) && r.archivedAt === null).map((r) => r.id);
  return { created, updated, archived };
}

/** The deck row's columns from the compiled deck, with the caller's `extra` ones. */
export function deckFields(deck: WritableDeck, now: Date, extra: DeckRecordFields) {
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

/** Items per entry that positions leave room for (a list of a few hundred items stays in order too). */
const ITEMS_PER_ENTRY = 1000;

/**
 * Positions of an entry's items, in order: its entry's position, then the item's place within the entry.
 * Hiding or adding an item moves only its own entry's items, so an override change rewrites a few
 * rows, not every card after it.
 */
function withinEntries(entries: WritableDeck["entries"]): (entryId: string) => number {
  const entryPosition = new Map(entries.map((e) => [e.id, e.position]));
  const used = new Map<string, number>();
  return (entryId) => {
    const index = used.get(entryId) ?? 0;
    used.set(entryId, index + 1);
    return (entryPosition.get(entryId) ?? entries.length) * ITEMS_PER_ENTRY + Math.min(index, ITEMS_PER_ENTRY - 1);
  };
}

/** The deck's entries, cards and questions as rows of their tables (without timestamps). */
export function deckRows(deck: WritableDeck, deckId: string): Record<"entry" | "card" | "question", Row[]> {
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
  const position = withinEntries(deck.entries);
  const card = deck.cards.map((c) => ({
    id: c.id,
    entryId: c.entryId,
    kind: c.kind,
    front: c.front,
    back: c.back,
    position: position(c.entryId),
  }));
  const question = deck.questions.map((q) => ({
    id: q.id,
    entryId: q.entryId,
    stem: q.stem,
    options: JSON.stringify(q.options),
    answerIndex: q.answer,
    explanation: q.explanation,
    position: position(q.entryId),
  }));
  return { entry, card, question };
}

type Row = { id: string } & Record<string, unknown>;
// The three delegates share this shape; Prisma's own types do not unify across models.
type Delegate = {
  findMany(args: { where: object; select?: object; orderBy?: object; take?: number }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  update(args: { where: { id: string }; data: object }): Promise<unknown>;
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
};
