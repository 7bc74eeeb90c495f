"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/forms/action-result";
import { editReportedItemRequest, resolveReportRequest } from "@/lib/teams/requests";
import { formAction, formRefusal, type Refusal } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { resolveReport, type ResolveOutcome } from "@/server/teams/reports";
import type { ContentProblem } from "@/server/teams/team-decks";

const failure = (reason: string): Extract<ActionResult, { ok: false }> => ({
  ok: false,
  fieldErrors: {},
  formError: reason,
});

function done(teamId: string, outcome: ResolveOutcome) {
  revalidatePath(`/teams/${teamId}`, "layout");
  return outcome;
}

/** Hide the reported item (through the deck's overrides) or dismiss the report. */
export const resolveReportAction = formAction({
  schema: resolveReportRequest,
  refuse: (refusal) => failure(refusal.reason === "invalid" ? "unexpected" : refusal.reason),
  run: async ({ teamId, reportId, action }, user): Promise<ActionResult> => {
    const outcome = done(teamId, await resolveReport(db, user.id, reportId, { action }, new Date()));
    return outcome.ok ? { ok: true } : failure(outcome.reason);
  },
});

export type EditField =
  "front" | "back" | "stem" | "answer" | "distractor1" | "distractor2" | "distractor3" | "explanation";
type Failure = Extract<ActionResult<object, EditField>, { ok: false }>;
/** A failure may carry the compiler's refusal (e.g. two options alike), shown above the form. */
export type EditItemResult = { ok: true } | (Failure & { problem?: ContentProblem });

/** The edited fields' own messages; a request that is wrong elsewhere (ids, kind) is unexpected. */
function editRefusal(refusal: Refusal): EditItemResult {
  if (
    refusal.reason === "invalid" &&
    refusal.error.issues.some((i) => ["teamId", "reportId", "itemKind"].includes(String(i.path[0])))
  )
    return failure("unexpected");
  return formRefusal(refusal);
}

/** Edit the reported card or question (through the deck's overrides); the deck is recompiled, or nothing changes. */
export const editReportedItemAction = formAction({
  schema: editReportedItemRequest,
  refuse: editRefusal,
  run: async ({ teamId, reportId, ...item }, user): Promise<EditItemResult> => {
    const edit =
      item.itemKind === "card"
        ? { front: item.front, back: item.back }
        : {
            stem: item.stem,
            answer: item.answer,
            distractors: [item.distractor1, item.distractor2, item.distractor3] as [string, string, string],
            explanation: item.explanation,
          };
    const outcome = done(teamId, await resolveReport(db, user.id, reportId, { action: "edit", edit }, new Date()));
    if (outcome.ok) return { ok: true };
    if (outcome.reason === "content")
      return { ok: false, fieldErrors: {}, formError: "content", problem: outcome.problem };
    return failure(outcome.reason);
  },
});
