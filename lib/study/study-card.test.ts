import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULER_SETTINGS, newMemoryState } from "./scheduling";
import { toSessionCard, toStudyCard } from "./study-card";

const now = new Date("2026-11-25T09:00:00Z");
const row = {
  ...newMemoryState(now),
  id: "uc1",
  cardId: "deck/e1:basic",
  version: 3,
  card: {
    kind: "basic",
    front: "What is XDP?",
    back: "A fast path.",
    entry: { answer: "A fast path.\n\nMore detail." },
  },
};

describe("a study card", () => {
  it("carries the whole answer only when the back shows part of it", () => {
    expect(toStudyCard(row, now, DEFAULT_SCHEDULER_SETTINGS).fullAnswer).toBe("A fast path.\n\nMore detail.");
    const whole = { ...row, card: { ...row.card, entry: { answer: "A fast path.\n" } } };
    expect(toStudyCard(whole, now, DEFAULT_SCHEDULER_SETTINGS).fullAnswer).toBeNull();
  });

  it("goes to the browser without its answer's text, which comes rendered beside it", () => {
    const card = toStudyCard(row, now, DEFAULT_SCHEDULER_SETTINGS);
    const sent = toSessionCard(card);
    expect(sent).not.toHaveProperty("back");
    expect(sent).not.toHaveProperty("fullAnswer");
    expect(sent).toEqual({ ...card, back: undefined, fullAnswer: undefined });
  });
});
