// Turns a read Anki collection into the one imported-deck shape: one card per Anki card, its
// templates rendered to plain text; cloze cards in ImportedCard's cloze convention.
import type { ImportedCard, ImportedReview, ImportResult, ImportWarning } from "@/lib/interop/imported-deck";
import type { AnkiCard, AnkiCollection, AnkiNote, AnkiNotetype, AnkiRevlogEntry } from "./anki-collection";
import { ankiHtmlToText, mediaReferences } from "./anki-html-text";
import { clozeAnswers } from "./cloze";
import { renderTemplate } from "./render-template";

/** Notes named one by one in media warnings; the rest are counted. */
const NAMED_MEDIA_NOTES = 20;
const ANSWER_RULE = /<hr[^>]*\bid\s*=\s*["']?answer\b[^>]*>/i;

export function collectionToDeck(
  collection: AnkiCollection,
  { fileName, keepHistory }: { fileName: string; keepHistory: boolean },
): ImportResult {
  const warn = (message: string): void => void warnings.push({ file: fileName, message });
  const warnings: ImportWarning[] = [];
  if (collection.cards.length === 0) return failure(fileName, "the package holds no cards");

  const notetypes = new Map(collection.notetypes.map((notetype) => [notetype.id, notetype]));
  const notes = new Map(collection.notes.map((note) => [note.id, note]));
  const decks = new Map(collection.decks.map((deck) => [deck.id, deck.name]));
  const reviews = keepHistory ? reviewsByCard(collection.revlog, warn) : new Map<number, ImportedReview[]>();

  const skippedByNotetype = new Map<string, Set<number>>();
  const mediaNotes: { noteId: number; files: string[] }[] = [];
  const seen = new Set<string>();
  const mediaChecked = new Set<number>();
  const cards: ImportedCard[] = [];
  const emptyCards: number[] = [];
  let duplicates = 0;
  const sorted = [...collection.cards].sort((a, b) => a.noteId - b.noteId || a.ord - b.ord);
  for (const card of sorted) {
    const note = notes.get(card.noteId);
    if (!note) continue;
    const notetype = notetypes.get(note.notetypeId);
    if (!notetype || notetype.unsupported) {
      const name = notetype?.name ?? `unknown note type ${note.notetypeId}`;
      skippedByNotetype.set(name, (skippedByNotetype.get(name) ?? new Set()).add(note.id));
      continue;
    }
    if (!mediaChecked.has(note.id)) {
      mediaChecked.add(note.id);
      const files = [...new Set(note.fields.flatMap(mediaReferences))];
      if (files.length > 0) mediaNotes.push({ noteId: note.id, files });
    }
    const sourceId = `anki:${note.guid}:${card.ord}`;
    // Two notes with one guid (a damaged or hand-made collection) would be one card here.
    if (seen.has(sourceId)) {
      duplicates += 1;
      continue;
    }
    const sides = renderCard(card, note, notetype, decks.get(card.deckId) ?? "");
    if (!sides) {
      emptyCards.push(note.id);
      continue;
    }
    seen.add(sourceId);
    cards.push({
      sourceId,
      kind: notetype.kind === "cloze" ? "cloze" : "basic",
      ...sides,
      tags: [...new Set(note.tags)],
      origin: `note ${note.id}`,
      reviews: reviews.get(card.id) ?? [],
    });
  }

  for (const [name, noteIds] of skippedByNotetype)
    warn(
      `${noteIds.size} ${plural(noteIds.size, "note")} of note type “${name}” skipped: this app cannot show that note type`,
    );
  if (emptyCards.length > 0)
    warn(
      `${emptyCards.length} ${plural(emptyCards.length, "card")} with an empty side skipped (the first in note ${emptyCards[0]})`,
    );
  if (duplicates > 0)
    warn(`${duplicates} ${plural(duplicates, "card")} skipped: a note with the same id (guid) came first`);
  for (const { noteId, files } of mediaNotes.slice(0, NAMED_MEDIA_NOTES))
    warn(`note ${noteId}: media left out (${files.join(", ")}); only text is imported`);
  if (mediaNotes.length > NAMED_MEDIA_NOTES)
    warn(`${mediaNotes.length - NAMED_MEDIA_NOTES} more notes had media left out`);
  if (cards.length === 0) return failure(fileName, "none of the package's cards can be imported", warnings);

  return { ok: true, deck: { title: deckTitle(collection, fileName), cards, warnings } };
}

function renderCard(card: AnkiCard, note: AnkiNote, notetype: AnkiNotetype, deck: string) {
  const fields: Record<string, string> = Object.fromEntries(
    notetype.fields.map((name, at) => [name, note.fields[at] ?? ""]),
  );
  const template =
    notetype.kind === "cloze"
      ? notetype.templates[0]
      : notetype.templates.find((candidate) => candidate.ord === card.ord);
  if (!template) return null;
  Object.assign(fields, {
    Tags: note.tags.join(" "),
    Type: notetype.name,
    Deck: deck.replaceAll("\x1f", "::"),
    Card: template.name,
  });
  const cloze = notetype.kind === "cloze" ? card.ord + 1 : undefined;
  const question = renderTemplate(template.questionFormat, { fields, side: "question", cloze });
  const front = ankiHtmlToText(question);
  let back: string;
  if (cloze !== undefined) {
    // The field named by the question's cloze filter, the last name in e.g. `{{cloze:text:Text}}`.
    const clozeField = /\{\{[^}]*cloze:([^}]+)\}\}/.exec(template.questionFormat)?.[1]?.split(":").at(-1)?.trim();
    const source = clozeField ? (fields[clozeField] ?? "") : note.fields.join("\n");
    back = clozeAnswers(source, cloze).map(ankiHtmlToText).filter(Boolean).join("; ");
  } else {
    const answer = renderTemplate(template.answerFormat, { fields, side: "answer", frontSide: "" });
    const rule = ANSWER_RULE.exec(answer);
    back = ankiHtmlToText(rule ? answer.slice(rule.index + rule[0].length) : answer);
  }
  if (!front || !back) return null;
  return { front, back };
}

function reviewsByCard(revlog: AnkiRevlogEntry[], warn: (message: string) => void) {
  const byCard = new Map<number, ImportedReview[]>();
  let skipped = 0;
  for (const entry of [...revlog].sort((a, b) => a.id - b.id)) {
    // Types 4 (manual) and 5 (rescheduled) and ease 0 are changes to the schedule, not answers.
    if (entry.type > 3 || entry.ease < 1 || entry.ease > 4) {
      skipped += 1;
      continue;
    }
    const review: ImportedReview = {
      reviewedAt: new Date(entry.id),
      rating: entry.ease as ImportedReview["rating"],
      durationMs: Math.max(0, entry.timeMs),
    };
    const list = byCard.get(entry.cardId);
    if (list) list.push(review);
    else byCard.set(entry.cardId, [review]);
  }
  if (skipped > 0)
    warn(
      `${skipped} review history ${plural(skipped, "entry", "entries")} skipped: manual or rescheduling changes, not answers`,
    );
  return byCard;
}

/** The deck holding most cards; "Default" (Anki's unnamed deck) gives way to the file's name. */
function deckTitle(collection: AnkiCollection, fileName: string): string {
  const counts = new Map<number, number>();
  for (const card of collection.cards) counts.set(card.deckId, (counts.get(card.deckId) ?? 0) + 1);
  const [deckId] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  const name =
    collection.decks
      .find((deck) => deck.id === deckId)
      ?.name.replaceAll("\x1f", "::")
      .trim() ?? "";
  if (name && name !== "Default") return name;
  return fileName.replace(/\.(apkg|colpkg)$/i, "").trim() || "Anki";
}

function failure(file: string, message: string, warnings: ImportWarning[] = []): ImportResult {
  const why = warnings.length > 0 ? `${message} (${warnings.map((w) => w.message).join("; ")})` : message;
  return { ok: false, error: { file, message: why } };
}

function plural(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}
