"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/forms/action-result";
import { deleteDeckRequest, publishDeckRequest } from "@/lib/teams/requests";
import { formAction, type Refusal } from "@/server/actions/action";
import { db } from "@/server/db/client";
import { deleteTeamDeck } from "@/server/teams/delete-team-deck";
import { publishTeamDeck } from "@/server/teams/team-decks";

const failure = (reason: string): ActionResult => ({ ok: false, fieldErrors: {}, formError: reason });
// A malformed team or deck id names no deck the user may change.
const refuse = (refusal: Refusal) => failure(refusal.reason === "invalid" ? "not-found" : refusal.reason);

/** The team's pages and the home page list the team's decks. */
function refreshDeckLists(teamId: string) {
  revalidatePath(`/teams/${teamId}`, "layout");
  revalidatePath("/");
}

/** Publishes a team's draft deck; publishing twice (a double click) changes nothing more. */
export const publishDeckAction = formAction({
  schema: publishDeckRequest,
  refuse,
  run: async (input, user) => {
    const published = await publishTeamDeck(db, user.id, input, new Date());
    if (!published.ok) return failure(published.reason);
    refreshDeckLists(input.teamId);
    return { ok: true };
  },
});

/** Deletes a draft (or archives a published deck), then goes back to the team page. */
export const deleteDeckAction = formAction({
  schema: deleteDeckRequest,
  refuse,
  run: async (input, user) => {
    const deleted = await deleteTeamDeck(db, user.id, input, new Date());
    if (!deleted.ok) return failure(deleted.reason);
    refreshDeckLists(input.teamId);
    redirect(`/teams/${input.teamId}`);
  },
});
