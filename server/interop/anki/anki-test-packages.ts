// Anki packages built in code for the tests, per Anki's published formats: the legacy one comes
// from writeAnkiPackage; the current one (schema 18 collection, zstd, protobuf meta and media list,
// plus the dummy collection.anki2 that asks old Ankis to update) is put together here.
import { LEGACY_SCHEMA } from "./legacy-collection";
import Database from "better-sqlite3";
import { BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import { unzipSync, zipSync } from "fflate";
import { writeAnkiPackage } from "./write-anki-package";

const FIXED_NOW = new Date("2026-06-01T12:00:00Z");

export type CurrentNotetype = {
  id: number;
  name: string;
  cloze?: boolean;
  stockKind?: number;
  fields: string[];
  templates: { name: string; front: string; back: string }[];
};
export type CurrentNote = { id: number; guid: string; notetypeId: number; fields: string[]; tags?: string };
export type CurrentCard = { id: number; noteId: number; ord: number; deckId: number };
export type CurrentRevlog = { id: number; cardId: number; ease: number; time: number; type: number };

/** A schema 18 collection as Anki 23.10+ writes it into `collection.anki21b` (before compression). */
export function currentCollection(content: {
  notetypes: CurrentNotetype[];
  decks: { id: number; name: string }[];
  notes: CurrentNote[];
  cards: CurrentCard[];
  revlog?: CurrentRevlog[];
}): Uint8Array {
  const db = new Database(":memory:");
  db.exec(`
    ${LEGACY_SCHEMA}
    insert into col values (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '');
    create table fields (ntid integer not null, ord integer not null, name text not null, config blob not null,
      primary key (ntid, ord)) without rowid;
    create unique index idx_fields_name_ntid on fields (name, ntid);
    create table templates (ntid integer not null, ord integer not null, name text not null, mtime_secs integer not null,
      usn integer not null, config blob not null, primary key (ntid, ord)) without rowid;
    create unique index idx_templates_name_ntid on templates (name, ntid);
    create table notetypes (id integer not null primary key, name text not null, mtime_secs integer not null,
      usn integer not null, config blob not null);
    create unique index idx_notetypes_name on notetypes (name);
    create table decks (name text not null primary key, id integer not null, mtime_secs integer not null,
      usn integer not null, common blob not null, kind blob not null);
  `);
  for (const notetype of content.notetypes) {
    const config = new BinaryWriter().tag(1, WireType.Varint).int32(notetype.cloze ? 1 : 0);
    if (notetype.stockKind) config.tag(9, WireType.Varint).int32(notetype.stockKind);
    db.prepare("insert into notetypes values (?, ?, 0, 0, ?)").run(notetype.id, notetype.name, config.finish());
    notetype.fields.forEach((name, ord) =>
      db.prepare("insert into fields values (?, ?, ?, ?)").run(notetype.id, ord, name, new Uint8Array()),
    );
    notetype.templates.forEach((template, ord) => {
      const templateConfig = new BinaryWriter()
        .tag(1, WireType.LengthDelimited)
        .string(template.front)
        .tag(2, WireType.LengthDelimited)
        .string(template.back)
        .finish();
      db.prepare("insert into templates values (?, ?, ?, 0, 0, ?)").run(
        notetype.id,
        ord,
        template.name,
        templateConfig,
      );
    });
  }
  for (const deck of content.decks)
    db.prepare("insert into decks values (?, ?, 0, 0, x'', x'')").run(deck.name, deck.id);
  for (const note of content.notes)
    db.prepare("insert into notes values (?, ?, ?, 0, 0, ?, ?, '', 0, 0, '')").run(
      note.id,
      note.guid,
      note.notetypeId,
      note.tags ?? "",
      note.fields.join("\x1f"),
    );
  for (const card of content.cards)
    db.prepare("insert into cards values (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')").run(
      card.id,
      card.noteId,
      card.deckId,
      card.ord,
    );
  for (const entry of content.revlog ?? [])
    db.prepare("insert into revlog values (?, ?, 0, ?, 0, 0, 0, ?, ?)").run(
      entry.id,
      entry.cardId,
      entry.ease,
      entry.time,
      entry.type,
    );
  // Anki declares its names with its own "unicase" collation, which SQLite here cannot create.
  db.unsafeMode(true);
  db.pragma("writable_schema = ON");
  db.prepare(
    "update sqlite_master set sql = replace(sql, 'name text not null', 'name text not null collate unicase') where type = 'table'",
  ).run();
  db.pragma("writable_schema = RESET");
  const bytes = new Uint8Array(db.serialize());
  db.close();
  return bytes;
}

/** The zip of a current-format package: zstd collection and media list, protobuf meta, the dummy collection.anki2. */
export function currentPackage(collection: Uint8Array, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const meta = new BinaryWriter().tag(1, WireType.Varint).int32(3).finish();
  const mediaEntry = new BinaryWriter()
    .tag(1, WireType.LengthDelimited)
    .string("cat.jpg")
    .tag(2, WireType.Varint)
    .uint32(3)
    .finish();
  const media = new BinaryWriter().tag(1, WireType.LengthDelimited).bytes(mediaEntry).finish();
  return zipSync({
    "collection.anki2": dummyLegacyCollection(),
    "collection.anki21b": zstdFrame(collection),
    media: zstdFrame(media),
    meta,
    "0": zstdFrame(new Uint8Array([1, 2, 3])),
    ...extra,
  });
}

/** What current Ankis put in `collection.anki2` for older ones: a single note asking to update. */
export function dummyLegacyCollection(): Uint8Array {
  const legacy = writeAnkiPackage(
    {
      title: "Default",
      cards: [
        {
          id: "update",
          kind: "basic",
          front: "Please update to the latest Anki version, then import the .colpkg/.apkg file again.",
          back: "",
          tags: [],
        },
      ],
    },
    FIXED_NOW,
  );
  return unzipSync(legacy)["collection.anki2"]!;
}

/**
 * A Zstandard frame (RFC 8878) made of raw, uncompressed blocks: valid for every decoder, and small
 * enough to write here, since Node 20 has no zstd encoder.
 */
export function zstdFrame(content: Uint8Array): Uint8Array {
  const BLOCK = 128 * 1024;
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0xfd2fb528, true);
  header[4] = 0xe0; // 8-byte content size, single segment, no checksum, no dictionary
  view.setBigUint64(5, BigInt(content.length), true);
  const parts: Uint8Array[] = [header];
  for (let at = 0; at === 0 || at < content.length; at += BLOCK) {
    const size = Math.min(BLOCK, content.length - at);
    const last = at + BLOCK >= content.length ? 1 : 0;
    const blockHeader = (size << 3) | last; // block type 0: raw
    parts.push(new Uint8Array([blockHeader & 0xff, (blockHeader >> 8) & 0xff, (blockHeader >> 16) & 0xff]));
    parts.push(content.subarray(at, at + size));
  }
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
