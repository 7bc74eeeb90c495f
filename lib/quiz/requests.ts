import { z } from "zod";
import { QUIZ_SIZES } from "./sizes";

const id = z.string().min(1).max(200);

export const startQuizSchema = z.object({
  deckId: z.string().min(1, { message: "notFound" }).max(100, { message: "notFound" }),
  topic: z
    .string()
    .max(300, { message: "topic" })
    .optional()
    .transform((t) => (t ? t : undefined)),
  size: z.enum(QUIZ_SIZES, { message: "size" }),
  clientAttemptId: z.uuid({ message: "clientAttemptId" }),
});

export const keptMissingQuizSchema = z.object({ deckId: id, clientAttemptId: z.uuid() });

export const retryMissedSchema = z.object({ attemptId: id, clientAttemptId: z.uuid() });

export const answerQuizSchema = z.object({ attemptId: id, questionId: id, choice: z.number().int().min(0).max(9) });
