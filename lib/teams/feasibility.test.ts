import { describe, expect, it } from "vitest";
import { studyFeasibility } from "./feasibility";

const ana = { userId: "a", label: "Ana", newPerDay: 20 };
const bo = { userId: "b", label: "Bo", newPerDay: 50 };

describe("studyFeasibility", () => {
  it("flags 57 cards at 20 new a day due the day after tomorrow, and not a learner at 50 a day", () => {
    expect(studyFeasibility({ cards: 57, today: "2026-12-01", dueDate: "2026-12-02", learners: [ana, bo] })).toEqual({
      days: 2,
      neededPerDay: 29,
      tooSlow: [ana],
    });
  });

  it("counts today and the due day, so 60 cards at 20 a day fit in three days", () => {
    const plan = studyFeasibility({ cards: 60, today: "2026-12-01", dueDate: "2026-12-03", learners: [ana] });
    expect(plan).toEqual({ days: 3, neededPerDay: 20, tooSlow: [] });
    expect(
      studyFeasibility({ cards: 61, today: "2026-12-01", dueDate: "2026-12-03", learners: [ana] }).tooSlow,
    ).toEqual([ana]);
  });

  it("counts calendar days across a month and a year end", () => {
    expect(studyFeasibility({ cards: 1, today: "2026-12-30", dueDate: "2027-01-02", learners: [] }).days).toBe(4);
  });

  it("leaves every learner short when the due date has passed, and nobody when there is nothing to learn", () => {
    const past = studyFeasibility({ cards: 5, today: "2026-12-01", dueDate: "2026-11-30", learners: [ana, bo] });
    expect(past.days).toBe(0);
    expect(past.tooSlow).toEqual([ana, bo]);
    expect(studyFeasibility({ cards: 0, today: "2026-12-01", dueDate: "2026-11-30", learners: [ana] }).tooSlow).toEqual(
      [],
    );
  });
});
