import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileDeck } from "./compile-deck";
import { ContentError } from "./content-error";
import { parseFaq } from "./parse-faq";

// Fragments that exercise the parser's conventions, mixed with arbitrary text.
const fragment = fc.oneof(
  fc.constantFrom(
    "# ",
    "## ",
    "### ",
    "#### ",
    "Q: ",
    "Q：",
    "问：",
    "A: ",
    "答：",
    "**",
    "> ",
    "- ",
    "1. ",
    "```",
    "~~~",
    "<details>",
    "<summary>",
    "</summary>",
    "</details>",
    "<!-- id: x -->",
    "| a | b |",
    "\n",
    "\n\n",
    "\r\n",
    "\uFEFF",
    "？",
    "?",
    "吗",
    "：",
    "---",
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
);
const document = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(""));

function parsesOrRefuses(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
  }
}

describe("parseFaq on any input", () => {
  it("returns entries or throws its own ContentError, never anything else", () => {
    fc.assert(
      fc.property(document, (md) => parsesOrRefuses(() => parseFaq(md, "any.md"))),
      { numRuns: 500 },
    );
  });

  it("does the same for arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => parsesOrRefuses(() => parseFaq(bytes, "any.md"))),
      { numRuns: 300 },
    );
  });

  it("returns only entries with a question and an answer, on lines that exist", () => {
    fc.assert(
      fc.property(document, (md) => {
        try {
          const { entries } = parseFaq(md, "any.md");
          const lines = md.replace(/\r\n?/g, "\n").split("\n").length;
          for (const e of entries) {
            expect(e.question.length).toBeGreaterThan(0);
            expect(e.answer.length).toBeGreaterThan(0);
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.line).toBeLessThanOrEqual(lines);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(ContentError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("compiles whatever it parses into cards and questions without throwing anything else", () => {
    const manifest = { path: "d/deck.yaml", bytes: Buffer.from("title: T\nlanguage: en\n") };
    fc.assert(
      fc.property(document, (md) =>
        parsesOrRefuses(() => compileDeck({ slug: "d", manifest, faqs: [{ path: "d/f.md", bytes: Buffer.from(md) }] })),
      ),
      { numRuns: 150 },
    );
  });
});

describe("large files", () => {
  it("parse in chunks with the same entries and lines as a small file, fences included", () => {
    const block = (i: number) =>
      `### Q: How do I write comment ${i}?\n\n\`\`\`sh\n# not a heading ${i}\n${"echo x\n".repeat(200)}\`\`\`\n\nLike this.\n`;
    const big = Array.from({ length: 60 }, (_, i) => block(i)).join("\n");
    expect(big.length).toBeGreaterThan(60_000);
    const { entries } = parseFaq(big, "big.md");
    expect(entries).toHaveLength(60);
    const lines = big.split("\n");
    for (const [i, e] of entries.entries()) {
      expect(e.question).toBe(`How do I write comment ${i}?`);
      expect(lines[e.line - 1]).toBe(`### Q: How do I write comment ${i}?`);
      expect(e.answer).toContain(`# not a heading ${i}`);
    }
  });
});
