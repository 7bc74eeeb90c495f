import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsv } from "./read-csv";
import { writeDeckCsv, type ExportedCard } from "./write-csv";

const cards: ExportedCard[] = [
  { front: "What is XDP?", back: "A fast path, early in the driver", tags: ["ebpf", "net"] },
  { front: 'Say "hi", then\nwrap', back: "two\nlines; and a\ttab", tags: [] },
  { front: "什么是 eBPF 映射？", back: "内核中的键值存储，，用户态可读写", tags: ["映射"] },
  { front: "=SUM(A1)", back: "-1 is not a formula", tags: ["@home"] },
];

describe("writeDeckCsv", () => {
  it("writes a BOM, a header and RFC 4180 rows with CRLF, quoting what needs it and defusing formulas", () => {
    expect(writeDeckCsv(cards.slice(0, 2))).toBe(
      "\uFEFFfront,back,tags\r\n" +
        'What is XDP?,"A fast path, early in the driver",ebpf net\r\n' +
        '"Say ""hi"", then\nwrap","two\nlines; and a\ttab",\r\n',
    );
    expect(writeDeckCsv(cards.slice(3))).toBe("\uFEFFfront,back,tags\r\n'=SUM(A1),'-1 is not a formula,'@home\r\n");
  });

  it("writes only the header for a deck without cards", () => {
    expect(writeDeckCsv([])).toBe("\uFEFFfront,back,tags\r\n");
  });
});

describe("export CSV → read CSV", () => {
  it("gives back the same cards, with commas, quotes, line breaks, Chinese and formula-like text", () => {
    const result = readCsv(writeDeckCsv(cards), "deck.csv");
    expect(result.ok && result.deck.cards.map(({ front, back, tags }) => ({ front, back, tags }))).toEqual(cards);
    expect(result.ok && result.deck.warnings).toEqual([]);
  });

  it("gives back any deck of plain-text cards", () => {
    const text = fc
      .string({ unit: fc.constantFrom("a", "Z", "映", " ", ",", ";", "\t", '"', "\n", "'", "=", "-", "1", "<", "&") })
      .map((s) => s.replace(/\s+/g, " ").trim())
      .filter((s) => s !== "" && !s.startsWith("'") && !/<[a-z]/i.test(s));
    const deck = fc.uniqueArray(
      fc.record({
        front: text,
        back: text,
        tags: fc.uniqueArray(fc.stringMatching(/^[a-z映]{1,4}$/), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 8, selector: (card) => card.front.toLowerCase() },
    );
    fc.assert(
      fc.property(deck, (exported) => {
        const result = readCsv(writeDeckCsv(exported), "deck.csv");
        expect(result.ok && result.deck.cards.map(({ front, back, tags }) => ({ front, back, tags }))).toEqual(
          exported,
        );
      }),
    );
  });
});
