"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/forms/action-result";
import {
  assignmentSchema,
  inviteSchema,
  removeMemberRequest,
  revokeInviteRequest,
  roleSchema,
} from "@/lib/teams/requests";
import { formAction } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { assignDeck } from "@/server/teams/assignments";
import { createInvite, revokeInvite } from "@/server/teams/invites";
import { changeRole, removeMember } from "@/server/teams/teams";

const failure = (reason: string): Extract<ActionResult, { ok: false }> => ({
  ok: false,
  fieldErrors: {},
  formError: reason,
});

/** The team page shows the change; a refusal shows its reason. */
function done(teamId: string, outcome: { ok: true } | { ok: false; reason: string }): ActionResult {
  if (!outcome.ok) return failure(outcome.reason);
  revalidatePath(`/teams/${teamId}`);
  return { ok: true };
}

export const changeRoleAction = formAction({
  schema: roleSchema,
  refuse: (): ActionResult => failure("unexpected"),
  run: async ({ teamId, memberId, role }, user) => done(teamId, await changeRole(db, user.id, teamId, memberId, role)),
});

export const removeMemberAction = formAction({
  schema: removeMemberRequest,
  refuse: (): ActionResult => failure("unexpected"),
  run: async ({ teamId, memberId }, user) => {
    const outcome = await removeMember(db, user.id, teamId, memberId);
    if (outcome.ok && memberId === user.id) redirect("/teams");
    return done(teamId, outcome);
  },
});

export type CreateInviteResult = ActionResult<{ link: string }, "expiresInDays" | "maxUses">;

export const createInviteAction = formAction({
  schema: inviteSchema,
  run: async ({ teamId, ...input }, user): Promise<CreateInviteResult> => {
    const created = await createInvite(db, user.id, teamId, input, new Date());
    if (!created.ok) return failure(created.reason);
    revalidatePath(`/teams/${teamId}`);
    return { ok: true, link: `/join/${created.token}` };
  },
});

export const revokeInviteAction = formAction({
  schema: revokeInviteRequest,
  refuse: (): ActionResult => failure("forbidden"),
  run: async ({ teamId, inviteId }, user) => {
    const outcome = await revokeInvite(db, user.id, inviteId, new Date());
    return done(teamId, outcome.ok ? { ok: true } : { ok: false, reason: "forbidden" });
  },
});

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

export const createAssignmentAction = formAction({
  schema: assignmentSchema,
  run: async (request, user): Promise<CreateAssignmentResult> => {
    const created = await assignDeck(db, user.id, request, new Date());
    if (created.ok) {
      revalidatePath(`/teams/${request.teamId}`);
      return { ok: true };
    }
    // The form shows what was sent again, next to the field the service refused.
    const values = {
      deck: request.deck,
      topic: request.topic ?? "",
      dueDate: request.dueDate,
      minRecall: request.minRecall === null ? "" : String(Math.round(request.minRecall * 100)),
      passPercent: request.passPercent === null ? "" : String(request.passPercent),
    };
    if (created.reason === "dueDatePast") return { ok: false, fieldErrors: { dueDate: "dueDatePast" }, values };
    return created.reason === "deck" || created.reason === "members"
      ? { ok: false, fieldErrors: { [created.reason]: created.reason }, values }
      : failure(created.reason);
  },
});
