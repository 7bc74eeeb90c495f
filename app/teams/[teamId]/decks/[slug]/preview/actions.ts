"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/forms/action-result";
import { deleteDeckRequest, publishDeckRequest } from "@/lib/teams/requests";
import { formAction } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { deleteTeamDeck } from "@/server/teams/delete-team-deck";
import { publishTeamDeck } from "@/server/teams/team-decks";

const failure = (reason: string): ActionResult => ({ ok: false, fieldErrors: {}, formError: reason });

/** Publishes a team's draft deck; publishing twice (a double click) changes nothing more. */
export const publishDeckAction = formAction({
  schema: publishDeckRequest,
  refuse: (refusal) => failure(refusal.reason === "invalid" ? "not-found" : refusal.reason),
  run: async (input, user) => {
    const published = await publishTeamDeck(db, user.id, input, new Date());
    if (!published.ok) return failure(published.reason);
    revalidatePath(`/teams/${input.teamId}`, "layout");
    revalidatePath("/");
    return { ok: true };
  },
});

/** Deletes a draft (or archives a published deck), then goes back to the team page. */
export const deleteDeckAction = formAction({
  schema: deleteDeckRequest,
  refuse: (refusal) => failure(refusal.reason === "invalid" ? "not-found" : refusal.reason),
  run: async (input, user) => {
    const deleted = await deleteTeamDeck(db, user.id, input, new Date());
    if (!deleted.ok) return failure(deleted.reason);
    revalidatePath(`/teams/${input.teamId}`, "layout");
    revalidatePath("/");
    redirect(`/teams/${input.teamId}`);
  },
});
