import { describe, expect, it } from "vitest";
import { defaultDueDate, studyDaysUntil, todayIn } from "./due-date";

describe("due dates", () => {
  it("defaults to 14 days after today in the lead's time zone, not in UTC", () => {
    const lateEvening = new Date("2026-12-01T23:30:00Z");
    expect(todayIn(lateEvening, "UTC")).toBe("2026-12-01");
    expect(defaultDueDate(lateEvening, "UTC")).toBe("2026-12-15");
    expect(todayIn(lateEvening, "Asia/Shanghai")).toBe("2026-12-02");
    expect(defaultDueDate(lateEvening, "Asia/Shanghai")).toBe("2026-12-16");
    expect(defaultDueDate(new Date("2026-12-01T03:00:00Z"), "America/Los_Angeles")).toBe("2026-12-14");
  });

  it("counts today and the due day as study days", () => {
    expect(studyDaysUntil("2026-12-01", "2026-12-01")).toBe(1);
    expect(studyDaysUntil("2026-12-01", "2026-12-15")).toBe(15);
    expect(studyDaysUntil("2026-12-01", "2026-11-20")).toBe(0);
  });
});
