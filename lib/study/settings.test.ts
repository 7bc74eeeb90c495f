import { describe, expect, it } from "vitest";
import { fieldErrors } from "../forms/action-result";
import { studySettingsSchema } from "./requests";

const valid = {
  newPerDay: "20",
  maxReviewsPerDay: "200",
  desiredRetention: "0.9",
  timeZone: "Asia/Shanghai",
  dayStartHour: "4",
  learningSteps: " 1m  10m ",
  relearningSteps: "10m",
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
    });
    expect(studySettingsSchema.parse({ ...valid, learningSteps: "" }).learningSteps).toBe("");
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
});
