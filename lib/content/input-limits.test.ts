import { describe, expect, it } from "vitest";
import { ContentError } from "./content-error";
import {
  checkInputLimits,
  findLimitBreach,
  MAX_CANDIDATE_ENTRIES,
  MAX_FAQ_BYTES,
  MAX_LINE_CHARS,
  MAX_NESTING_DEPTH,
} from "./input-limits";

const refusal = (text: string) => {
  try {
    checkInputLimits(text, "faq.md");
  } catch (error) {
    if (error instanceof ContentError) return { file: error.file, line: error.line, reason: error.reason };
    throw error;
  }
  return null;
};

describe("input limits", () => {
  it("accepts an ordinary FAQ with nested lists, quotes and indented code", () => {
    const faq = [
      "# FAQ",
      "## What is A?",
      "> A quote",
      "> > nested",
      "- one",
      "  - two",
      "    - three",
      "      1. four",
      "",
      "```",
      " ".repeat(200) + "code may be indented far",
      "## not a heading inside code",
      "```",
    ].join("\n");
    expect(findLimitBreach(faq)).toBeNull();
  });

  it("refuses 9 KB of nested quotes on one line, naming the file and line", () => {
    expect(refusal(`# FAQ\n\n## Q?\n\n${">".repeat(9_000)} deep`)).toEqual({
      file: "faq.md",
      line: 5,
      reason: expect.stringMatching(/nested 9000 levels deep, over the limit of 32/),
    });
  });

  it("refuses lists nested by indentation beyond the limit, at the first line too deep", () => {
    const list = Array.from({ length: 450 }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n");
    expect(refusal(list)?.line).toBe(MAX_NESTING_DEPTH + 1);
  });

  it("refuses quotes and list markers mixed on one line", () => {
    expect(refusal("> - ".repeat(MAX_NESTING_DEPTH) + "x")?.line).toBe(1);
  });

  it("refuses a line longer than the limit", () => {
    expect(refusal(`ok\n${"x".repeat(MAX_LINE_CHARS + 1)}`)).toMatchObject({ line: 2, reason: /characters/ });
    expect(refusal(`ok\n${"x".repeat(MAX_LINE_CHARS)}`)).toBeNull();
  });

  it("refuses a file over the size limit", () => {
    const big = `${"x".repeat(1000)}\n`.repeat(Math.ceil(MAX_FAQ_BYTES / 1001) + 1);
    expect(refusal(big)).toMatchObject({ line: null, reason: /bytes is over the limit/ });
  });

  it("refuses more candidate entries than the limit, at the first one too many", () => {
    const entries = (n: number) => Array.from({ length: n }, (_, i) => `## Question ${i}?\nAnswer.`).join("\n");
    expect(refusal(entries(MAX_CANDIDATE_ENTRIES))).toBeNull();
    expect(refusal(entries(MAX_CANDIDATE_ENTRIES + 1))).toMatchObject({ line: MAX_CANDIDATE_ENTRIES * 2 + 1 });
  });
});
