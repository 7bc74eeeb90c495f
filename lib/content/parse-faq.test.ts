import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ContentError } from "./content-error";
import { parseFaq } from "./parse-faq";

const questions = (md: string) => parseFaq(md, "test.md").entries.map((e) => e.question);

describe("the seed FAQ", () => {
  const seed = parseFaq(readFileSync("content/ebpf/ebpf-faq.md"), "content/ebpf/ebpf-faq.md");

  it("yields exactly its 18 entries, one per ###/#### heading, with the exact question texts", () => {
    expect(seed.warnings).toEqual([]);
    expect(seed.entries.map((e) => e.question)).toEqual([
      "eBPF程序在内核态中运行会有额外的上下文切换和延迟吗",
      "XDP技术到底是干嘛的",
      "数据不都传输到内存中了吗，为什么需要四次数据拷贝",
      "这三个缓冲区有什么区别",
      "eBPF如何实现在不修改内核源代码的情况下，动态地改变内核的行为",
      "BCC是如何工作的",
      "eBPF将数据传递给用户空间也需要数据拷贝吗",
      "也就是说用户态读取该map还是要涉及到数据拷贝",
      "eBPF是将分布式文件系统的文件处理放在内核态运行了吗",
      "介绍一下eBPF的map机制",
      "eBPF可以在内核态中对文件进行哪些细粒度的操作",
      "eBPF程序如何动态修改？",
      "eBPF如何利用各种内核缓冲区",
      "单机到集群的性能优化",
      "ebpf共享内存实现过程中，出现访存冲突怎么办？",
      "ebpf虽然不改变内核原码，但终究是要改变内核的一些行为，那安全性怎么保证",
      "ebpf和xdp有什么关系",
      "EBPF这个C语言是在内核里面跑啊，那和平时跑的C语言代码有什么不一样吗",
    ]);
  });

  it("removes blockquote markers and keeps a quoted answer's paragraphs together", () => {
    const xdp = seed.entries[1]!;
    expect(xdp.answer.startsWith("XDP（eXpress Data Path）是一种高性能")).toBe(true);
    expect(xdp.answer).not.toMatch(/^>/m);
    expect(xdp.answer.split("\n\n")).toHaveLength(3);
  });

  it("keeps a numbered list inside a quoted answer", () => {
    expect(seed.entries[2]!.answer).toMatch(/^1\. 在应用程序中/m);
    expect(seed.entries[2]!.answer).toMatch(/^4\. 最后/m);
  });

  it("marks a heading that is not phrased as a question as a topic, and does not glue it to the previous answer", () => {
    const cluster = seed.entries.find((e) => e.question === "单机到集群的性能优化")!;
    expect(cluster.kind).toBe("topic");
    expect(cluster.answer.startsWith("eBPF终归是一个单机的性能优化")).toBe(true);
    expect(seed.entries.find((e) => e.question === "eBPF如何利用各种内核缓冲区")!.answer).not.toContain("单机");
  });

  it("records the line of each question", () => {
    expect(seed.entries.map((e) => e.line).slice(0, 3)).toEqual([3, 9, 17]);
  });
});

describe("question headings", () => {
  it.each([
    {
      what: "accepts any level and the usual prefixes, with or without a space",
      md: [
        "## Q: What is eBPF?",
        "A kernel VM.",
        "### Q：什么是XDP",
        "快速路径。",
        "#### Q3：什么是BCC",
        "工具集。",
        "### 问：什么是map",
        "共享内存。",
        "## Q:Why?",
        "Because.",
      ].join("\n\n"),
      questions: ["What is eBPF?", "什么是XDP", "什么是BCC", "什么是map", "Why?"],
    },
    {
      what: "keeps inline code and drops emphasis markup from the question",
      md: "### How does `bpf()` work with **maps**?\n\nIt is a syscall.",
      questions: ["How does bpf() work with maps?"],
    },
  ])("$what", ({ md, questions: expected }) => {
    expect(questions(md)).toEqual(expected);
  });

  it("treats # as the title and ## as a section whose name becomes the topic", () => {
    const md =
      "# My FAQ\n\nIntro text.\n\n## Networking\n\nThis part is about networks.\n\n### What is XDP?\n\nA hook.\n\n## Storage\n\n### What is a map?\n\nA store.";
    const { entries } = parseFaq(md, "t.md");
    expect(entries.map((e) => [e.question, e.topic])).toEqual([
      ["What is XDP?", "Networking"],
      ["What is a map?", "Storage"],
    ]);
    expect(entries[0]!.answer).toBe("A hook.");
  });

  it("never reads a # line inside a code fence as a heading", () => {
    const md =
      "### How do I comment a shell script?\n\n```sh\n# this is a comment\necho hi\n```\n\n### Next question?\n\nYes.";
    const { entries } = parseFaq(md, "t.md");
    expect(entries).toHaveLength(2);
    expect(entries[0]!.answer).toContain("# this is a comment");
  });

  it("keeps tables and lists in answers", () => {
    const md = "### Which map types exist?\n\n| type | use |\n| --- | --- |\n| hash | lookup |\n\n- array\n- ringbuf";
    const answer = parseFaq(md, "t.md").entries[0]!.answer;
    expect(answer).toContain("| hash | lookup |");
    expect(answer).toContain("- ringbuf");
  });
});

describe("bold questions and details blocks", () => {
  it.each([
    {
      what: "reads **Q: …?** paragraphs followed by A:, **A:**, 答： or **答：** answers",
      md: [
        "**Q: What is eBPF?**",
        "A: A kernel VM.",
        "**问：什么是XDP？**",
        "**答：** 快速路径。",
        "**Q: Is it safe?**\nA: The verifier checks it.",
        "**Why use maps?**",
        "答：共享数据。",
      ].join("\n\n"),
      pairs: [
        ["What is eBPF?", "A kernel VM."],
        ["什么是XDP？", "快速路径。"],
        ["Is it safe?", "The verifier checks it."],
        ["Why use maps?", "共享数据。"],
      ],
    },
    {
      what: "reads `**Q:** question` where only the prefix is bold",
      md: "**Q:** What is TCP?\n**A:** A transport protocol.\n\n**Q：** 什么是UDP？\n\n答：无连接的协议。",
      pairs: [
        ["What is TCP?", "A transport protocol."],
        ["什么是UDP？", "无连接的协议。"],
      ],
    },
    {
      what: "reads <details><summary> blocks",
      md: "<details>\n<summary>Q: What is BTF?</summary>\n\nType information for BPF.\n\n</details>\n\n<details><summary>What is CO-RE?</summary>Compile once, run everywhere.</details>",
      pairs: [
        ["What is BTF?", "Type information for BPF."],
        ["What is CO-RE?", "Compile once, run everywhere."],
      ],
    },
    {
      what: "reads several <details> blocks written without blank lines between them",
      md: "<details><summary>What is A?</summary>Alpha.</details>\n<details><summary>What is B?</summary>Beta.</details>",
      pairs: [
        ["What is A?", "Alpha."],
        ["What is B?", "Beta."],
      ],
    },
  ])("$what", ({ md, pairs }) => {
    expect(parseFaq(md, "t.md").entries.map((e) => [e.question, e.answer])).toEqual(pairs);
  });
});

describe("line endings and odd input", () => {
  it("handles CRLF, a BOM and trailing spaces", () => {
    const md = "\uFEFF### Q: What is eBPF?   \r\n\r\nA kernel VM.   \r\nSecond line.  \r\n";
    const { entries } = parseFaq(md, "t.md");
    expect(entries[0]!.question).toBe("What is eBPF?");
    expect(entries[0]!.answer).toBe("A kernel VM.\nSecond line.");
  });

  it("skips an empty answer with a warning naming its line", () => {
    const { entries, warnings } = parseFaq("### What is A?\n\n### What is B?\n\nB.", "t.md");
    expect(entries.map((e) => e.question)).toEqual(["What is B?"]);
    expect(warnings).toEqual([{ line: 1, message: expect.stringContaining("empty answer") }]);
  });

  it("keeps a repeated question once, with a warning", () => {
    const { entries, warnings } = parseFaq("### What is A?\n\nOne.\n\n### What is A?\n\nTwo.", "t.md");
    expect(entries).toHaveLength(1);
    expect(entries[0]!.answer).toBe("One.");
    expect(warnings[0]).toMatchObject({ line: 5 });
  });

  it("refuses a file with no entries, naming the file", () => {
    expect(() => parseFaq("# Just a title\n\nSome prose.", "docs/empty.md")).toThrow(ContentError);
    expect(() => parseFaq("# Just a title", "docs/empty.md")).toThrow(/^docs\/empty\.md: no question/);
  });

  it("refuses bytes that are not UTF-8, naming the file", () => {
    expect(() => parseFaq(new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0x41]), "bad.md")).toThrow(/^bad\.md: not UTF-8/);
  });

  it("reads an explicit id comment", () => {
    const { entries } = parseFaq(
      "<!-- id: xdp-basics -->\n### What is XDP?\n\nA hook.\n\n### What is BTF? <!-- id: btf -->\n\nTypes.",
      "t.md",
    );
    expect(entries.map((e) => e.explicitId)).toEqual(["xdp-basics", "btf"]);
    expect(entries[0]!.answer).toBe("A hook.");
  });
});

describe("review findings", () => {
  it("gives an id comment to the question after it, not the answer before it", () => {
    const { entries } = parseFaq("**Q: X?** Ex.\n\n<!-- id: y -->\n\n**Q: Y?** Why.", "t.md");
    expect(entries.map((e) => [e.question, e.explicitId, e.answer])).toEqual([
      ["X?", null, "Ex."],
      ["Y?", "y", "Why."],
    ]);
  });

  it("keeps questions that differ only in symbols apart", () => {
    const { entries, warnings } = parseFaq("### What is C?\n\nA language.\n\n### What is C++?\n\nAnother one.", "t.md");
    expect(entries).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it("ends sections at a new # part, which names the entries after it, and warns about a # footer after the entries", () => {
    const md = "# Part A\n\n## Networking\n\n### What is XDP?\n\nA hook.\n\n# Part B\n\n### What is a file?\n\nBytes.";
    expect(parseFaq(md, "t.md").entries.map((e) => e.topic)).toEqual(["Networking", "Part B"]);
    const footer = parseFaq("**Q**. What is FTP?\n\n**A**. A protocol.\n\n# Contact us\n\nMail us.", "t.md");
    expect(footer.entries.map((e) => e.question)).toEqual(["What is FTP?"]);
    expect(footer.warnings).toEqual([
      { line: 5, message: expect.stringContaining('"Contact us" follows the entries'), dropped: true },
    ]);
  });

  it("never cuts a large file inside an HTML comment or <pre> block", () => {
    const filler = (i: number) => `### Q: Question ${i}?\n\n${"Answer text. ".repeat(150)}\n`;
    const hidden = "<!--\n### Q: What is draft C?\n\nDraft C.\n-->\n<pre>\n### Q: Not a question either?\n</pre>\n";
    const big = [
      ...Array.from({ length: 14 }, (_, i) => filler(i)),
      hidden,
      ...Array.from({ length: 14 }, (_, i) => filler(i + 14)),
    ].join("\n");
    const questions = parseFaq(big, "big.md").entries.map((e) => e.question);
    expect(questions).toHaveLength(28);
    expect(questions.join(" ")).not.toMatch(/draft|Not a question/);
  });
});
