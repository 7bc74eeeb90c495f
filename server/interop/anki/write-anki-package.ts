// Writes a deck as an Anki package in the legacy format (schema 11 `collection.anki2` and a media
// map) that every current Anki, desktop and AnkiDroid, still imports. Note guids come from the
// cards' ids, so importing a re-export updates the same notes; their modification time is the
// export's, so Anki takes the newer text.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import { CLOZE_GAP } from "@/lib/interop/anki/cloze";
import {
  BASIC_NOTETYPE_ID,
  CLOZE_NOTETYPE_ID,
  LEGACY_SCHEMA,
  legacyCollectionConfig,
  legacyDeckConfigs,
  legacyDecks,
  legacyNotetypes,
} from "./legacy-collection";

export type ExportedCard = { id: string; kind: "basic" | "cloze"; front: string; back: string; tags: string[] };

export function writeAnkiPackage(deck: { title: string; cards: ExportedCard[] }, now: Date = new Date()): Uint8Array {
  const nowMs = now.getTime();
  const nowSeconds = Math.floor(nowMs / 1000);
  const title = deck.title.replace(/\s+/g, " ").trim() || "FAQ Study";
  const deckId = stableNumber(`deck:${title}`);
  const db = new Database(":memory:");
  try {
    db.exec(LEGACY_SCHEMA);
    db.prepare("insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')").run(
      nowSeconds,
      nowMs,
      nowMs,
      JSON.stringify(legacyCollectionConfig(deckId)),
      JSON.stringify(legacyNotetypes(deckId, nowSeconds)),
      JSON.stringify(legacyDecks(deckId, title, nowSeconds)),
      JSON.stringify(legacyDeckConfigs(nowSeconds)),
    );
    const insertNote = db.prepare("insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare("insert into cards values (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    db.transaction(() => {
      deck.cards.forEach((card, position) => {
        const fields =
          card.kind === "cloze" ? [clozeText(card.front, card.back), ""] : [toHtml(card.front), toHtml(card.back)];
        const sortField = fields[0]!.replace(/<[^>]*>/g, "");
        // Ids are creation times, as Anki makes them; Anki matches re-imported notes by guid.
        const noteId = nowMs + position;
        const tags = card.tags.map((tag) => tag.trim().replace(/\s+/g, "_")).filter(Boolean);
        insertNote.run(
          noteId,
          guidFor(card.id),
          card.kind === "cloze" ? CLOZE_NOTETYPE_ID : BASIC_NOTETYPE_ID,
          nowSeconds,
          tags.length > 0 ? ` ${tags.join(" ")} ` : "",
          fields.join("\x1f"),
          sortField,
          parseInt(createHash("sha1").update(sortField).digest("hex").slice(0, 8), 16),
        );
        insertCard.run(nowMs + position, noteId, deckId, nowSeconds, position + 1);
      });
    })();
    const collection = db.serialize();
    return zipSync({ "collection.anki2": new Uint8Array(collection), media: strToU8("{}") });
  } finally {
    db.close();
  }
}

/** The "[…]" gaps of a cloze card's front filled with its back as Anki deletions `{{c1::…}}`. */
function clozeText(front: string, back: string): string {
  const gaps = front.split(CLOZE_GAP);
  const parts = back.split("; ");
  const answers = gaps.length > 2 && parts.length === gaps.length - 1 ? parts : [back];
  const deletion = (at: number) => `{{c1::${clozeSafe(answers[Math.min(at, answers.length - 1)]!)}}}`;
  if (gaps.length === 1) return `${clozeSafe(front)} ${deletion(0)}`;
  return gaps.map((text, at) => (at === 0 ? "" : deletion(at - 1)) + clozeSafe(text)).join("");
}

/** HTML in which Anki sees no cloze syntax: braces and double colons are split by a zero-width space. */
function clozeSafe(text: string): string {
  return toHtml(text).replaceAll("{{", "{\u200b{").replaceAll("}}", "}\u200b}").replaceAll("::", ":\u200b:");
}

function toHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("\n", "<br>");
}

function guidFor(cardId: string): string {
  return createHash("sha256").update(`faq-study:${cardId}`).digest("base64url").slice(0, 12);
}

/** A positive id below 2^53 from a name, so that the same deck title keeps its deck id. */
function stableNumber(name: string): number {
  const hash = createHash("sha256").update(name).digest();
  return Number(hash.readBigUInt64BE(0) >> 12n) + 1;
}
