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
  loadBalancing: true,
  easyDays: [],
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

/** Easy weekdays (0 = Sunday) as the database stores them: one bit per weekday. */
export const easyDaysMask = (days: readonly number[]): number => days.reduce((mask, d) => mask | (1 << d), 0);
export const easyDaysFromMask = (mask: number): number[] => [0, 1, 2, 3, 4, 5, 6].filter((d) => mask & (1 << d));
