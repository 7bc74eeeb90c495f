import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDeck } from "./compile-deck";
import { questionsForDeck, trimOption } from "./generate-questions";
import { visualLength } from "./markdown-text";
import { longestIsCorrectShare, questionProblems } from "./question-rules";

const seed = compileDeck({
  slug: "ebpf",
  manifest: { path: "content/ebpf/deck.yaml", bytes: readFileSync("content/ebpf/deck.yaml") },
  faqs: [{ path: "content/ebpf/ebpf-faq.md", bytes: readFileSync("content/ebpf/ebpf-faq.md") }],
});

describe("multiple-choice questions on the seed", () => {
  it("asks at least one question per entry", () => {
    for (const entry of seed.entries) expect(seed.questions.some((q) => q.entryId === entry.id), entry.question).toBe(true);
    expect(seed.warnings).toEqual([]);
  });

  it("gives every question 4 distinct options, exactly one right, and the entry's answer as explanation", () => {
    for (const q of seed.questions) {
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options).size).toBe(4);
      expect(q.answer).toBeGreaterThanOrEqual(0);
      expect(q.answer).toBeLessThan(4);
      expect(q.explanation).toBe(seed.entries.find((e) => e.id === q.entryId)!.answer);
    }
  });

  it("breaks none of the option rules, and the right option is neither the longest nor in one place", () => {
    expect(seed.questions.flatMap((q) => questionProblems(q).map((p) => `${q.id}: ${p}`))).toEqual([]);
    expect(longestIsCorrectShare(seed.questions)).toBeLessThanOrEqual(0.4);
    const positions = new Set(seed.questions.map((q) => q.answer));
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  it("takes the right option from the entry's own answer", () => {
    const xdp = seed.questions.find((q) => q.stem === "XDP技术到底是干嘛的")!;
    expect(xdp.options[xdp.answer]).toBe("XDP（eXpress Data Path）是一种高性能、低延迟的数据包处理技术");
  });

  it("is deterministic", () => {
    const entries = seed.entries.slice(0, 8);
    expect(questionsForDeck(entries, "zh")).toEqual(questionsForDeck(entries, "zh"));
  });
});

describe("questionProblems", () => {
  const base = { id: "q", stem: "What is XDP?", options: ["A fast packet path", "A file system", "A scheduler class", "A memory allocator"], answer: 0 };
  it("accepts a fair question", () => expect(questionProblems(base)).toEqual([]));
  it("flags duplicates, stem repeats, odd counts, bad answers and length give-aways", () => {
    expect(questionProblems({ ...base, options: ["a", "a", "b", "c"] })).toContain("options are not all distinct");
    expect(questionProblems({ ...base, options: ["What is XDP? A path", "b1", "c1", "d1"] })).toContain("an option repeats the question");
    expect(questionProblems({ ...base, options: ["a", "b", "c"] })).toContain("has 3 options, not 4");
    expect(questionProblems({ ...base, answer: 4 })).toContain("the right option is not one of the options");
    expect(questionProblems({ ...base, options: ["A very long and detailed right answer here", "short", "brief", "tiny"] })).toContain("the right option is much longer than every other");
  });
});

describe("trimOption", () => {
  it("drops the final full stop and cuts long text at a clause boundary", () => {
    expect(trimOption("短句。")).toBe("短句");
    const long = "第一部分说明了一些很长的背景信息，第二部分继续说明更多的背景细节内容，第三部分还有更多的内容需要说明清楚。";
    const trimmed = trimOption(long);
    expect(visualLength(trimmed)).toBeLessThanOrEqual(80);
    expect(long.startsWith(trimmed)).toBe(true);
  });
});
