"use server";

import type { ActionResult } from "@/lib/forms/action-result";
import { reportProblemRequest } from "@/lib/teams/requests";
import { formAction, formRefusal } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { reportItem } from "@/server/teams/reports";

export type ReportProblemResult = ActionResult<object, "message">;

/** Only the message is the learner's to fix; anything else wrong with the request is unexpected. */
function messageOnly(result: ActionResult): ReportProblemResult {
  if (result.ok || result.formError) return result;
  const message = result.fieldErrors.message;
  return message
    ? { ok: false, fieldErrors: { message }, values: { message: result.values?.message ?? "" } }
    : { ok: false, fieldErrors: {}, formError: "unexpected" };
}

/**
 * A learner reports a problem with a card or question of a team deck. The service checks that the
 * deck is one of the learner's teams' published decks (`reports.create`) and that the item is in it;
 * the same client request id files one report, however often it is sent.
 */
export const reportProblemAction = formAction({
  schema: reportProblemRequest,
  refuse: (refusal) => messageOnly(formRefusal(refusal)),
  run: async (input, user): Promise<ReportProblemResult> => {
    const outcome = await reportItem(db, user.id, input, new Date());
    if (outcome.ok) return { ok: true };
    return outcome.reason === "message"
      ? { ok: false, fieldErrors: { message: "messageRequired" }, values: { message: input.message } }
      : { ok: false, fieldErrors: {}, formError: outcome.reason };
  },
});
