import { z } from "zod";
import { GRADES } from "./scheduling";
import { isValidTimeZone } from "./study-day";

const clientReviewId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[\w-]+$/);

export const gradeRequestSchema = z.object({
  clientReviewId,
  userCardId: z.string().min(1).max(64),
  version: z.number().int().min(0),
  grade: z.enum(GRADES),
  durationMs: z.number().int().min(0).max(3_600_000).optional(),
});

/** One grade as the browser sends it (and keeps it while offline). */
export type GradeRequest = z.infer<typeof gradeRequestSchema>;

export const undoRequestSchema = z.object({ clientReviewId });

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

/** A deck the learner studies (the study page's queue and summary). */
export const deckIdRequest = z.string().min(1).max(100);

export const changeCardRequest = z.object({
  userCardId: z.string().min(1).max(64),
  change: z.enum(["suspend", "unsuspend", "reset"]),
  path: z.string().regex(/^\/study\/[a-z0-9-]+\/cards$/),
});
