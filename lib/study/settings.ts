import type { StepUnit } from "ts-fsrs";
import type { z } from "zod";
import type { studySettingsSchema } from "./requests";

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
