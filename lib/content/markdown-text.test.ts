import { describe, expect, it } from "vitest";
import { sentences } from "./markdown-text";

describe("sentences", () => {
  it("does not cut inside a code span, nor at a '?' inside a word", () => {
    expect(sentences("Open `/find?name=a.b` to jump. It redirects?Yes.")).toEqual([
      "Open `/find?name=a.b` to jump.",
      "It redirects?Yes.",
    ]);
  });

  it("still cuts after Chinese and spaced Latin sentence ends", () => {
    expect(sentences("支持吗?支持。Is it fast? Yes!")).toEqual(["支持吗?", "支持。", "Is it fast?", "Yes!"]);
  });
});
