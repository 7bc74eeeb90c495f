"use server";

import { redirect } from "next/navigation";
import { fieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { formValues } from "@/lib/forms/form-values";
import { answerQuizSchema, keptMissingQuizSchema, retryMissedSchema, startQuizSchema } from "@/lib/quiz/requests";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { findDeck } from "@/server/queries/decks";
import {
  answerQuestion,
  retryMissed,
  startAttempt,
  startKeptMissingQuiz,
  type AnswerOutcome,
} from "@/server/quiz/quiz-service";

type StartField = "slug" | "topic" | "size" | "clientAttemptId";
export type StartQuizResult = ActionResult<object, StartField>;

export async function startQuizAction(_prev: StartQuizResult | null, formData: FormData): Promise<StartQuizResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, fieldErrors: {}, formError: "unauthenticated" };
  const parsed = startQuizSchema.safeParse(
    formValues<StartField>(formData, ["slug", "topic", "size", "clientAttemptId"]),
  );
  if (!parsed.success) return fieldErrors<StartField>(parsed.error);
  const deck = await findDeck(parsed.data.slug);
  if (!deck) return { ok: false, fieldErrors: {}, formError: "notFound" };
  const started = await startAttempt(
    db,
    user.id,
    { deckId: deck.id, topic: parsed.data.topic, size: parsed.data.size, clientAttemptId: parsed.data.clientAttemptId },
    new Date(),
  );
  if (!started.ok) return { ok: false, fieldErrors: {}, formError: started.reason };
  redirect(`/quiz/attempts/${started.attemptId}`);
}

export async function retryMissedAction(_prev: StartQuizResult | null, formData: FormData): Promise<StartQuizResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, fieldErrors: {}, formError: "unauthenticated" };
  const parsed = retryMissedSchema.safeParse(formValues(formData, ["attemptId", "clientAttemptId"]));
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "notFound" };
  const started = await retryMissed(db, user.id, parsed.data, new Date());
  if (!started.ok) return { ok: false, fieldErrors: {}, formError: started.reason };
  redirect(`/quiz/attempts/${started.attemptId}`);
}

export type AnswerQuizResult = AnswerOutcome | { ok: false; reason: "unauthenticated" | "invalid" };

export async function answerQuizAction(input: unknown): Promise<AnswerQuizResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "unauthenticated" };
  const parsed = answerQuizSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  return answerQuestion(db, user.id, parsed.data, new Date());
}

/** A quiz of the deck's questions the learner keeps missing (from the progress page). */
export async function startKeptMissingQuizAction(
  _prev: StartQuizResult | null,
  formData: FormData,
): Promise<StartQuizResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, fieldErrors: {}, formError: "unauthenticated" };
  const parsed = keptMissingQuizSchema.safeParse(formValues(formData, ["slug", "clientAttemptId"]));
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "notFound" };
  const deck = await findDeck(parsed.data.slug);
  if (!deck) return { ok: false, fieldErrors: {}, formError: "notFound" };
  const started = await startKeptMissingQuiz(
    db,
    user.id,
    { deckId: deck.id, clientAttemptId: parsed.data.clientAttemptId },
    new Date(),
  );
  if (!started.ok) return { ok: false, fieldErrors: {}, formError: started.reason };
  redirect(`/quiz/attempts/${started.attemptId}`);
}
