import { describe, expect, it } from "vitest";
import { can, TEAM_ACTIONS, wouldLeaveNoOwner } from "./permissions";

describe("team permissions", () => {
  it("lets a non-member do nothing", () => {
    for (const action of TEAM_ACTIONS) expect(can(null, action)).toBe(false);
  });

  it("matches the role × action table", () => {
    const table = Object.fromEntries(
      TEAM_ACTIONS.map((action) => [
        action,
        (["owner", "admin", "member"] as const).filter((role) => can(role, action)).join(","),
      ]),
    );
    expect(table).toEqual({
      "team.view": "owner,admin,member",
      "team.leave": "owner,admin,member",
      "members.view": "owner,admin,member",
      "members.changeRole": "owner",
      "members.remove": "owner",
      "invites.manage": "owner,admin",
      "assignments.view": "owner,admin,member",
      "assignments.manage": "owner,admin",
      "assignments.viewResults": "owner,admin",
      "decks.study": "owner,admin,member",
      "decks.upload": "owner,admin",
      "reports.create": "owner,admin,member",
      "reports.resolve": "owner,admin",
    });
  });

  it("keeps at least one owner", () => {
    expect(wouldLeaveNoOwner(1, { role: "owner" }, null)).toBe(true);
    expect(wouldLeaveNoOwner(1, { role: "owner" }, "admin")).toBe(true);
    expect(wouldLeaveNoOwner(2, { role: "owner" }, null)).toBe(false);
    expect(wouldLeaveNoOwner(1, { role: "owner" }, "owner")).toBe(false);
    expect(wouldLeaveNoOwner(1, { role: "admin" }, null)).toBe(false);
  });
});
