import { describe, expect, it } from "vitest";
import { applyGrade, DEFAULT_SCHEDULER_SETTINGS as settings, newMemoryState, type GradeName } from "./scheduling";
import { countChanges, sessionCounts, staysInSession } from "./session-counts";

const now = new Date("2026-11-25T09:00:00Z");

describe("session counts", () => {
  it("counts a queue as Anki does: relearning cards with learning ones", () => {
    expect(sessionCounts(["new", "new", "learning", "relearning", "review"])).toEqual({
      new: 2,
      learning: 2,
      review: 1,
    });
    expect(sessionCounts([])).toEqual({ new: 0, learning: 0, review: 0 });
  });

  it.each<[GradeName, ReturnType<typeof countChanges>]>([
    [
      "again",
      [
        { count: "new", by: -1 },
        { count: "learning", by: 1 },
      ],
    ],
    [
      "hard",
      [
        { count: "new", by: -1 },
        { count: "learning", by: 1 },
      ],
    ],
    [
      "good",
      [
        { count: "new", by: -1 },
        { count: "learning", by: 1 },
      ],
    ],
    ["easy", [{ count: "new", by: -1 }]],
  ])("a new card graded %s with the default steps moves %j", (grade, changes) => {
    const after = applyGrade(newMemoryState(now), now, grade, settings).after.state;
    expect(staysInSession(after)).toBe(grade !== "easy");
    expect(countChanges("new", after)).toEqual(changes);
  });

  it("moves a learning card that stays learning nowhere, and takes one that graduates off the counts", () => {
    expect(countChanges("learning", "learning")).toEqual([]);
    expect(countChanges("relearning", "learning")).toEqual([]);
    expect(countChanges("learning", "review")).toEqual([{ count: "learning", by: -1 }]);
  });

  it("moves a forgotten review card into learning, and a remembered one off the counts", () => {
    expect(countChanges("review", "relearning")).toEqual([
      { count: "learning", by: 1 },
      { count: "review", by: -1 },
    ]);
    expect(countChanges("review", "review")).toEqual([{ count: "review", by: -1 }]);
  });
});
