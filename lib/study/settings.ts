import type { StepUnit } from "ts-fsrs";
import { z } from "zod";
import { isValidTimeZone } from "./study-day";

const steps = z
  .string()
  .trim()
  .regex(/^(\d+(\.\d+)?[smhd](\s+\d+(\.\d+)?[smhd])*)?$/, "steps")
  .transform((s) => s.split(/\s+/).filter(Boolean).join(" "));

const whole = (min: number, max: number) =>
  z.coerce.number({ error: "number" }).int("number").min(min, "range").max(max, "range");

/** The study settings form. Error messages are message keys. */
export const studySettingsSchema = z.object({
  newPerDay: whole(0, 1000),
  maxReviewsPerDay: whole(0, 10_000),
  desiredRetention: z.coerce.number({ error: "number" }).min(0.7, "retentionRange").max(0.97, "retentionRange"),
  timeZone: z.string().refine(isValidTimeZone, "timeZone"),
  dayStartHour: whole(0, 23),
  learningSteps: steps,
  relearningSteps: steps,
});

export type StudySettingsInput = z.output<typeof studySettingsSchema>;
export type StudySettingsField = keyof StudySettingsInput;

export const DEFAULT_STUDY_SETTINGS: StudySettingsInput = {
  newPerDay: 20,
  maxReviewsPerDay: 200,
  desiredRetention: 0.9,
  timeZone: "UTC",
  dayStartHour: 4,
  learningSteps: "1m 10m",
  relearningSteps: "10m",
};

export type LearnerSettings = Omit<StudySettingsInput, "learningSteps" | "relearningSteps"> & {
  learningSteps: StepUnit[];
  relearningSteps: StepUnit[];
};

/** Stored settings (steps as "1m 10m") in the shape the scheduler takes. */
export function learnerSettingsFrom(stored: StudySettingsInput): LearnerSettings {
  const steps = (s: string) => s.split(/\s+/).filter(Boolean) as StepUnit[];
  return { ...stored, learningSteps: steps(stored.learningSteps), relearningSteps: steps(stored.relearningSteps) };
}

/** Above this, reviews grow steeply for little gain; the form says so. */
export const HIGH_RETENTION = 0.95;
