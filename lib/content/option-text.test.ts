import { describe, expect, it } from "vitest";
import {
  clausePrefix,
  cleanOption,
  isLabel,
  optionFrom,
  optionTextProblem,
  questionOptionProblem,
} from "./option-text";

describe("optionTextProblem", () => {
  it("accepts plain statements and terms", () => {
    expect(optionTextProblem("一种高性能、低延迟的数据包处理技术")).toBeNull();
    expect(optionTextProblem("sk_buff缓冲区")).toBeNull();
    expect(optionTextProblem("A package manager for macOS")).toBeNull();
  });

  it("rejects each kind of bad option a reader found", () => {
    expect(optionTextProblem("8.0 变化")).toBe("label or heading");
    expect(optionTextProblem("4 个关键字段")).toBe("label or heading");
    expect(optionTextProblem("典型场景")).toBe("label or heading");
    expect(optionTextProblem("| 脏读 | 否 | 否 |")).toBe("table row or separator");
    expect(optionTextProblem("-- ---- ----")).toBe("table row or separator");
    expect(optionTextProblem("brew install --cask foo")).toBe("code line");
    expect(optionTextProblem("WHERE b=1 → 联合索引失效")).toBe("code line");
    expect(optionTextProblem("- 数据分片")).toBe("list marker");
    expect(optionTextProblem("（2）数据分片")).toBe("list marker");
    expect(optionTextProblem("一句话：用 map 共享数据")).toBe("answer prefix");
    expect(optionTextProblem("A：用 map 共享数据")).toBe("answer prefix");
    expect(optionTextProblem("使用 **map** 共享数据")).toBe("markup");
    expect(optionTextProblem("install comm…")).toBe("cut mid-phrase");
    expect(optionTextProblem("在内核中（例如进程创建")).toBe("cut mid-phrase");
  });
});

describe("questionOptionProblem", () => {
  it("takes a deck's question whole, placeholders and follow-ups included, but not markup", () => {
    expect(questionOptionProblem("Why does brew upgrade <formula> also upgrade other stuff")).toBeNull();
    expect(questionOptionProblem("也就是说用户态读取该map还是要涉及到数据拷贝")).toBeNull();
    expect(questionOptionProblem("What is <b>XDP</b>")).toBe("markup");
  });

  it("reads '加分点' as a label, not a name", () => {
    expect(isLabel("加分点")).toBe(true);
  });

  it("takes no list of keywords for several questions as a question ('Mac 版 / Linux 版 / 滚动截图 ……')", () => {
    expect(questionOptionProblem("Mac 版 / Linux 版 / 滚动截图 / GIF 录制 ……")).toBe("keyword list");
    expect(
      questionOptionProblem("Why do my apps lose their Dock position / Launchpad position / permission settings"),
    ).toBeNull();
    expect(questionOptionProblem("Why is the default prefix /opt/homebrew on Apple Silicon")).toBeNull();
  });
});

describe("cleanOption and optionFrom", () => {
  it("drops list markers, answer prefixes, emphasis and the final stop", () => {
    expect(cleanOption("（2）一句话：数据分片。")).toBe("数据分片");
    expect(cleanOption("**A**：数据分片；")).toBe("数据分片");
    expect(cleanOption("Q3.2.15: 文本标注工具")).toBe("文本标注工具");
    expect(cleanOption("a feature called *checkout dependencies*.")).toBe("a feature called checkout dependencies");
  });

  it("refuses a label that introduces what follows", () => {
    expect(optionFrom("具体步骤如下：")).toBeNull();
    expect(optionFrom("Example:")).toBeNull();
  });

  it("shortens at a clause boundary, never mid-word, and never to a dependent clause", () => {
    const long =
      "将大文件切分成多个小文件，分别存储在不同的节点上，可以提高文件的读写速度和并发访问能力，也能降低单点的压力";
    expect(clausePrefix(long, 60)).toBe("将大文件切分成多个小文件，分别存储在不同的节点上");
    expect(clausePrefix("When the kernel receives a packet from the network card, it runs the program", 40)).toBeNull();
    expect(clausePrefix("在内核中的一些重要事件发生时，tracepoint会发出事件通知，eBPF程序可以监听这些事件", 60)).toBe(
      "在内核中的一些重要事件发生时，tracepoint会发出事件通知",
    );
  });
});
