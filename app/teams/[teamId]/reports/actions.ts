"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { formValues } from "@/lib/forms/form-values";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { resolveReport, type ResolveOutcome } from "@/server/teams/reports";
import { authorizeTeam } from "@/server/teams/team-access";
import type { ContentProblem } from "@/server/teams/team-decks";

const failure = (reason: string) => ({ ok: false as const, fieldErrors: {}, formError: reason });
const requestSchema = z.object({ teamId: z.string().min(1).max(100), reportId: z.string().min(1).max(100) });

/** Session, then the team permission: nothing else is read before both pass. */
async function authorize(
  formData: FormData,
): Promise<{ ok: true; userId: string; teamId: string; reportId: string } | { ok: false; reason: string }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "unauthenticated" };
  const parsed = requestSchema.safeParse(formValues(formData, ["teamId", "reportId"]));
  if (!parsed.success) return { ok: false, reason: "not-found" };
  const access = await authorizeTeam(db, parsed.data.teamId, user.id, "reports.resolve");
  if (!access.ok) return access;
  return { ok: true, userId: user.id, ...parsed.data };
}

function done(teamId: string, outcome: ResolveOutcome) {
  revalidatePath(`/teams/${teamId}`, "layout");
  return outcome;
}

/** Hide the reported item (through the deck's overrides) or dismiss the report. */
export async function resolveReportAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const auth = await authorize(formData);
  if (!auth.ok) return failure(auth.reason);
  const action = z.enum(["hide", "dismiss"]).safeParse(formData.get("action"));
  if (!action.success) return failure("unexpected");
  const outcome = done(
    auth.teamId,
    await resolveReport(db, auth.userId, auth.reportId, { action: action.data }, new Date()),
  );
  if (!outcome.ok) return failure(outcome.reason);
  return { ok: true };
}

const text = (max: number) => z.string().trim().min(1, { message: "required" }).max(max, { message: "tooLong" });
const cardEditSchema = z.object({ front: text(2000), back: text(10_000) });
const questionEditSchema = z.object({
  stem: text(1000),
  answer: text(500),
  distractor1: text(500),
  distractor2: text(500),
  distractor3: text(500),
  explanation: text(10_000),
});

export type EditField =
  "front" | "back" | "stem" | "answer" | "distractor1" | "distractor2" | "distractor3" | "explanation";
type Failure = Extract<ActionResult<object, EditField>, { ok: false }>;
/** A failure may carry the compiler's refusal (e.g. two options alike), shown above the form. */
export type EditItemResult = { ok: true } | (Failure & { problem?: ContentProblem });

/** Edit the reported card or question (through the deck's overrides); the deck is recompiled, or nothing changes. */
export async function editReportedItemAction(
  _prev: EditItemResult | null,
  formData: FormData,
): Promise<EditItemResult> {
  const auth = await authorize(formData);
  if (!auth.ok) return failure(auth.reason);
  const kind = z.enum(["card", "question"]).safeParse(formData.get("itemKind"));
  if (!kind.success) return failure("unexpected");
  let edit;
  if (kind.data === "card") {
    const values = formValues(formData, ["front", "back"]);
    const parsed = cardEditSchema.safeParse(values);
    if (!parsed.success) return { ...fieldErrors<EditField>(parsed.error), values };
    edit = parsed.data;
  } else {
    const values = formValues(formData, ["stem", "answer", "distractor1", "distractor2", "distractor3", "explanation"]);
    const parsed = questionEditSchema.safeParse(values);
    if (!parsed.success) return { ...fieldErrors<EditField>(parsed.error), values };
    const { stem, answer, distractor1, distractor2, distractor3, explanation } = parsed.data;
    edit = {
      stem,
      answer,
      distractors: [distractor1, distractor2, distractor3] as [string, string, string],
      explanation,
    };
  }
  const outcome = done(
    auth.teamId,
    await resolveReport(db, auth.userId, auth.reportId, { action: "edit", edit }, new Date()),
  );
  if (outcome.ok) return { ok: true };
  if (outcome.reason === "content")
    return { ok: false, fieldErrors: {}, formError: "content", problem: outcome.problem };
  return failure(outcome.reason);
}
