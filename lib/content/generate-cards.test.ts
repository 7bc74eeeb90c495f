import { describe, expect, it } from "vitest";
import { BLANK, cardsForEntry, clozesFor, splitTerm } from "./generate-cards";

const entry = (answer: string, question = "What is it?", kind: "question" | "topic" = "question") => ({ id: "d/e1", kind, question, answer });

describe("cardsForEntry", () => {
  it("always makes a basic card with the full answer", () => {
    const [basic] = cardsForEntry(entry("A kernel VM."), "en");
    expect(basic).toEqual({ id: "d/e1:basic", entryId: "d/e1", kind: "basic", front: "What is it?", back: "A kernel VM." });
  });

  it("asks to explain a topic entry", () => {
    expect(cardsForEntry(entry("Text.", "单机到集群的性能优化", "topic"), "zh")[0]!.front).toBe("请解释：单机到集群的性能优化");
  });

  it("turns a list into an enumeration card and one card per item", () => {
    const cards = cardsForEntry(entry("Steps:\n\n1. Compile the program\n2. Load it\n3. Attach it", "How is a program run?"), "en");
    const enumeration = cards.find((c) => c.kind === "enumeration")!;
    expect(enumeration.front).toBe("How is a program run?\n(Name all 3 items.)");
    expect(enumeration.back).toBe("1. Compile the program\n2. Load it\n3. Attach it");
    expect(cards.filter((c) => c.kind === "list-item").map((c) => c.back)).toEqual(["Compile the program", "Load it", "Attach it"]);
  });

  it("makes term → definition cards from `term：definition` and `term: definition` items", () => {
    const cards = cardsForEntry(entry("- kprobe：在任意内核函数前后执行代码。\n- tracepoint: 内核中的静态跟踪点。"), "zh");
    expect(cards.filter((c) => c.kind === "term").map((c) => [c.front.split("\n")[1], c.back])).toEqual([
      ["其中“kprobe”指什么？", "在任意内核函数前后执行代码。"],
      ["其中“tracepoint”指什么？", "内核中的静态跟踪点。"],
    ]);
  });

  it("is deterministic: same input, same cards and ids", () => {
    const answer = "XDP（eXpress Data Path）很快。\n\n- a：甲乙丙丁\n- b：戊己庚辛";
    expect(cardsForEntry(entry(answer), "zh")).toEqual(cardsForEntry(entry(answer), "zh"));
  });
});

describe("clozesFor", () => {
  it("blanks acronym expansions, numbers with units and short definitions", () => {
    const clozes = clozesFor("XDP（eXpress Data Path）是一种高性能的数据包处理技术。栈空间很有限（512字节）。涉及到以下四次数据拷贝。Map是一种特殊的数据结构。");
    expect(clozes).toContainEqual({ front: `XDP（${BLANK}）是一种高性能的数据包处理技术。`, back: "eXpress Data Path" });
    expect(clozes).toContainEqual({ front: `栈空间很有限（${BLANK}字节）。`, back: "512" });
    expect(clozes).toContainEqual({ front: `涉及到以下${BLANK}次数据拷贝。`, back: "四" });
    expect(clozes).toContainEqual({ front: `${BLANK}是一种特殊的数据结构`, back: "Map" });
  });

  it("works for English too and leaves articles such as 一种 alone", () => {
    const clozes = clozesFor("BPF (Berkeley Packet Filter) filters packets. The stack is limited to 512 bytes. A map is a key-value store.");
    expect(clozes.map((c) => c.back)).toEqual(["Berkeley Packet Filter", "512", "A map"]);
    expect(clozesFor("这是一种技术，提供一个接口。")).toEqual([]);
  });
});

describe("splitTerm", () => {
  it("needs a short term before the colon", () => {
    expect(splitTerm("sk_buff缓冲区：sk_buff是网络数据包的数据结构")).toEqual({ term: "sk_buff缓冲区", definition: "sk_buff是网络数据包的数据结构" });
    expect(splitTerm("在应用程序中，通过read系统调用：读数据")).toBeNull();
    expect(splitTerm("no colon here")).toBeNull();
  });
});

describe("plain text of answers", () => {
  it("keeps generics and comparisons that look like tags, and drops real tags", async () => {
    const { plainText } = await import("./markdown-text");
    expect(plainText("Use `Vec<T>` when a<b && c>d. <b>Bold</b><br>")).toBe("Use Vec<T> when a<b && c>d. Bold");
  });
});
