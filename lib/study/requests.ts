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

/** "Help me decide" asks for nothing but the learner's own collection. */
export const workloadRequestSchema = z.object({}).strict();

/** Bounds on learning and relearning steps; the form's hint states them. */
export const MAX_STEPS = 10;
export const MAX_STEP_MINUTES = 365 * 24 * 60;
const stepMinutes = { m: 1, h: 60, d: 24 * 60 } as const;

/**
 * Exactly what ts-fsrs schedules: whole minutes, hours or days (`1m 10m 1h 1d`). It reads a step
 * with parseInt and knows no seconds, so `30s` and `1.5h` are refused here rather than failing
 * (or being truncated) at the first grade.
 */
const step = z
  .string()
  .regex(/^[1-9]\d{0,6}[mhd]$/, "steps")
  .refine((s) => Number(s.slice(0, -1)) * stepMinutes[s.slice(-1) as keyof typeof stepMinutes] <= MAX_STEP_MINUTES, {
    message: "stepTooLong",
    abort: true,
  });

const steps = z
  .string()
  .max(200, "stepsTooMany")
  .transform((s) => s.split(/\s+/).filter(Boolean))
  .pipe(z.array(step).max(MAX_STEPS, "stepsTooMany"))
  .transform((list) => list.join(" "));

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
  // A checkbox: "on" when ticked, nothing when not; a boolean when read back from the database.
  loadBalancing: z.union([z.boolean(), z.enum(["on", ""]).transform((v) => v === "on")]),
  easyDays: z.array(z.coerce.number().int().min(0).max(6)).max(7),
});

/** A deck the learner studies (the study page's queue and summary). */
export const deckIdRequest = z.string().min(1).max(100);

export const changeCardRequest = z.object({
  userCardId: z.string().min(1).max(64),
  change: z.enum(["suspend", "unsuspend", "reset"]),
  path: z.string().regex(/^\/study\/[a-z0-9-]+\/cards$/),
});
