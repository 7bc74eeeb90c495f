import { describe, expect, it } from "vitest";
import { compileDeck, type DeckSource } from "./compile-deck";
import { ContentError } from "./content-error";
import { questionSimilarity, reconcileIds } from "./entry-ids";

const FAQ = [
  "### What is XDP?",
  "XDP is a fast packet path in the driver. It runs eBPF programs early.",
  "### What is a BPF map?",
  "A map is a key-value store shared between kernel and user space.",
  "### What does the verifier check?",
  "Every loop must end, and every memory access must stay within bounds.",
  "### How are programs loaded?",
  "A single bpf system call hands the bytecode to the kernel, which attaches it to a hook.",
  "### What is BTF?",
  "A compact type format describing kernel data structures for portable tools.",
].join("\n\n");

function source(md: string, overrides?: string): DeckSource {
  return {
    slug: "demo",
    manifest: { path: "content/demo/deck.yaml", bytes: Buffer.from("title: Demo\nlanguage: en\n") },
    faqs: [{ path: "content/demo/faq.md", bytes: Buffer.from(md) }],
    overrides: overrides === undefined ? null : { path: "content/demo/overrides.yaml", bytes: Buffer.from(overrides) },
  };
}

describe("stable ids", () => {
  const first = compileDeck(source(FAQ));
  const idOf = (deck: ReturnType<typeof compileDeck>, question: string) =>
    deck.entries.find((e) => e.question === question)!.id;

  it("keeps an entry's id when its answer is edited", () => {
    const edited = compileDeck(
      source(FAQ.replace("It runs eBPF programs early.", "It runs before the kernel allocates an sk_buff.")),
    );
    expect(idOf(edited, "What is XDP?")).toBe(idOf(first, "What is XDP?"));
    expect(edited.contentHash).not.toBe(first.contentHash);
  });

  it("keeps an entry's id through a small wording fix of the question, given the previous entries", () => {
    const fixed = compileDeck(
      source(FAQ.replace("What does the verifier check?", "What does the verifier checks?")),
      first.entries,
    );
    expect(idOf(fixed, "What does the verifier checks?")).toBe(idOf(first, "What does the verifier check?"));
  });

  it("gives a rewritten question a new id", () => {
    const rewritten = compileDeck(
      source(FAQ.replace("What is BTF?", "Why would anyone care about type formats?")),
      first.entries,
    );
    expect(idOf(rewritten, "Why would anyone care about type formats?")).not.toBe(idOf(first, "What is BTF?"));
  });

  it("lets an explicit id win", () => {
    const explicit = compileDeck(source(FAQ.replace("### What is XDP?", "<!-- id: xdp-basics -->\n### What is XDP?")));
    expect(idOf(explicit, "What is XDP?")).toBe("demo/xdp-basics");
  });

  it("refuses the same explicit id twice, naming file and line", () => {
    const twice = FAQ.replace("### What is XDP?", "### What is XDP? <!-- id: same -->").replace(
      "### What is BTF?",
      "### What is BTF? <!-- id: same -->",
    );
    expect(() => compileDeck(source(twice))).toThrow(
      /^content\/demo\/faq\.md:17: id "same" is already used at content\/demo\/faq\.md:1$/,
    );
  });

  it("produces identical output for identical input", () => {
    expect(compileDeck(source(FAQ))).toEqual(first);
  });
});

describe("reconcileIds", () => {
  it("never gives one previous id to two entries", () => {
    const previous = [{ id: "old", question: "What is the verifier?" }];
    const next = [
      { id: "a", question: "What is the verifier??", explicit: false },
      { id: "b", question: "What is the verifier!", explicit: false },
    ];
    const ids = reconcileIds(next, previous).map((e) => e.id);
    expect(ids.filter((id) => id === "old")).toHaveLength(1);
    expect(ids).toContain("old");
    expect(new Set(reconcileIds(next, previous).map((e) => e.id)).size).toBe(2);
  });

  it("measures similarity on normalized text", () => {
    expect(questionSimilarity("What is XDP?", "what is xdp")).toBe(1);
    expect(questionSimilarity("What is XDP?", "How do maps work?")).toBeLessThan(0.5);
  });
});

describe("overrides", () => {
  const plain = compileDeck(source(FAQ));
  // The first entry the compiler found a fair question for.
  const mcq = plain.questions[0]!.id;
  const asked = plain.entries.find((e) => e.id === plain.questions[0]!.entryId)!;

  it("hides a generated card or question and replaces card text", () => {
    const deck = compileDeck(
      source(FAQ, `hide:\n  - ${mcq}\ncards:\n  ${asked.id}:basic:\n    front: What does XDP stand for and do?\n`),
    );
    expect(deck.questions.some((q) => q.id === mcq)).toBe(false);
    expect(deck.cards.find((c) => c.id === `${asked.id}:basic`)!.front).toBe("What does XDP stand for and do?");
    expect(deck.unasked).toContainEqual({ entryId: asked.id, reason: "its questions are hidden in overrides.yaml" });
  });

  it("replaces a question's distractors and adds hand-written questions", () => {
    const yaml = [
      "questions:",
      `  ${mcq}:`,
      "    distractors: [A file system, A scheduler class, A memory allocator]",
      "add:",
      "  questions:",
      "    - id: xdp-where",
      "      entry: " + asked.id,
      "      stem: Where does XDP run?",
      "      answer: In the network driver",
      "      distractors: [In user space, In the scheduler, In the page cache]",
    ].join("\n");
    const deck = compileDeck(source(FAQ, yaml));
    const replaced = deck.questions.find((q) => q.id === mcq)!;
    expect(replaced.options.filter((_, i) => i !== replaced.answer).sort()).toEqual([
      "A file system",
      "A memory allocator",
      "A scheduler class",
    ]);
    const added = deck.questions.find((q) => q.id === `${asked.id}:custom-xdp-where`)!;
    expect(added.options[added.answer]).toBe("In the network driver");
    expect(added.explanation).toBe(asked.answer);
  });

  it("refuses an override that makes two options equal", () => {
    const yaml = `questions:\n  ${mcq}:\n    answer: Same\n    distractors: [Same, Other one, Third one]\n`;
    expect(() => compileDeck(source(FAQ, yaml))).toThrow(
      /overrides\.yaml: question ".*:mcq-\w+": options are not all distinct/,
    );
  });

  it("refuses an id that matches nothing, or a malformed file, naming the file", () => {
    expect(() => compileDeck(source(FAQ, "hide:\n  - demo/nope:basic\n"))).toThrow(
      /^content\/demo\/overrides\.yaml: card or question "demo\/nope:basic" does not exist/,
    );
    expect(() => compileDeck(source(FAQ, "hide: [unclosed\n"))).toThrow(ContentError);
    expect(() => compileDeck(source(FAQ, "colour: blue\n"))).toThrow(/overrides\.yaml/);
  });
});

describe("deck.yaml", () => {
  const withManifest = (yaml: string) => ({
    ...source(FAQ),
    manifest: { path: "content/demo/deck.yaml", bytes: Buffer.from(yaml) },
  });
  it("names the file and line of a YAML syntax error", () => {
    expect(() => compileDeck(withManifest("title: Demo\nlanguage: [en\n"))).toThrow(
      /^content\/demo\/deck\.yaml:\d+: invalid YAML/,
    );
  });
  it("names the missing field", () => {
    expect(() => compileDeck(withManifest("language: en\n"))).toThrow(/^content\/demo\/deck\.yaml: title: /);
  });
});
