import { describe, expect, it } from "vitest";
import { assignmentSchema } from "./requests";

const form = {
  teamId: "team",
  deck: "ebpf",
  dueDate: "2026-12-15",
  requireStudy: "on",
  minRecall: "85",
  requireQuiz: "on",
  passPercent: "80",
  members: [],
  everyone: "on",
  clientRequestId: "00000000-0000-4000-8000-000000000001",
};

describe("assignmentSchema", () => {
  it("takes the predicted recall as a percentage and keeps it as a probability", () => {
    expect(assignmentSchema.parse(form)).toMatchObject({ minRecall: 0.85, passPercent: 80, everyone: true });
  });

  it("does not need the threshold of a rule that is off (the form leaves it out), but one that is on does", () => {
    const without = (...names: (keyof typeof form)[]) =>
      Object.fromEntries(Object.entries(form).filter(([name]) => !names.includes(name as keyof typeof form)));
    expect(assignmentSchema.parse(without("minRecall", "requireStudy"))).toMatchObject({
      requireStudy: false,
      minRecall: null,
    });
    // The action wrapper sends "" for a field the form left out.
    expect(assignmentSchema.parse({ ...form, requireStudy: "", minRecall: "" })).toMatchObject({ minRecall: null });
    expect(assignmentSchema.safeParse(without("minRecall")).error?.issues.map((i) => i.path.join("."))).toEqual([
      "minRecall",
    ]);
    expect(assignmentSchema.parse(without("passPercent", "requireQuiz"))).toMatchObject({
      requireQuiz: false,
      passPercent: null,
    });
  });

  it("refuses a recall written as a probability, out of range or empty, naming the field", () => {
    for (const minRecall of ["0.85", "49", "100", "", "abc"]) {
      const result = assignmentSchema.safeParse({ ...form, minRecall });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["minRecall", "minRecall"]]);
    }
  });
});
