// Team decks: FAQ Markdown files uploaded by a team's admins. The same compiler as content/ turns
// them into entries, cards and questions; an upload is a draft (seen by admins only) until it is
// published, and corrections go through the deck's overrides, stored with it in the database.
import { createHash } from "node:crypto";
import { stringify } from "yaml";
import type { CompiledDeck } from "@/lib/content/compile-deck";
import { deckPreview, type DeckPreview } from "@/lib/content/deck-preview";
import { ContentError } from "@/lib/content/content-error";
import { checkInputLimits } from "@/lib/content/input-limits";
import { MANIFEST_FILE } from "@/lib/content/deck-manifest";
import type { PreviousEntry } from "@/lib/content/entry-ids";
import { NO_OVERRIDES, OVERRIDES_FILE, parseOverrides, type DeckOverrides } from "@/lib/content/overrides";
import { TEAM_DECK_LANGUAGES, type TeamDeckLanguage } from "@/lib/teams/requests";
import { compileOffThread } from "@/server/content/compile-off-thread";
import { applyDeckWrite, planDeckWrite } from "@/server/content/import-decks";
import { deleteAbandonedDecks, writeNewDeck } from "@/server/content/write-new-deck";
import type { Database } from "@/server/db/connection";
import { authorizeTeam } from "@/server/access/access";
import { deckCounts, liveEntries, type DeckCounts, type DeckEntry } from "@/server/queries/deck-entries";
import { pageWindow } from "@/lib/decks/pagination";
import { isUniqueViolation, type Transaction } from "@/server/db/transaction";
import { takeUploadSlot } from "./upload-rate";
import { IMPORT_FILE_PATTERN } from "@/lib/interop/import-limits";
import { compileImport, readImport } from "@/server/interop/compile-import-file";

/** What the compiler refused, with the file and (where known) the line. */
export type ContentProblem = { file: string; line: number | null; message: string };

export type TeamDeckSource = {
  teamId: string;
  title: string;
  language: TeamDeckLanguage;
  fileName: string;
  /** The file's bytes: FAQ Markdown, or a file the import reads (CSV/TSV, Anki package) by its name. */
  markdown: Uint8Array;
};

type Denied = { ok: false; reason: "not-found" | "forbidden" };
type RateLimited = { ok: false; reason: "rate-limited" };
type Refused = { ok: false; reason: "content"; problem: ContentProblem };

const PREVIEW_SLUG = "team-preview";

/** Compiles an uploaded FAQ as a team deck would be, and writes nothing. */
export async function previewTeamDeck(input: TeamDeckSource): Promise<{ ok: true; preview: DeckPreview } | Refused> {
  const compiled = await compileTeamDeck(PREVIEW_SLUG, input, null, []);
  return compiled.ok ? { ok: true, preview: deckPreview(compiled.deck) } : compiled;
}

export type SaveDraftOutcome = { ok: true; slug: string; created: boolean } | Denied | Refused | RateLimited;

/**
 * Stores an upload as a draft deck of the team, with its entries, cards and questions, written in
 * chunks while the deck is marked incomplete (see server/content/write-new-deck). The slug is derived
 * from the client request id, so a double-submitted or retried upload finds the deck the first one
 * made instead of making another. A file the compiler refuses changes nothing.
 */
export async function saveDraft(
  db: Database,
  actorId: string,
  input: TeamDeckSource & { clientRequestId: string },
  now: Date,
): Promise<SaveDraftOutcome> {
  const access = await authorizeTeam(db, actorId, input.teamId, "decks.upload");
  if (!access.ok) return access;
  await deleteAbandonedDecks(db, input.teamId, now);
  const key = requestKey(input.teamId, input.clientRequestId);
  const existing = await findByRequestKey(db, input.teamId, key);
  if (existing) return { ok: true, slug: await completed(db, input.teamId, existing), created: false };
  if (!(await takeUploadSlot(db, actorId, now))) return { ok: false, reason: "rate-limited" };

  const slug = `${key}${titleSlug(input.title)}`;
  const fileName = safeFileName(input.fileName);
  const imported = IMPORT_FILE_PATTERN.test(fileName);
  const compiled = imported
    ? await compileTeamImport(slug, { ...input, fileName })
    : await compileTeamDeck(slug, { ...input, fileName }, null, []);
  if (!compiled.ok) return compiled;
  try {
    await writeNewDeck(db, compiled.deck, now, {
      teamId: input.teamId,
      sourcePath: fileName,
      // An imported file (CSV, Anki) is kept as its cards, not as Markdown to compile again.
      sourceMarkdown: imported ? null : new TextDecoder().decode(input.markdown),
      overridesYaml: null,
      publishedAt: null,
      compileWarnings: JSON.stringify(compiled.deck.warnings),
    });
    return { ok: true, slug, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same request twice at once: the other one is writing the deck.
    const again = await findByRequestKey(db, input.teamId, key);
    if (!again) throw error;
    return { ok: true, slug: await completed(db, input.teamId, again), created: false };
  }
}

/** The deck's slug once its upload (by another request) has finished writing it, or after a minute. */
async function completed(db: Database, teamId: string, found: FoundDeck): Promise<string> {
  for (let waited = 0; found.incompleteSince && waited < 60_000; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    found = (await findByRequestKey(db, teamId, found.slug)) ?? { ...found, incompleteSince: null };
  }
  return found.slug;
}

export type PublishOutcome = { ok: true; slug: string; publishedAt: Date } | Denied;

/** Makes a draft visible to the team's members; publishing again keeps the first date. */
export async function publishTeamDeck(
  db: Database,
  actorId: string,
  input: { teamId: string; slug: string },
  now: Date,
): Promise<PublishOutcome> {
  const found = await findTeamDeck(db, actorId, input);
  if (!found.ok) return found;
  const { id } = found.deck;
  await db.deck.updateMany({ where: { id, publishedAt: null }, data: { publishedAt: now, updatedAt: now } });
  const { publishedAt } = await db.deck.findUniqueOrThrow({ where: { id }, select: { publishedAt: true } });
  return { ok: true, slug: input.slug, publishedAt: publishedAt! };
}

/**
 * A complete, live deck of the team, for an admin (one who may upload) to change: not-found for
 * anyone outside the team and for a deck the team does not have, forbidden for members.
 */
export async function findTeamDeck(
  db: Database,
  actorId: string,
  input: { teamId: string; slug: string },
): Promise<{ ok: true; deck: { id: string; publishedAt: Date | null } } | Denied> {
  const access = await authorizeTeam(db, actorId, input.teamId, "decks.upload");
  if (!access.ok) return access;
  const deck = await db.deck.findFirst({
    where: { slug: input.slug, teamId: input.teamId, ...COMPLETE_LIVE },
    select: { id: true, publishedAt: true },
  });
  return deck ? { ok: true, deck } : { ok: false, reason: "not-found" };
}

/** A deck no one has removed and whose upload has finished writing it. */
const COMPLETE_LIVE = { archivedAt: null, incompleteSince: null };

export type TeamDeckSummary = {
  id: string;
  slug: string;
  title: string;
  language: string;
  published: boolean;
  publishedAt: Date | null;
  createdAt: Date;
  entries: number;
  cards: number;
  questions: number;
};

/** The team's own decks, drafts included, newest first. The caller checks that the user may see them. */
export async function teamDecks(db: Database, teamId: string): Promise<TeamDeckSummary[]> {
  const decks = await db.deck.findMany({
    where: { teamId, ...COMPLETE_LIVE },
    orderBy: { createdAt: "desc" },
    select: { id: true, slug: true, title: true, language: true, publishedAt: true, createdAt: true },
  });
  return Promise.all(
    decks.map(async (deck) => ({ ...deck, published: deck.publishedAt !== null, ...(await deckCounts(db, deck.id)) })),
  );
}

export type DraftView = {
  deck: {
    id: string;
    slug: string;
    title: string;
    language: string;
    teamId: string;
    teamName: string;
    fileName: string;
    publishedAt: Date | null;
  };
  counts: DeckCounts;
  /** The page shown (from 1) and how many there are. */
  page: number;
  pages: number;
  /** The entries of this page. */
  entries: DeckEntry[];
  warnings: DeckPreview["warnings"];
};

/**
 * A team deck as stored (what learners get once it is published), one page of entries at a time,
 * with the compiler's warnings as stored at upload; admins only. A page out of range shows the nearest one.
 */
export async function draftView(
  db: Database,
  actorId: string,
  teamId: string,
  slug: string,
  page = 1,
): Promise<{ ok: true; view: DraftView } | Denied> {
  const access = await authorizeTeam(db, actorId, teamId, "decks.upload");
  if (!access.ok) return access;
  const deck = await db.deck.findFirst({
    where: { slug, teamId, ...COMPLETE_LIVE },
    select: {
      id: true,
      slug: true,
      title: true,
      language: true,
      sourcePath: true,
      sourceMarkdown: true,
      overridesYaml: true,
      compileWarnings: true,
      publishedAt: true,
      team: { select: { name: true } },
    },
  });
  if (!deck) return { ok: false, reason: "not-found" };
  const counts = await deckCounts(db, deck.id);
  const shown = pageWindow(counts.entries, String(page));
  return {
    ok: true,
    view: {
      deck: {
        id: deck.id,
        slug: deck.slug,
        title: deck.title,
        language: deck.language,
        teamId,
        teamName: deck.team!.name,
        fileName: deck.sourcePath,
        publishedAt: deck.publishedAt,
      },
      counts,
      page: shown.page,
      pages: shown.pages,
      entries: await liveEntries(db, deck.id, shown),
      warnings: await storedWarnings(db, deck),
    },
  };
}

/** The warnings stored with the deck; a deck uploaded before they were stored is compiled again (off the thread). */
async function storedWarnings(
  db: Database,
  deck: StoredDeck & { id: string; overridesYaml: string | null; compileWarnings: string | null },
): Promise<DeckPreview["warnings"]> {
  if (deck.compileWarnings !== null) return JSON.parse(deck.compileWarnings) as DeckPreview["warnings"];
  if (deck.sourceMarkdown === null) return [];
  const compiled = await compileStored(deck, deck.overridesYaml, await previousEntries(db, deck.id));
  return compiled.ok ? compiled.deck.warnings : [];
}

/** A change to a team deck's overrides: hide an item, or replace a card's or a question's text. */
export type OverrideChange =
  | { kind: "hide"; itemId: string }
  | { kind: "card"; itemId: string; front: string; back: string }
  | {
      kind: "question";
      itemId: string;
      stem: string;
      answer: string;
      distractors: [string, string, string];
      explanation: string;
    };

export type OverridesOutcome = { ok: true } | { ok: false; reason: "not-found" | "conflict" } | Refused;

/** Thrown inside `alsoInTx` (or by the optimistic check) to roll the change back as a conflict. */
export class OverridesConflict extends Error {}

/**
 * Rewrites a team deck's overrides, recompiles it from its stored Markdown and re-imports it, all in
 * one transaction (with `alsoInTx`, e.g. resolving reports). If the compiler refuses the result, or
 * the deck changed in the meantime, nothing changes. Items that disappear are archived.
 */
export async function changeDeckOverrides(
  db: Database,
  deckId: string,
  change: OverrideChange,
  now: Date,
  alsoInTx?: (tx: Transaction) => Promise<void>,
): Promise<OverridesOutcome> {
  const deck = await db.deck.findFirst({
    where: { id: deckId, teamId: { not: null }, ...COMPLETE_LIVE, sourceMarkdown: { not: null } },
    select: {
      id: true,
      slug: true,
      title: true,
      language: true,
      teamId: true,
      sourcePath: true,
      sourceMarkdown: true,
      overridesYaml: true,
      contentHash: true,
    },
  });
  if (!deck) return { ok: false, reason: "not-found" };
  let current: DeckOverrides;
  try {
    current = deck.overridesYaml ? parseOverrides(deck.overridesYaml, OVERRIDES_FILE) : NO_OVERRIDES;
  } catch (error) {
    if (error instanceof ContentError) return refused(error);
    throw error;
  }
  const overridesYaml = overridesToYaml(applyChange(current, change));
  const compiled = await compileStored(deck, overridesYaml, await previousEntries(db, deck.id));
  if (!compiled.ok) return compiled;
  // What changes is worked out before the transaction, reading the deck a page at a time: a deck of
  // thousands of entries would otherwise hold the server for seconds. The claim below makes sure
  // nothing changed the deck in between; then only the few changed rows are written.
  const plan = await planDeckWrite(
    db,
    compiled.deck,
    now,
    {
      teamId: deck.teamId,
      sourcePath: deck.sourcePath,
      overridesYaml,
      compileWarnings: JSON.stringify(compiled.deck.warnings),
    },
    { yieldBetweenPages: true },
  );
  try {
    await db.$transaction(
      async (tx) => {
        // Optimistic check: another admin's change since we read the deck wins, and this one is refused.
        const claimed = await tx.deck.updateMany({
          where: { id: deck.id, overridesYaml: deck.overridesYaml, contentHash: deck.contentHash },
          data: { overridesYaml, updatedAt: now },
        });
        if (claimed.count !== 1) throw new OverridesConflict();
        await applyDeckWrite(tx, plan, now);
        await alsoInTx?.(tx);
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof OverridesConflict) return { ok: false, reason: "conflict" };
    throw error;
  }
  return { ok: true };
}

function applyChange(o: DeckOverrides, change: OverrideChange): DeckOverrides {
  if (change.kind === "hide") return { ...o, hide: [...new Set([...o.hide, change.itemId])] };
  // An edited item is shown again, with its new text.
  const hide = o.hide.filter((id) => id !== change.itemId);
  if (change.kind === "card")
    return { ...o, hide, cards: { ...o.cards, [change.itemId]: { front: change.front, back: change.back } } };
  const { stem, answer, distractors, explanation } = change;
  return { ...o, hide, questions: { ...o.questions, [change.itemId]: { stem, answer, distractors, explanation } } };
}

/** The overrides as overrides.yaml would hold them (the format of lib/content/overrides), empty parts left out. */
function overridesToYaml(o: DeckOverrides): string | null {
  const out: Record<string, unknown> = {};
  if (o.hide.length) out.hide = o.hide;
  if (Object.keys(o.cards).length) out.cards = o.cards;
  if (Object.keys(o.questions).length) out.questions = o.questions;
  if (o.add.questions.length) out.add = o.add;
  return Object.keys(out).length ? stringify(out) : null;
}

/** Checks the file against the input limits here, then compiles it in a worker thread with a time limit. */
async function compileTeamDeck(
  slug: string,
  input: Omit<TeamDeckSource, "teamId">,
  overridesYaml: string | null,
  previous: PreviousEntry[],
): Promise<{ ok: true; deck: CompiledDeck } | Refused> {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  try {
    checkInputLimits(new TextDecoder().decode(input.markdown), input.fileName);
    const deck = await compileOffThread(
      {
        slug,
        manifest: {
          path: MANIFEST_FILE,
          bytes: utf8(stringify({ title: input.title, language: input.language, description: "" })),
        },
        faqs: [{ path: input.fileName, bytes: input.markdown }],
        overrides: overridesYaml ? { path: OVERRIDES_FILE, bytes: utf8(overridesYaml) } : null,
      },
      previous,
    );
    return { ok: true, deck };
  } catch (error) {
    if (error instanceof ContentError) return refused(error);
    throw error;
  }
}

/** A CSV or Anki file as a team deck: the title and language the admin gave, no review history. */
async function compileTeamImport(slug: string, input: Omit<TeamDeckSource, "teamId">) {
  const read = await readImport({ fileName: input.fileName, bytes: input.markdown, keepHistory: false });
  if (!read.ok) return read;
  const made = await compileImport(read.imported, slug, input.fileName);
  if (!made.ok) return made;
  const manifest = { title: input.title, language: input.language, description: "" };
  return { ok: true as const, deck: { ...made.compiled, manifest } };
}

type StoredDeck = { slug: string; title: string; language: string; sourcePath: string; sourceMarkdown: string | null };

function compileStored(deck: StoredDeck, overridesYaml: string | null, previous: PreviousEntry[]) {
  const language = (TEAM_DECK_LANGUAGES as readonly string[]).includes(deck.language)
    ? (deck.language as TeamDeckLanguage)
    : "en";
  return compileTeamDeck(
    deck.slug,
    {
      title: deck.title,
      language,
      fileName: deck.sourcePath,
      markdown: new TextEncoder().encode(deck.sourceMarkdown ?? ""),
    },
    overridesYaml,
    previous,
  );
}

/** Every entry the deck ever had, so that ids survive a recompile. */
async function previousEntries(db: Database, deckId: string): Promise<PreviousEntry[]> {
  return db.entry.findMany({ where: { deckId }, orderBy: { position: "asc" }, select: { id: true, question: true } });
}

function refused(error: ContentError): Refused {
  return { ok: false, reason: "content", problem: { file: error.file, line: error.line, message: error.reason } };
}

/** `team-<10 hex>`: the same team and client request id always give the same key. */
function requestKey(teamId: string, clientRequestId: string): string {
  return `team-${createHash("sha256").update(`${teamId}\n${clientRequestId}`).digest("hex").slice(0, 10)}`;
}

type FoundDeck = { slug: string; incompleteSince: Date | null };

async function findByRequestKey(db: Database, teamId: string, key: string): Promise<FoundDeck | null> {
  return db.deck.findFirst({
    where: { teamId, OR: [{ slug: key }, { slug: { startsWith: `${key}-` } }] },
    select: { slug: true, incompleteSince: true },
  });
}

/** "-<words of the title>" in lowercase ASCII, or "" when the title has none (e.g. a Chinese title). */
export function titleSlug(title: string): string {
  const words = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 40)
    .replace(/^-+|-+$/g, "");
  return words ? `-${words}` : "";
}

/** The uploaded file's own name (no folders, no control characters), as the compiler names it in errors. */
export function safeFileName(name: string): string {
  const base = name
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(-100);
  return base || "faq.md";
}
