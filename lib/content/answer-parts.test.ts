import { describe, expect, it } from "vitest";
import { standaloneSentences } from "./answer-parts";

describe("standalone sentences", () => {
  it("drops an answer word with its punctuation but keeps words that only start the same way", () => {
    expect(standaloneSentences("对，模型需要三通道输入。")).toEqual(["模型需要三通道输入"]);
    expect(standaloneSentences("对于有明显上下文语义的场景效果会比较明显。")).toEqual([
      "对于有明显上下文语义的场景效果会比较明显",
    ]);
    expect(standaloneSentences("不同的模型使用不同的字典。")).toEqual(["不同的模型使用不同的字典"]);
    expect(standaloneSentences("Nothing is removed from the cache automatically.")).toEqual([
      "Nothing is removed from the cache automatically",
    ]);
  });
});
