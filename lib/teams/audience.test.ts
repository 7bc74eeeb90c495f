import { describe, expect, it } from "vitest";
import { assignedPeople } from "./audience";

const owner = { userId: "o", role: "owner" as const };
const admin = { userId: "a", role: "admin" as const };
const ana = { userId: "m1", role: "member" as const };
const bo = { userId: "m2", role: "member" as const };
const team = [owner, admin, ana, bo];

describe("assignedPeople", () => {
  it("gives the whole team to its learners, and to a lead only when picked", () => {
    expect(assignedPeople(team, true, new Set())).toEqual([ana, bo]);
    expect(assignedPeople(team, true, new Set(["o"]))).toEqual([owner, ana, bo]);
  });

  it("gives a pick to exactly the people picked, whatever their role", () => {
    expect(assignedPeople(team, false, new Set(["a", "m2"]))).toEqual([admin, bo]);
    expect(assignedPeople(team, false, new Set())).toEqual([]);
  });
});
