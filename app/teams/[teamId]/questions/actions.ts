"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/forms/action-result";
import { editQuestionRequest, hideQuestionRequest } from "@/lib/teams/question-requests";
import { formAction, formRefusal, type Refusal } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { fixQuestion, type QuestionFixOutcome } from "@/server/teams/question-fixes";
import type { EditItemResult } from "../reports/actions";

const failure = (reason: string): Extract<ActionResult, { ok: false }> => ({
  ok: false,
  fieldErrors: {},
  formError: reason,
});

function done(teamId: string, outcome: QuestionFixOutcome) {
  revalidatePath(`/teams/${teamId}`, "layout");
  return outcome;
}

/** Hide a flagged question of the team's own deck (through the deck's overrides). */
export const hideQuestionAction = formAction({
  schema: hideQuestionRequest,
  refuse: (refusal) => failure(refusal.reason === "invalid" ? "unexpected" : refusal.reason),
  run: async ({ teamId, questionId }, user): Promise<ActionResult> => {
    const outcome = done(teamId, await fixQuestion(db, user.id, teamId, questionId, { action: "hide" }, new Date()));
    return outcome.ok ? { ok: true } : failure(outcome.reason);
  },
});

/** The edited fields' own messages; a request that is wrong elsewhere (ids) is unexpected. */
function editRefusal(refusal: Refusal): EditItemResult {
  if (
    refusal.reason === "invalid" &&
    refusal.error.issues.some((i) => ["teamId", "questionId"].includes(String(i.path[0])))
  )
    return failure("unexpected");
  return formRefusal(refusal);
}

/** Rewrite a flagged question (through the deck's overrides); the deck is recompiled, or nothing changes. */
export const editQuestionAction = formAction({
  schema: editQuestionRequest,
  refuse: editRefusal,
  run: async ({ teamId, questionId, ...item }, user): Promise<EditItemResult> => {
    const edit = {
      stem: item.stem,
      answer: item.answer,
      distractors: [item.distractor1, item.distractor2, item.distractor3] as [string, string, string],
      explanation: item.explanation,
    };
    const outcome = done(
      teamId,
      await fixQuestion(db, user.id, teamId, questionId, { action: "edit", edit }, new Date()),
    );
    if (outcome.ok) return { ok: true };
    if (outcome.reason === "content")
      return { ok: false, fieldErrors: {}, formError: "content", problem: outcome.problem };
    return failure(outcome.reason);
  },
});
