import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_CANDIDATE_ENTRIES, MAX_LINE_CHARS } from "@/lib/content/input-limits";
import { MAX_DECK_FILE_BYTES } from "@/lib/teams/deck-limits";
import type { ImportResult } from "../imported-deck";
import { readCsv } from "./read-csv";

function deck(result: ImportResult) {
  if (!result.ok) throw new Error(`expected a deck, got ${JSON.stringify(result.error)}`);
  return result.deck;
}
const pairs = (result: ImportResult) => deck(result).cards.map((c) => [c.front, c.back]);
const warnings = (result: ImportResult) => deck(result).warnings.map((w) => [w.line, w.message]);

describe("readCsv: separators", () => {
  it("reads comma-separated rows with tags and names the deck after the file", () => {
    const result = deck(readCsv("What is XDP?,A fast path,ebpf net\nWhat is BCC?,A toolkit\n", "kernel.csv"));
    expect(result.title).toBe("kernel");
    expect(result.cards).toEqual([
      {
        sourceId: expect.stringMatching(/^csv:[0-9a-f]{24}$/),
        kind: "basic",
        front: "What is XDP?",
        back: "A fast path",
        tags: ["ebpf", "net"],
        origin: "line 1",
        reviews: [],
      },
      expect.objectContaining({ front: "What is BCC?", back: "A toolkit", tags: [], origin: "line 2" }),
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("detects Quizlet's term<TAB>definition export even when the text holds commas", () => {
    expect(pairs(readCsv("maps, arrays\tkernel storage, shared\nXDP\tfast, early\n", "quizlet.txt"))).toEqual([
      ["maps, arrays", "kernel storage, shared"],
      ["XDP", "fast, early"],
    ]);
  });

  it("detects semicolons (Excel in many locales) over commas in prose", () => {
    expect(pairs(readCsv("a, b;c, d\ne;f, g\n", "excel.csv"))).toEqual([
      ["a, b", "c, d"],
      ["e", "f, g"],
    ]);
  });

  it("uses a custom separator string as given, as Quizlet allows", () => {
    expect(pairs(readCsv("XDP - fast path\nmap - kernel store, shared\n", "q.txt", { separator: " - " }))).toEqual([
      ["XDP", "fast path"],
      ["map", "kernel store, shared"],
    ]);
  });

  it("refuses a separator that is empty or only spaces", () => {
    expect(readCsv("a b\n", "q.txt", { separator: " " })).toEqual({
      ok: false,
      error: { file: "q.txt", message: "the separator must not be empty or only spaces" },
    });
  });
});

describe("readCsv: header, quoting, encodings", () => {
  it.each([
    ["front,back,tags", "a,b,t"],
    ["Term\tDefinition", "a\tb"],
    ["QUESTION;Answer", "a;b"],
    ["正面,背面,标签", "a,b,t"],
    ["问题,答案", "a,b"],
  ])("skips the header row %j", (header, row) => {
    const result = deck(readCsv(`${header}\n${row}\n`, "h.csv"));
    expect(result.cards.map((c) => [c.front, c.back, c.origin])).toEqual([["a", "b", "line 2"]]);
  });

  it("keeps a first row that only looks a little like a header", () => {
    expect(pairs(readCsv("front,the back\nx,y\n", "h.csv"))).toEqual([
      ["front", "the back"],
      ["x", "y"],
    ]);
  });

  it("reads quoted fields with separators, doubled quotes and line breaks, and keeps line numbers after them", () => {
    const text = 'front,back\n"a, b","say ""hi"""\n"two\nlines",x\n\n"",empty\nlast,row\n';
    const result = deck(readCsv(text, "q.csv"));
    expect(result.cards.map((c) => [c.front, c.back, c.origin])).toEqual([
      ["a, b", 'say "hi"', "line 2"],
      ["two\nlines", "x", "line 3"],
      ["last", "row", "line 7"],
    ]);
    expect(warnings(readCsv(text, "q.csv"))).toEqual([[6, "the front is empty"]]);
  });

  it("strips a UTF-8 BOM and reads CRLF line ends", () => {
    const result = deck(readCsv('\uFEFFfront,back\r\n映射,"键值\r\n存储"\r\nXDP,快速路径\r\n', "zh.csv"));
    expect(result.cards.map((c) => [c.front, c.back, c.origin])).toEqual([
      ["映射", "键值\n存储", "line 2"],
      ["XDP", "快速路径", "line 4"],
    ]);
  });

  it("keeps a quote inside an unquoted field as text", () => {
    expect(pairs(readCsv('the "fast" path\tXDP\n', "q.tsv"))).toEqual([['the "fast" path', "XDP"]]);
  });

  it("splits tags on spaces or commas and drops repeats", () => {
    const result = deck(readCsv('a,b,"net, kernel"\nc,d,net  kernel net\n', "t.csv"));
    expect(result.cards.map((c) => c.tags)).toEqual([["net", "kernel"], ["net", "kernel", "net"].slice(0, 2)]);
  });
});

describe("readCsv: text is plain", () => {
  it("removes HTML so that nothing executable survives, and keeps comparisons that only look like tags", () => {
    const result = deck(
      readCsv(
        [
          '"<script>alert(1)</script>What is <b>XDP</b>?","fast<br>path <img src=x onerror=alert(1)>"',
          '"a < b and 1<2","<div>kept</div><!-- gone -->"',
          '"<style>p{}</style>x","<a href=""javascript:alert(1)"">link</a>"',
        ].join("\n"),
        "h.csv",
      ),
    );
    expect(result.cards.map((c) => [c.front, c.back])).toEqual([
      ["What is XDP?", "fast\npath"],
      ["a < b and 1<2", "kept"],
      ["x", "link"],
    ]);
    for (const card of result.cards) expect(`${card.front}${card.back}`).not.toMatch(/<[a-z!/]/i);
  });

  it("reads back a cell that an export defused as a formula", () => {
    expect(pairs(readCsv("'=1+1,'-2\n", "f.csv"))).toEqual([["=1+1", "-2"]]);
  });
});

describe("readCsv: identity", () => {
  it("gives the same source id to the same front whatever its case and spacing, and another to another front", () => {
    const [a, b, c] = deck(readCsv("What is  XDP?,one\nx,y\nOther,z\n", "a.csv")).cards;
    const [again] = deck(readCsv("what is xdp? ,edited back\n", "b.csv")).cards;
    expect(again!.sourceId).toBe(a!.sourceId);
    expect(new Set([a!.sourceId, b!.sourceId, c!.sourceId]).size).toBe(3);
  });
});

describe("readCsv: problems, each with its line", () => {
  it("leaves out rows with an empty front or back, too many columns or a repeated front, and says where", () => {
    const text = [
      "front,back",
      "a,1",
      ",no front",
      "no back,",
      "  ,  ",
      "b,2,t,extra",
      "A ,again",
      "lonely",
      "c,3",
    ].join("\n");
    const result = readCsv(text, "p.csv");
    expect(pairs(result)).toEqual([
      ["a", "1"],
      ["c", "3"],
    ]);
    expect(warnings(result)).toEqual([
      [3, "the front is empty"],
      [4, "the back is empty"],
      [6, "the row has 4 columns; expected front, back and optionally tags (quote a field that holds the separator)"],
      [7, "the same front as line 2; kept the first"],
      [8, "the back is empty"],
    ]);
    expect(deck(result).warnings.every((w) => w.file === "p.csv")).toBe(true);
  });

  it("fails on an unterminated quote with the line it opened on", () => {
    expect(readCsv('front,back\na,b\n"c\nd",e\nf,"never\nclosed\n\ng,h\n', "u.csv")).toEqual({
      ok: false,
      error: { file: "u.csv", line: 5, message: "a quoted field is never closed" },
    });
  });

  it.each([
    ["", "empty"],
    ["\uFEFF\r\n\r\n", "blank"],
    ["front,back\n", "header only"],
  ])("fails on a file with no rows (%j, %s)", (text) => {
    expect(readCsv(text, "e.csv")).toEqual({
      ok: false,
      error: { file: "e.csv", message: "the file has no rows of front and back" },
    });
  });

  it("fails when no row makes a card, naming the first row", () => {
    expect(readCsv("front,back\nonly fronts\nhere\n", "n.csv")).toEqual({
      ok: false,
      error: { file: "n.csv", line: 2, message: "no row has both a front and a back" },
    });
  });

  it("keeps to the upload limits: file size, rows and field length", () => {
    const big = readCsv("a,".padEnd(MAX_DECK_FILE_BYTES + 1, "b"), "big.csv");
    expect(big.ok || big.error.message).toMatch(/over the limit of 524288/);

    const many = Array.from({ length: MAX_CANDIDATE_ENTRIES + 1 }, (_, i) => `q${i},a`).join("\n");
    expect(readCsv(many, "many.csv")).toEqual({
      ok: false,
      error: {
        file: "many.csv",
        message: `${MAX_CANDIDATE_ENTRIES + 1} rows is over the limit of ${MAX_CANDIDATE_ENTRIES}; split the file into several decks`,
      },
    });

    const long = readCsv(`ok,fine\nlong,${"x".repeat(MAX_LINE_CHARS + 1)}\n`, "long.csv");
    expect(warnings(long)).toEqual([
      [2, `a field has ${MAX_LINE_CHARS + 1} characters, over the limit of ${MAX_LINE_CHARS}`],
    ]);
  });
});

describe("readCsv: any input", () => {
  it("answers every text with a deck or a failure, never an exception, and names only lines the text has", () => {
    const text = fc.string({
      unit: fc.constantFrom("a", "映", " ", ",", ";", "\t", '"', "\n", "\r", "<", ">", "\uFEFF"),
    });
    fc.assert(
      fc.property(text, fc.option(fc.constantFrom(",", " - ", "\t", "||")), (input, separator) => {
        const result = readCsv(input, "any.csv", separator === null ? undefined : { separator });
        const lines = input.split(/\r\n?|\n/).length;
        const named = result.ok ? result.deck.warnings.map((w) => w.line) : [result.error.line];
        for (const line of named) if (line !== undefined) expect(line).toBeGreaterThanOrEqual(1);
        for (const line of named) if (line !== undefined) expect(line).toBeLessThanOrEqual(lines);
      }),
      { numRuns: 500 },
    );
  });
});
