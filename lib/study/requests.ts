import { z } from "zod";
import { GRADES } from "./scheduling";

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

export const undoRequestSchema = z.object({ clientReviewId });
