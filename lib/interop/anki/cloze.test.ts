import { describe, expect, it } from "vitest";
import { clozeAnswers, clozeNumbers, clozeQuestion, clozeRevealed } from "./cloze";

const text = "{{c1::eBPF}} programs run in the {{c2::kernel::where?}}; {{c1::maps}} hold state";

describe("cloze deletions", () => {
  it("lists the numbers a text uses", () => {
    expect(clozeNumbers(text)).toEqual([1, 2]);
    expect(clozeNumbers("no deletions")).toEqual([]);
  });

  it("shows the card's deletions as […] or [hint] and the others as their text", () => {
    expect(clozeQuestion(text, 1)).toBe("[…] programs run in the kernel; […] hold state");
    expect(clozeQuestion(text, 2)).toBe("eBPF programs run in the [where?]; maps hold state");
  });

  it("gives the deleted text of one card, in order, and the whole text revealed", () => {
    expect(clozeAnswers(text, 1)).toEqual(["eBPF", "maps"]);
    expect(clozeAnswers(text, 2)).toEqual(["kernel"]);
    expect(clozeRevealed(text)).toBe("eBPF programs run in the kernel; maps hold state");
  });
});
