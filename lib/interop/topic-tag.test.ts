import { describe, expect, it } from "vitest";
import { topicTag } from "./topic-tag";

describe("topicTag", () => {
  it("makes a topic one tag that the CSV reader does not split again", () => {
    expect(topicTag("eBPF maps, arrays")).toEqual(["eBPF_maps_arrays"]);
    expect(topicTag(" 映射 ")).toEqual(["映射"]);
    expect(topicTag(null)).toEqual([]);
    expect(topicTag("  ")).toEqual([]);
  });
});
