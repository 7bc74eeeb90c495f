import { describe, expect, it } from "vitest";
import { chooseDistractors, type Candidate } from "./question-gates";

const good: Candidate[] = [
  { text: "数据分片", source: 1, score: 0.5 },
  { text: "读写锁", source: 2, score: 0.4 },
  { text: "数据压缩", source: 3, score: 0.3 },
];
const key = { text: "数据缓存", source: 0 };

describe("chooseDistractors", () => {
  it("never matches a command with prose, and takes an error message for no command", () => {
    const command = { text: "docker compose restart", source: 0 };
    const prose = ["Try pnpm if using Docker", "Check the file size limits", "Check the repository URL"].map(
      (text, i) => ({
        text,
        source: i + 1,
        score: 1,
      }),
    );
    expect(chooseDistractors(command, prose, "s")).toBeNull();
    const error = { text: "tcp lookup some.domain.com no such host", source: 0 };
    const questions = [
      "Rclone changes marks in file names",
      "Rclone fails to load system roots",
      "My uploaded files appear as zip",
    ];
    expect(
      chooseDistractors(
        error,
        questions.map((text, i) => ({ text, source: i + 1, score: 1 })),
        "s",
      ),
    ).not.toBeNull();
  });

  it("takes the best three that pass every gate", () => {
    expect(chooseDistractors(key, good, "s")?.sort()).toEqual(["数据分片", "数据压缩", "读写锁"]);
  });

  it.each([
    ["a label", "8.0 变化"],
    ["a count label", "4 个关键字段"],
    ["a table row", "| 脏读 | 否 |"],
    ["a separator line", "-- ---- ----"],
    ["a code line", "bpf_prog_load();"],
    ["a list marker", "1. 数据本地化"],
    ["an answer prefix", "一句话：数据本地化"],
    ["markup", "**数据本地化**"],
    ["a piece cut mid-word", "数据本地…"],
    ["another script (give-away by form)", "tracepoint"],
    ["a much longer text (give-away by length)", "将经常访问的数据尽可能地存储在本地节点上以减少传输"],
    ["the key itself", "数据缓存"],
    ["a text containing the key", "分布式数据缓存"],
  ])("rejects %s", (_, bad) => {
    const chosen = chooseDistractors(key, [{ text: bad, source: 9, score: 9 }, ...good], "s");
    expect(chosen).not.toContain(bad);
    expect(chosen).toHaveLength(3);
  });

  it("returns null when fewer than three pass", () => {
    expect(chooseDistractors(key, [...good.slice(0, 2), { text: "| a | b |", source: 4, score: 1 }], "s")).toBeNull();
  });

  it("prefers distractors from several entries", () => {
    const sameEntry = [...good.map((c) => ({ ...c, source: 1, score: 2 })), { text: "数据索引", source: 5, score: 0 }];
    expect(chooseDistractors(key, sameEntry, "s")).toContain("数据索引");
  });

  it("is deterministic", () => {
    expect(chooseDistractors(key, good, "seed")).toEqual(chooseDistractors(key, [...good].reverse(), "seed"));
  });
});
