"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/forms/action-result";
import { publishDeckRequest } from "@/lib/teams/requests";
import { formAction } from "@/server/actions/action";
import { db } from "@/server/db/client";
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
