"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/forms/action-result";
import { answerQuizSchema, keptMissingQuizSchema, retryMissedSchema, startQuizSchema } from "@/lib/quiz/requests";
import { callAction, formAction, formRefusal, type Refusal } from "@/server/actions/action";
import { db } from "@/server/db/client";
import {
  answerQuestion,
  retryMissed,
  startAttempt,
  startKeptMissingQuiz,
  type AnswerOutcome,
  type StartOutcome,
} from "@/server/quiz/quiz-service";

type StartField = "deckId" | "topic" | "size" | "clientAttemptId";
export type StartQuizResult = ActionResult<object, StartField>;

async function toAttempt(started: Promise<StartOutcome>): Promise<StartQuizResult> {
  const outcome = await started;
  if (!outcome.ok) return { ok: false, fieldErrors: {}, formError: outcome.reason };
  redirect(`/quiz/attempts/${outcome.attemptId}`);
}

/** Buttons without fields of their own: whatever is wrong with them, there is nothing to start. */
const notFound = (refusal: Refusal): StartQuizResult =>
  refusal.reason === "invalid" ? { ok: false, fieldErrors: {}, formError: "notFound" } : formRefusal(refusal);

export const startQuizAction = formAction({
  schema: startQuizSchema,
  run: (input, user) => toAttempt(startAttempt(db, user.id, input, new Date())),
});

export const retryMissedAction = formAction({
  schema: retryMissedSchema,
  refuse: notFound,
  run: (input, user) => toAttempt(retryMissed(db, user.id, input, new Date())),
});

export type AnswerQuizResult = AnswerOutcome | { ok: false; reason: "unauthenticated" | "invalid" };

export const answerQuizAction = callAction({
  schema: answerQuizSchema,
  refuse: ({ reason }): AnswerQuizResult => ({ ok: false, reason }),
  run: (input, user): Promise<AnswerQuizResult> => answerQuestion(db, user.id, input, new Date()),
});

/** A quiz of the deck's questions the learner keeps missing (from the progress page). */
export const startKeptMissingQuizAction = formAction({
  schema: keptMissingQuizSchema,
  refuse: notFound,
  run: (input, user) => toAttempt(startKeptMissingQuiz(db, user.id, input, new Date())),
});
