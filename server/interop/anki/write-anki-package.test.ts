import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { writeAnkiPackage, type ExportedCard } from "./write-anki-package";

// Read with SQLite directly, not with this app's reader, to check what Anki will find.
function open(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const db = new Database(Buffer.from(files["collection.anki2"]!));
  const col = db.prepare("select ver, mod, models, decks, dconf from col").get() as Record<string, string | number>;
  const notes = db.prepare("select id, guid, mid, mod, tags, flds from notes order by id").all() as Record<
    string,
    string | number
  >[];
  const cards = db.prepare("select nid, did, ord, type, queue, due from cards order by id").all() as Record<
    string,
    number
  >[];
  const tables = (
    db.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]
  ).map((t) => t.name);
  db.close();
  return { files: Object.keys(files).sort(), media: strFromU8(files.media!), col, notes, cards, tables };
}

const cards: ExportedCard[] = [
  { id: "a", kind: "basic", front: "What is <XDP>?\nSay it", back: "eXpress & fast", tags: ["net work", "xdp"] },
  { id: "b", kind: "cloze", front: "Maps are made with […] in […]", back: "bpf(); the kernel", tags: [] },
  { id: "c", kind: "cloze", front: "No gap in this one", back: "{{c2::tricky}}", tags: [] },
];
const JUNE = new Date("2026-06-01T12:00:00Z");

describe("writeAnkiPackage", () => {
  it("writes a schema 11 collection.anki2 and an empty media map", () => {
    const pkg = open(writeAnkiPackage({ title: "eBPF", cards }, JUNE));
    expect(pkg.files).toEqual(["collection.anki2", "media"]);
    expect(pkg.media).toBe("{}");
    expect(pkg.col.ver).toBe(11);
    expect(pkg.tables).toEqual(["cards", "col", "graves", "notes", "revlog"]);
  });

  it("declares a Basic and a Cloze note type, the deck and its options in col", () => {
    const { col, notes, cards: written } = open(writeAnkiPackage({ title: "  eBPF   basics ", cards }, JUNE));
    const models = Object.values(JSON.parse(String(col.models))) as {
      id: number;
      name: string;
      type: number;
      flds: { name: string }[];
    }[];
    expect(models.map((m) => [m.name, m.type, m.flds.map((f) => f.name)])).toEqual([
      ["Basic", 0, ["Front", "Back"]],
      ["Cloze", 1, ["Text", "Back Extra"]],
    ]);
    const decks = Object.values(JSON.parse(String(col.decks))) as { id: number; name: string; conf: number }[];
    const deck = decks.find((d) => d.name === "eBPF basics")!;
    expect(written.every((card) => card.did === deck.id)).toBe(true);
    expect(Object.keys(JSON.parse(String(col.dconf)))).toEqual([String(deck.conf)]);
    expect(notes.map((note) => note.mid)).toEqual([models[0]!.id, models[1]!.id, models[1]!.id]);
    expect(written.map((card) => [card.ord, card.type, card.queue, card.due])).toEqual([
      [0, 0, 0, 1],
      [0, 0, 0, 2],
      [0, 0, 0, 3],
    ]);
  });

  it("escapes text as HTML, keeps line breaks, joins tags without spaces, and turns clozes into {{c1::…}}", () => {
    const { notes } = open(writeAnkiPackage({ title: "eBPF", cards }, JUNE));
    expect(notes.map((note) => String(note.flds).split("\x1f"))).toEqual([
      ["What is &lt;XDP&gt;?<br>Say it", "eXpress &amp; fast"],
      ["Maps are made with {{c1::bpf()}} in {{c1::the kernel}}", ""],
      ["No gap in this one {{c1::{\u200b{c2:\u200b:tricky}\u200b}}}", ""],
    ]);
    expect(notes[0]!.tags).toBe(" net_work xdp ");
  });

  it("keeps each card's guid across exports and stamps notes with the export's time, so Anki updates them", () => {
    const first = open(writeAnkiPackage({ title: "eBPF", cards }, JUNE)).notes;
    const later = new Date("2026-07-01T00:00:00Z");
    const second = open(writeAnkiPackage({ title: "eBPF", cards: [...cards].reverse() }, later)).notes;
    expect(second.map((note) => note.guid)).toEqual(first.map((note) => note.guid).reverse());
    expect(new Set(first.map((note) => note.guid)).size).toBe(cards.length);
    expect(first.every((note) => note.mod === JUNE.getTime() / 1000)).toBe(true);
    expect(second.every((note) => note.mod === later.getTime() / 1000)).toBe(true);
  });
});
