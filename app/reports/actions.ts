"use server";

import { z } from "zod";
import { fieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { formValues } from "@/lib/forms/form-values";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { REPORT_ITEM_KINDS, REPORT_MESSAGE_MAX, reportItem } from "@/server/teams/reports";

export type ReportProblemResult = ActionResult<object, "message">;

const reportSchema = z.object({
  deckId: z.string().min(1).max(100),
  itemKind: z.enum(REPORT_ITEM_KINDS),
  itemId: z.string().min(1).max(300),
  message: z
    .string()
    .trim()
    .min(1, { message: "messageRequired" })
    .max(REPORT_MESSAGE_MAX, { message: "messageTooLong" }),
  clientRequestId: z.uuid(),
});

/**
 * A learner reports a problem with a card or question of a team deck. The service checks that the
 * deck is one of the learner's teams' published decks (`reports.create`) and that the item is in it;
 * the same client request id files one report, however often it is sent.
 */
export async function reportProblemAction(
  _prev: ReportProblemResult | null,
  formData: FormData,
): Promise<ReportProblemResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, fieldErrors: {}, formError: "unauthenticated" };
  const values = formValues(formData, ["deckId", "itemKind", "itemId", "message", "clientRequestId"]);
  const parsed = reportSchema.safeParse(values);
  if (!parsed.success) {
    const errors = fieldErrors<"message">(parsed.error);
    return errors.fieldErrors.message
      ? { ok: false, fieldErrors: { message: errors.fieldErrors.message }, values: { message: values.message } }
      : { ok: false, fieldErrors: {}, formError: "unexpected" };
  }
  const outcome = await reportItem(db, user.id, parsed.data, new Date());
  if (!outcome.ok)
    return outcome.reason === "message"
      ? { ok: false, fieldErrors: { message: "messageRequired" }, values: { message: values.message } }
      : { ok: false, fieldErrors: {}, formError: outcome.reason };
  return { ok: true };
}
