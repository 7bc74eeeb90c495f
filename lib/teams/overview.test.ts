import { describe, expect, it } from "vitest";
import { countStatuses, elapsedShare, memberStanding, progressShare, type PacedRule } from "./overview";

const createdAt = new Date("2026-11-01T00:00:00Z");
const dueAt = new Date("2026-11-11T00:00:00Z");
const day = (n: number) => new Date(createdAt.getTime() + n * 86_400_000);
const both: PacedRule = { requireStudy: true, minRecall: 0.8, requireQuiz: true, passPercent: 80, dueAt, createdAt };
const nothing = { cards: 10, studied: 0, recall: 0, bestQuizPercent: null };

describe("progressShare", () => {
  it("averages the required parts", () => {
    // Study: 5/10 studied and recall .4 of .8 → (.5 + .5) / 2 = .5; quiz 40 of 80 → .5; mean .5.
    expect(progressShare(both, { cards: 10, studied: 5, recall: 0.4, bestQuizPercent: 40 })).toBe(0.5);
    // Quiz only: 60 of 80 → .75, whatever was studied.
    expect(progressShare({ ...both, requireStudy: false }, { ...nothing, bestQuizPercent: 60 })).toBe(0.75);
    // A deck without cards gives nothing to study.
    expect(progressShare({ ...both, requireQuiz: false }, { ...nothing, cards: 0 })).toBe(0);
  });
});

describe("memberStanding", () => {
  it("is behind when less is done than the share of time gone by", () => {
    const halfway = { cards: 10, studied: 5, recall: 0.4, bestQuizPercent: 40 };
    // Day 6 of 10: .6 of the time less the slack .1 = .5, and .5 done → on pace.
    expect(elapsedShare(both, day(6))).toBe(0.6);
    expect(memberStanding(both, halfway, day(6))).toEqual({ status: "in-progress", behind: false });
    // Day 7: .7 − .1 = .6 > .5 done → behind.
    expect(memberStanding(both, halfway, day(7))).toEqual({ status: "in-progress", behind: true });
    // Nothing done is not behind in the first tenth of the time, and is after it.
    expect(memberStanding(both, nothing, day(1))).toEqual({ status: "in-progress", behind: false });
    expect(memberStanding(both, nothing, day(1.1))).toEqual({ status: "in-progress", behind: true });
  });

  it("counts overdue members as behind and done members never", () => {
    expect(memberStanding(both, nothing, day(11))).toEqual({ status: "overdue", behind: true });
    const finished = { cards: 10, studied: 10, recall: 0.9, bestQuizPercent: 90 };
    expect(memberStanding(both, finished, day(20))).toEqual({ status: "done", behind: false });
  });

  it("counts statuses", () => {
    expect(
      countStatuses([
        { status: "done", behind: false },
        { status: "overdue", behind: true },
        { status: "overdue", behind: true },
      ]),
    ).toEqual({ done: 1, "in-progress": 0, overdue: 2 });
  });
});
