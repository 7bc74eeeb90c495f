// Reads an Anki collection (the SQLite file inside a package) into plain data. Schema 11 keeps note
// types and decks as JSON in `col`; schema 18 (Anki 2.1.28 on, and every `collection.anki21b`) in
// tables of their own with protobuf settings.
import Database from "better-sqlite3";
import type {
  AnkiCollection,
  AnkiDeck,
  AnkiNotetype,
  AnkiRevlogEntry,
  AnkiTemplate,
} from "@/lib/interop/anki/anki-collection";
import { AnkiPackageError } from "./package-limits";
import { protoNumber, protoString, readProtoFields } from "./proto-fields";

const SQLITE_HEADER = "SQLite format 3\0";
const IMAGE_OCCLUSION_STOCK_KIND = 6;

type Row = Record<string, unknown>;

export function readAnkiCollection(bytes: Uint8Array, { withRevlog }: { withRevlog: boolean }): AnkiCollection {
  if (new TextDecoder().decode(bytes.subarray(0, 16)) !== SQLITE_HEADER)
    throw new AnkiPackageError("the package's collection is not an SQLite database");
  let db: Database.Database | null = null;
  try {
    db = new Database(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // The file is the uploader's: its schema may not call functions, and nothing here writes to it.
    db.pragma("trusted_schema = OFF");
    forgetUnicaseCollation(db);
    db.pragma("query_only = ON");
    const hasTable = (name: string) =>
      db!.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name) !== undefined;
    const modern =
      hasTable("notetypes") && (db.prepare("select count(*) as n from notetypes").get() as { n: number }).n > 0;
    const { notetypes, decks } = modern ? modernNotetypesAndDecks(db) : legacyNotetypesAndDecks(db);
    return {
      notetypes,
      decks,
      notes: (db.prepare("select id, guid, mid, tags, flds from notes").all() as Row[]).map((row) => ({
        id: Number(row.id),
        guid: String(row.guid),
        notetypeId: Number(row.mid),
        fields: String(row.flds).split("\x1f"),
        tags: String(row.tags).split(/\s+/).filter(Boolean),
      })),
      cards: (db.prepare("select id, nid, ord, did from cards").all() as Row[]).map((row) => ({
        id: Number(row.id),
        noteId: Number(row.nid),
        ord: Number(row.ord),
        deckId: Number(row.did),
      })),
      revlog: withRevlog ? readRevlog(db) : [],
    };
  } catch (error) {
    if (error instanceof AnkiPackageError) throw error;
    throw new AnkiPackageError(`the package's collection is damaged or not an Anki collection (${errorText(error)})`);
  } finally {
    db?.close();
  }
}

/**
 * Anki's own "unicase" collation is not available here, and SQLite cannot even scan a table that
 * declares it, so it is dropped from this in-memory copy's schema: nothing here sorts by those names.
 */
function forgetUnicaseCollation(db: Database.Database) {
  db.unsafeMode(true);
  db.pragma("writable_schema = ON");
  db.prepare(
    "update sqlite_master set sql = replace(replace(sql, ' collate unicase', ''), ' COLLATE unicase', '') where sql like '%unicase%'",
  ).run();
  db.pragma("writable_schema = RESET");
  db.unsafeMode(false);
}

function legacyNotetypesAndDecks(db: Database.Database): { notetypes: AnkiNotetype[]; decks: AnkiDeck[] } {
  const col = db.prepare("select models, decks from col").get() as { models: string; decks: string } | undefined;
  if (!col) throw new AnkiPackageError("the package's collection has no note types");
  const models = Object.values(JSON.parse(col.models || "{}") as Record<string, LegacyModel>);
  const decks = Object.values(JSON.parse(col.decks || "{}") as Record<string, { id: number; name: string }>);
  return {
    notetypes: models.map((model) => ({
      id: Number(model.id),
      name: String(model.name ?? ""),
      kind: model.type === 1 ? "cloze" : "normal",
      unsupported: model.originalStockKind === IMAGE_OCCLUSION_STOCK_KIND || usesImageOcclusion(model.tmpls ?? []),
      fields: [...(model.flds ?? [])].sort((a, b) => a.ord - b.ord).map((field) => String(field.name)),
      templates: (model.tmpls ?? []).map((template) => ({
        ord: Number(template.ord),
        name: String(template.name ?? ""),
        questionFormat: String(template.qfmt ?? ""),
        answerFormat: String(template.afmt ?? ""),
      })),
    })),
    decks: decks.map((deck) => ({ id: Number(deck.id), name: String(deck.name ?? "") })),
  };
}

type LegacyModel = {
  id: number | string;
  name?: string;
  type?: number;
  originalStockKind?: number;
  flds?: { name: string; ord: number }[];
  tmpls?: { name?: string; ord: number; qfmt?: string; afmt?: string }[];
};

function modernNotetypesAndDecks(db: Database.Database): { notetypes: AnkiNotetype[]; decks: AnkiDeck[] } {
  const fields = db.prepare("select ntid, ord, name from fields order by ntid, ord").all() as Row[];
  const templates = db.prepare("select ntid, ord, name, config from templates order by ntid, ord").all() as Row[];
  const notetypes = (db.prepare("select id, name, config from notetypes").all() as Row[]).map((row): AnkiNotetype => {
    const config = readProtoFields(row.config as Uint8Array);
    const id = Number(row.id);
    const own: AnkiTemplate[] = templates
      .filter((template) => Number(template.ntid) === id)
      .map((template) => {
        const templateConfig = readProtoFields(template.config as Uint8Array);
        return {
          ord: Number(template.ord),
          name: String(template.name),
          questionFormat: protoString(templateConfig, 1),
          answerFormat: protoString(templateConfig, 2),
        };
      });
    return {
      id,
      name: String(row.name),
      kind: protoNumber(config, 1) === 1 ? "cloze" : "normal",
      unsupported:
        protoNumber(config, 9) === IMAGE_OCCLUSION_STOCK_KIND ||
        usesImageOcclusion(own.map((t) => ({ qfmt: t.questionFormat }))),
      fields: fields.filter((field) => Number(field.ntid) === id).map((field) => String(field.name)),
      templates: own,
    };
  });
  const decks = (db.prepare("select id, name from decks").all() as Row[]).map((row) => ({
    id: Number(row.id),
    name: String(row.name),
  }));
  return { notetypes, decks };
}

function usesImageOcclusion(templates: { qfmt?: string }[]): boolean {
  return templates.some((template) => /\{\{[^}]*image-occlusion:/i.test(template.qfmt ?? ""));
}

function readRevlog(db: Database.Database): AnkiRevlogEntry[] {
  return (db.prepare("select id, cid, ease, time, type from revlog").all() as Row[]).map((row) => ({
    id: Number(row.id),
    cardId: Number(row.cid),
    ease: Number(row.ease),
    timeMs: Number(row.time),
    type: Number(row.type),
  }));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
