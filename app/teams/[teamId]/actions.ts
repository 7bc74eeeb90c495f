"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { formValues } from "@/lib/forms/form-values";
import { assignmentSchema, inviteSchema, roleSchema } from "@/lib/teams/requests";
import { getCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { findDeck } from "@/server/queries/decks";
import { createAssignment } from "@/server/teams/assignments";
import { createInvite, revokeInvite } from "@/server/teams/invites";
import { changeRole, removeMember } from "@/server/teams/teams";
import { TZDate } from "@date-fns/tz";
import { learnerSettings } from "@/server/study/study-service";

const unauthenticated = { ok: false as const, fieldErrors: {}, formError: "unauthenticated" };
const failure = (reason: string) => ({ ok: false as const, fieldErrors: {}, formError: reason });
const teamIdOf = (formData: FormData) => String(formData.get("teamId") ?? "").slice(0, 100);

export async function changeRoleAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return unauthenticated;
  const parsed = roleSchema.safeParse(formValues(formData, ["memberId", "role"]));
  if (!parsed.success) return failure("unexpected");
  const outcome = await changeRole(db, user.id, teamIdOf(formData), parsed.data.memberId, parsed.data.role);
  if (!outcome.ok) return failure(outcome.reason);
  revalidatePath(`/teams/${teamIdOf(formData)}`);
  return { ok: true };
}

export async function removeMemberAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return unauthenticated;
  const memberId = String(formData.get("memberId") ?? "").slice(0, 100);
  const outcome = await removeMember(db, user.id, teamIdOf(formData), memberId);
  if (!outcome.ok) return failure(outcome.reason);
  if (memberId === user.id) redirect("/teams");
  revalidatePath(`/teams/${teamIdOf(formData)}`);
  return { ok: true };
}

export type CreateInviteResult = ActionResult<{ link: string }, "expiresInDays" | "maxUses">;

export async function createInviteAction(
  _prev: CreateInviteResult | null,
  formData: FormData,
): Promise<CreateInviteResult> {
  const user = await getCurrentUser();
  if (!user) return unauthenticated;
  const values = formValues(formData, ["expiresInDays", "maxUses"]);
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) return { ...fieldErrors<"expiresInDays" | "maxUses">(parsed.error), values };
  const created = await createInvite(db, user.id, teamIdOf(formData), parsed.data, new Date());
  if (!created.ok) return failure(created.reason);
  revalidatePath(`/teams/${teamIdOf(formData)}`);
  return { ok: true, link: `/join/${created.token}` };
}

export async function revokeInviteAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return unauthenticated;
  const outcome = await revokeInvite(db, user.id, String(formData.get("inviteId") ?? "").slice(0, 100), new Date());
  if (!outcome.ok) return failure("forbidden");
  revalidatePath(`/teams/${teamIdOf(formData)}`);
  return { ok: true };
}

type AssignmentField =
  | "deck"
  | "topic"
  | "dueDate"
  | "requireStudy"
  | "minRecall"
  | "requireQuiz"
  | "passPercent"
  | "members"
  | "everyone"
  | "clientRequestId";
export type CreateAssignmentResult = ActionResult<object, AssignmentField>;

export async function createAssignmentAction(
  _prev: CreateAssignmentResult | null,
  formData: FormData,
): Promise<CreateAssignmentResult> {
  const user = await getCurrentUser();
  if (!user) return unauthenticated;
  const teamId = teamIdOf(formData);
  const values = formValues(formData, [
    "deck",
    "topic",
    "dueDate",
    "requireStudy",
    "minRecall",
    "requireQuiz",
    "passPercent",
    "everyone",
    "clientRequestId",
  ]);
  const parsed = assignmentSchema.safeParse({ ...values, members: formData.getAll("members").map(String) });
  if (!parsed.success) return { ...fieldErrors<AssignmentField>(parsed.error), values };
  const deck = await findDeck(parsed.data.deck);
  if (!deck) return { ok: false, fieldErrors: { deck: "deck" }, values };
  // Due at the end of the chosen day in the lead's time zone.
  const { timeZone } = await learnerSettings(db, user.id);
  const [y, m, d] = parsed.data.dueDate.split("-").map(Number) as [number, number, number];
  const dueAt = new Date(new TZDate(y, m - 1, d, 23, 59, 59, 999, timeZone).getTime());
  if (dueAt.getTime() < Date.now()) return { ok: false, fieldErrors: { dueDate: "dueDatePast" }, values };
  const created = await createAssignment(
    db,
    user.id,
    teamId,
    { ...parsed.data, deckId: deck.id, dueAt, members: parsed.data.everyone ? "all" : parsed.data.members },
    new Date(),
  );
  if (!created.ok)
    return created.reason === "deck" || created.reason === "members"
      ? { ok: false, fieldErrors: { [created.reason]: created.reason }, values }
      : failure(created.reason);
  revalidatePath(`/teams/${teamId}`);
  return { ok: true };
}
