import { describe, expect, it } from "vitest";
import { studyFeasibility } from "./feasibility";

const ana = { userId: "a", label: "Ana", newPerDay: 20, studied: 0 };
const bo = { userId: "b", label: "Bo", newPerDay: 50, studied: 0 };

describe("studyFeasibility", () => {
  it("flags 57 new cards at 20 a day due the day after today, and not a learner at 50 a day", () => {
    expect(studyFeasibility({ cards: 57, today: "2026-12-01", dueDate: "2026-12-02", learners: [ana, bo] })).toEqual({
      days: 2,
      tooSlow: [{ ...ana, left: 57, neededPerDay: 29 }],
    });
  });

  it("counts today and the due day, so 60 cards at 20 a day fit in three days and 61 do not", () => {
    const plan = (cards: number) =>
      studyFeasibility({ cards, today: "2026-12-01", dueDate: "2026-12-03", learners: [ana] });
    expect(plan(60)).toEqual({ days: 3, tooSlow: [] });
    expect(plan(61).tooSlow).toEqual([{ ...ana, left: 61, neededPerDay: 21 }]);
  });

  it("counts only the cards a learner has not studied yet", () => {
    const started = { ...ana, studied: 20 };
    const plan = studyFeasibility({ cards: 57, today: "2026-12-01", dueDate: "2026-12-02", learners: [started] });
    expect(plan.tooSlow).toEqual([]);
    const done = { ...ana, studied: 57 };
    expect(
      studyFeasibility({ cards: 57, today: "2026-12-01", dueDate: "2026-11-30", learners: [done] }).tooSlow,
    ).toEqual([]);
  });

  it("counts calendar days across a year end", () => {
    expect(studyFeasibility({ cards: 1, today: "2026-12-30", dueDate: "2027-01-02", learners: [] }).days).toBe(4);
  });

  it("leaves every learner with cards left short when the due date has passed", () => {
    const past = studyFeasibility({ cards: 5, today: "2026-12-01", dueDate: "2026-11-30", learners: [ana, bo] });
    expect(past.days).toBe(0);
    expect(past.tooSlow.map((l) => l.label)).toEqual(["Ana", "Bo"]);
  });
});
