import { describe, expect, it } from "vitest";
import { fieldErrors } from "../forms/action-result";
import { fsrs, createEmptyCard, Rating } from "ts-fsrs";
import { MAX_STEP_MINUTES, MAX_STEPS, studySettingsSchema } from "./requests";
import { DEFAULT_STUDY_SETTINGS, easyDaysFromMask, easyDaysMask } from "./settings";
import { usableSettings } from "./stored-settings";

const valid = {
  newPerDay: "20",
  maxReviewsPerDay: "200",
  desiredRetention: "0.9",
  timeZone: "Asia/Shanghai",
  dayStartHour: "4",
  learningSteps: " 1m  10m ",
  relearningSteps: "10m",
  loadBalancing: "on",
  easyDays: ["6", "0"],
};

describe("study settings", () => {
  it("accepts and normalises form input", () => {
    expect(studySettingsSchema.parse(valid)).toEqual({
      newPerDay: 20,
      maxReviewsPerDay: 200,
      desiredRetention: 0.9,
      timeZone: "Asia/Shanghai",
      dayStartHour: 4,
      learningSteps: "1m 10m",
      relearningSteps: "10m",
      loadBalancing: true,
      easyDays: [6, 0],
    });
    expect(studySettingsSchema.parse({ ...valid, learningSteps: "" }).learningSteps).toBe("");
  });

  it("reads load balancing from a checkbox and easy days as weekdays 0–6", () => {
    expect(studySettingsSchema.parse({ ...valid, loadBalancing: "" }).loadBalancing).toBe(false);
    expect(studySettingsSchema.parse({ ...valid, easyDays: [] }).easyDays).toEqual([]);
    expect(studySettingsSchema.safeParse({ ...valid, easyDays: ["7"] }).success).toBe(false);
    expect(studySettingsSchema.safeParse({ ...valid, loadBalancing: "yes" }).success).toBe(false);
  });

  it("names each bad field", () => {
    const result = studySettingsSchema.safeParse({
      ...valid,
      newPerDay: "-1",
      desiredRetention: "0.99",
      timeZone: "Mars/Base",
      dayStartHour: "24",
      learningSteps: "1 minute",
    });
    expect(fieldErrors(result.error!).fieldErrors).toEqual({
      newPerDay: "range",
      desiredRetention: "retentionRange",
      timeZone: "timeZone",
      dayStartHour: "range",
      learningSteps: "steps",
    });
  });

  const stepsError = (learningSteps: string) =>
    studySettingsSchema.safeParse({ ...valid, learningSteps }).error?.issues[0]?.message;

  it("accepts the steps ts-fsrs schedules: whole minutes, hours and days", () => {
    for (const ok of ["1m", "1m 10m", "1h", "1d", "15m 1h 1d", "365d", `${MAX_STEP_MINUTES}m`, "8760h"])
      expect(stepsError(ok), ok).toBeUndefined();
    expect(studySettingsSchema.parse({ ...valid, relearningSteps: " 10m\t1h " }).relearningSteps).toBe("10m 1h");
  });

  it("refuses seconds, fractions, zero and anything else ts-fsrs would refuse or truncate", () => {
    for (const bad of ["30s", "30s 10m", "1.5h", "0m", "-1m", "1w", "m", "10", "1 m", "1M", "01m", "１m"])
      expect(stepsError(bad), bad).toBe("steps");
  });

  it("bounds each step and the number of steps", () => {
    expect(stepsError("366d")).toBe("stepTooLong");
    expect(stepsError(`${MAX_STEP_MINUTES + 1}m`)).toBe("stepTooLong");
    expect(stepsError("99999999999999999999d")).toBe("steps");
    expect(stepsError(Array(MAX_STEPS).fill("1m").join(" "))).toBeUndefined();
    expect(
      stepsError(
        Array(MAX_STEPS + 1)
          .fill("1m")
          .join(" "),
      ),
    ).toBe("stepsTooMany");
    expect(stepsError("1m ".repeat(500))).toBe("stepsTooMany");
  });

  it("accepts only steps the scheduler can grade with", () => {
    for (const steps of ["1m 10m", "1h", "365d 1d", `${MAX_STEP_MINUTES}m`]) {
      const parsed = studySettingsSchema.parse({ ...valid, learningSteps: steps });
      const scheduler = fsrs({ learning_steps: parsed.learningSteps.split(" ") as `${number}m`[] });
      const next = scheduler.next(
        createEmptyCard(new Date("2026-01-01T00:00:00Z")),
        new Date("2026-01-01T00:00:00Z"),
        Rating.Good,
      );
      expect(Number.isFinite(next.card.due.getTime()), steps).toBe(true);
    }
  });
});

describe("stored settings", () => {
  it("keeps valid stored settings and replaces values the form would refuse by their defaults", () => {
    const good = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 7, learningSteps: "2m 20m" };
    expect(usableSettings(good)).toMatchObject({ newPerDay: 7, learningSteps: ["2m", "20m"] });
    const bad = { ...good, learningSteps: "30s 10m", relearningSteps: "99999999999999999999d", desiredRetention: 2 };
    expect(usableSettings(bad)).toMatchObject({
      newPerDay: 7,
      desiredRetention: DEFAULT_STUDY_SETTINGS.desiredRetention,
      learningSteps: ["1m", "10m"],
      relearningSteps: ["10m"],
    });
  });

  it("stores easy weekdays as one bit each", () => {
    expect(easyDaysMask([6, 0])).toBe(0b1000001);
    expect(easyDaysFromMask(easyDaysMask([6, 0]))).toEqual([0, 6]);
    expect(easyDaysFromMask(0)).toEqual([]);
  });
});
