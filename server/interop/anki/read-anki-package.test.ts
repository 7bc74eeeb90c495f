import { Zip, ZipDeflate, strToU8, unzipSync as unzip, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { currentCollection, currentPackage, dummyLegacyCollection, type CurrentNotetype } from "./anki-test-packages";
import { readAnkiPackage } from "./read-anki-off-thread";
import { AnkiPackageError } from "./package-limits";
import { readAnkiPackageHere } from "./read-anki-package";
import { unpackAnkiPackage } from "./unpack-anki-package";
import { writeAnkiPackage, type ExportedCard } from "./write-anki-package";

const NOW = new Date("2026-06-01T12:00:00Z");
const read = (bytes: Uint8Array, keepHistory = false) => readAnkiPackageHere(bytes, "deck.apkg", { keepHistory });
const failureOf = (bytes: Uint8Array) => {
  const result = read(bytes);
  if (result.ok) throw new Error("expected the package to be refused");
  return result.error.message;
};

const exported: ExportedCard[] = [
  { id: "e1", kind: "basic", front: "What does XDP stand for?", back: "eXpress Data Path", tags: ["xdp", "net work"] },
  { id: "e2", kind: "basic", front: "Two lines\nin the question", back: "A <tag> & an *emphasis*", tags: [] },
  { id: "e3", kind: "cloze", front: "BPF maps are created with […].", back: "bpf(BPF_MAP_CREATE)", tags: ["maps"] },
  { id: "e4", kind: "cloze", front: "[…] runs in […] space", back: "eBPF; kernel", tags: [] },
];

const basic: CurrentNotetype = {
  id: 1,
  name: "Basic (optional reversed card)",
  fields: ["Front", "Back", "Add Reverse"],
  templates: [
    { name: "Card 1", front: "{{Front}}", back: "{{FrontSide}}<hr id=answer>{{Back}}" },
    { name: "Card 2", front: "{{#Add Reverse}}{{Back}}{{/Add Reverse}}", back: "{{FrontSide}}<hr id=answer>{{Front}}" },
  ],
};
const cloze: CurrentNotetype = {
  id: 2,
  name: "Cloze",
  cloze: true,
  fields: ["Text", "Back Extra"],
  templates: [{ name: "Cloze", front: "{{cloze:Text}}", back: "{{cloze:Text}}<br>{{Back Extra}}" }],
};
const occlusion: CurrentNotetype = { ...cloze, id: 3, name: "Image Occlusion", stockKind: 6 };

function modernCollection() {
  return currentCollection({
    notetypes: [basic, cloze, occlusion],
    decks: [
      { id: 1, name: "Default" },
      { id: 5, name: "Languages\x1fSpanish" },
    ],
    notes: [
      { id: 10, guid: "n-basic", notetypeId: 1, fields: ["<div>hola</div>", "hello", "y"], tags: " es greeting " },
      {
        id: 20,
        guid: "n-cloze",
        notetypeId: 2,
        fields: ["{{c1::Madrid}} is the capital of {{c2::Spain::country}}", ""],
      },
      { id: 30, guid: "n-io", notetypeId: 3, fields: ["{{c1::image-occlusion:rect:left=.2}}", ""] },
    ],
    cards: [
      { id: 100, noteId: 10, ord: 0, deckId: 5 },
      { id: 101, noteId: 10, ord: 1, deckId: 5 },
      { id: 200, noteId: 20, ord: 0, deckId: 5 },
      { id: 201, noteId: 20, ord: 1, deckId: 5 },
      { id: 300, noteId: 30, ord: 0, deckId: 1 },
    ],
    revlog: [
      { id: Date.UTC(2026, 4, 1, 8), cardId: 100, ease: 1, time: 12_000, type: 0 },
      { id: Date.UTC(2026, 4, 2, 8), cardId: 100, ease: 3, time: 5_000, type: 1 },
      { id: Date.UTC(2026, 4, 3, 8), cardId: 100, ease: 0, time: 0, type: 4 },
    ],
  });
}

describe("reading what writeAnkiPackage wrote", () => {
  it("gives back the same cards, kinds, tags and title", () => {
    const result = read(writeAnkiPackage({ title: "eBPF basics", cards: exported }, NOW));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.deck.title).toBe("eBPF basics");
    expect(result.deck.warnings).toEqual([]);
    expect(result.deck.cards.map(({ kind, front, back, tags }) => ({ kind, front, back, tags }))).toEqual(
      exported.map(({ kind, front, back, tags }) => ({
        kind,
        front,
        back,
        tags: tags.map((tag) => tag.replace(" ", "_")),
      })),
    );
  });

  it("keeps each card's source id across exports, so that a re-import updates the same cards", () => {
    const ids = (cards: ExportedCard[], now: Date) => {
      const result = read(writeAnkiPackage({ title: "t", cards }, now));
      return result.ok ? result.deck.cards.map((card) => card.sourceId) : [];
    };
    const first = ids(exported, NOW);
    expect(new Set(first).size).toBe(exported.length);
    expect(ids([...exported].reverse(), new Date("2026-07-01T00:00:00Z"))).toEqual([...first].reverse());
  });
});

describe("reading a current-format package (collection.anki21b)", () => {
  it("reads the zstd-compressed schema 18 collection and ignores the dummy collection.anki2", () => {
    const result = read(currentPackage(modernCollection()));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.deck.title).toBe("Languages::Spanish");
    expect(result.deck.cards.map(({ sourceId, kind, front, back }) => ({ sourceId, kind, front, back }))).toEqual([
      { sourceId: "anki:n-basic:0", kind: "basic", front: "hola", back: "hello" },
      { sourceId: "anki:n-basic:1", kind: "basic", front: "hello", back: "hola" },
      { sourceId: "anki:n-cloze:0", kind: "cloze", front: "[…] is the capital of Spain", back: "Madrid" },
      { sourceId: "anki:n-cloze:1", kind: "cloze", front: "Madrid is the capital of [country]", back: "Spain" },
    ]);
    expect(result.deck.cards[0]!.tags).toEqual(["es", "greeting"]);
    expect(result.deck.warnings.map((w) => w.message)).toEqual([
      "1 note of note type “Image Occlusion” skipped: this app cannot show that note type",
    ]);
  });

  it("turns the revlog into reviews when the history is kept, saying how many entries were skipped", () => {
    const result = read(currentPackage(modernCollection()), true);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.deck.cards[0]!.reviews).toEqual([
      { reviewedAt: new Date(Date.UTC(2026, 4, 1, 8)), rating: 1, durationMs: 12_000 },
      { reviewedAt: new Date(Date.UTC(2026, 4, 2, 8)), rating: 3, durationMs: 5_000 },
    ]);
    expect(result.deck.warnings.map((w) => w.message)).toContain(
      "1 review history entry skipped: manual or rescheduling changes, not answers",
    );
  });

  it("refuses a current-format package without its collection rather than reading the dummy", () => {
    const zip = zipSync({ "collection.anki2": dummyLegacyCollection(), meta: new Uint8Array([8, 3]) });
    expect(failureOf(zip)).toBe("the package holds no Anki collection");
  });
});

describe("refusing bad packages", () => {
  it("refuses a file that is not a zip", () => {
    expect(failureOf(strToU8("Front,Back\nq,a\n"))).toBe(
      "this is not an Anki package (.apkg or .colpkg): it is not a zip file",
    );
  });

  it("refuses a package over 50 MB before reading it", () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(failureOf(big)).toBe("the package is larger than 50 MB");
  });

  it("refuses a zip whose entries declare more than 200 MB", () => {
    const zip = zipSync({ "collection.anki2": new Uint8Array(100) });
    new DataView(zip.buffer, zip.byteOffset).setUint32(22, 300 * 1024 * 1024, true); // the local header's size
    expect(failureOf(zip)).toBe("the package unpacks to more than 200 MB");
  });

  // The bombs are tested against a smaller limit, so that the test need not inflate 200 MB.
  const small = { packageBytes: 1024 * 1024, unpackedBytes: 4 * 1024 * 1024, zipEntries: 100 };
  const unpackFailure = (bytes: Uint8Array) => {
    try {
      unpackAnkiPackage(bytes, small);
    } catch (error) {
      if (error instanceof AnkiPackageError) return error.message;
      throw error;
    }
    throw new Error("expected the package to be refused");
  };

  it("refuses a zip bomb that hides its size, while inflating it", () => {
    const parts: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      parts.push(chunk);
    });
    // Streamed, so the local header declares no size: only counting while inflating catches it.
    const entry = new ZipDeflate("collection.anki2");
    zip.add(entry);
    const zeros = new Uint8Array(1024 * 1024);
    for (let mb = 0; mb < 6; mb++) entry.push(zeros, mb === 5);
    zip.end();
    const bytes = concat(parts);
    expect(bytes.length).toBeLessThan(64 * 1024);
    expect(unpackFailure(bytes)).toBe("the package unpacks to more than 4 MB");
    expect(unpackAnkiPackage(bytes, { ...small, unpackedBytes: 7 * 1024 * 1024 })).toHaveLength(6 * 1024 * 1024);
  });

  it("refuses a zstd collection that unpacks to more than the limit", () => {
    const bomb = zstdRunLengthFrame(5 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024);
    const zip = zipSync({ meta: new Uint8Array([8, 3]), "collection.anki21b": bomb });
    expect(unpackFailure(zip)).toBe("the package unpacks to more than 4 MB");
    expect(unpackAnkiPackage(zip, { ...small, unpackedBytes: 6 * 1024 * 1024 })).toHaveLength(5 * 1024 * 1024);
  });

  it("refuses a zip with too many files", () => {
    const files = Object.fromEntries(Array.from({ length: 101 }, (_, n) => [String(n), new Uint8Array()]));
    expect(unpackFailure(zipSync(files))).toBe("the package holds more than 100 files");
  });

  it("refuses a collection that is not SQLite, and one that is damaged", () => {
    expect(failureOf(zipSync({ "collection.anki2": strToU8("not a database") }))).toBe(
      "the package's collection is not an SQLite database",
    );
    const damaged = writeAnkiPackageCollection().slice(0, 4096);
    expect(failureOf(zipSync({ "collection.anki2": damaged }))).toMatch(
      /^the package's collection is damaged or not an Anki collection/,
    );
  });

  it("refuses a zip with no collection, and a collection with no cards", () => {
    expect(failureOf(zipSync({ "notes.txt": strToU8("hi") }))).toBe("the package holds no Anki collection");
    expect(failureOf(writeAnkiPackage({ title: "Empty", cards: [] }, NOW))).toBe("the package holds no cards");
  });

  it("refuses a damaged zstd collection", () => {
    const zip = zipSync({ meta: new Uint8Array([8, 3]), "collection.anki21b": strToU8("garbage, not zstd") });
    expect(failureOf(zip)).toBe("the package is damaged: its compressed collection cannot be unpacked");
  });
});

describe("readAnkiPackage (off the request thread)", () => {
  it("reads a package in a worker thread, and returns a failure for a bad one", async () => {
    const good = await readAnkiPackage(writeAnkiPackage({ title: "Worker", cards: exported }, NOW), "w.apkg", {
      keepHistory: false,
    });
    expect(good.ok && good.deck.cards.length).toBe(exported.length);
    const bad = await readAnkiPackage(strToU8("nope"), "bad.apkg", { keepHistory: false });
    expect(bad).toEqual({ ok: false, error: { file: "bad.apkg", message: expect.stringMatching(/not a zip/) } });
  });

  it("ends a worker that takes longer than the limit, with a failure", async () => {
    const slow = await readAnkiPackage(
      writeAnkiPackage({ title: "Slow", cards: exported }, NOW),
      "s.apkg",
      { keepHistory: false },
      1,
    );
    expect(slow).toEqual({
      ok: false,
      error: { file: "s.apkg", message: "reading the package took longer than 0.001 s" },
    });
  });
});

function concat(parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (bytes.set(part, at), at + part.length), 0);
  return bytes;
}

/** A Zstandard frame of run-length blocks (128 KB of zeros from one byte each): a few bytes that unpack to `size`. */
function zstdRunLengthFrame(size: number): Uint8Array {
  const BLOCK = 128 * 1024;
  const header = [0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x58]; // no content size; window descriptor 0x58 (8 MB)
  const blocks: number[] = [];
  for (let at = 0; at < size; at += BLOCK) {
    const blockHeader = (BLOCK << 3) | (1 << 1) | (at + BLOCK >= size ? 1 : 0); // block type 1: RLE
    blocks.push(blockHeader & 0xff, (blockHeader >> 8) & 0xff, (blockHeader >> 16) & 0xff, 0);
  }
  return new Uint8Array([...header, ...blocks]);
}

function writeAnkiPackageCollection(): Uint8Array {
  return unzip(writeAnkiPackage({ title: "x", cards: exported }, NOW))["collection.anki2"]!;
}
